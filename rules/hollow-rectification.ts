import type { Rule } from '../src/rule-kit/types.js';
import completedAfterDeadline from './completed-after-deadline.js';
import disclosureContact from './disclosure-contact.js';
import duplicateEvidence from './duplicate-evidence.js';
import evidenceDateRange from './evidence-date-range.js';
import formalismOnly from './formalism-only.js';
import hollowMeasure from './hollow-measure.js';
import immediateFixDone from './immediate-fix-done.js';
import noPersonalData from './no-personal-data.js';
import openStatusNeedsPlan from './open-status-needs-plan.js';
import overdue from './overdue.js';
import principalIsFirstResponsible from './principal-is-first-responsible.js';
import principalOwnsKeyProblems from './principal-owns-key-problems.js';
import reportTimeliness from './report-timeliness.js';
import statusContradiction from './status-contradiction.js';
import systemicMeasure from './systemic-measure.js';
import vagueDeadline from './vague-deadline.js';
import vagueResponsibility from './vague-responsibility.js';

/** The rules that catch hollow rectification (issue 4), grouped as the README lists them. */
export const hollowRectificationRules: Rule[] = [
  // time
  overdue,
  completedAfterDeadline,
  immediateFixDone,
  reportTimeliness,
  vagueDeadline,
  openStatusNeedsPlan,
  // evidence and truthfulness
  statusContradiction,
  evidenceDateRange,
  duplicateEvidence,
  // specificity
  hollowMeasure,
  formalismOnly,
  systemicMeasure,
  // accountability
  vagueResponsibility,
  principalIsFirstResponsible,
  principalOwnsKeyProblems,
  // publication
  noPersonalData,
  disclosureContact,
];
