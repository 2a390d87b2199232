import type { Plugin } from '../src/rule-kit/types.js';
import completedRequiresEvidence from './completed-requires-evidence.js';
import declaredArithmetic from './declared-arithmetic.js';
import declaredCount from './declared-count.js';
import { hollowRectificationRules } from './hollow-rectification.js';
import importLayout from './import-layout.js';
import importUnrecognized from './import-unrecognized.js';
import meetingFrequency from './meeting-frequency.js';
import { planAndReportRules } from './plan-and-report.js';
import { acrossPlansRules } from './across-plans.js';
import requireCauseAnalysis from './require-cause-analysis.js';
import requireDeadline from './require-deadline.js';
import requireMeasures from './require-measures.js';
import requireProblems from './require-problems.js';
import requireResponsibleLeader from './require-responsible-leader.js';

/** The built-in rules, exported exactly as a third-party plugin exports its own. */
const plugin: Plugin = {
  name: 'rectlint',
  rules: [requireProblems, requireCauseAnalysis, requireResponsibleLeader, requireDeadline, requireMeasures, completedRequiresEvidence, meetingFrequency, ...hollowRectificationRules, declaredCount, declaredArithmetic, importUnrecognized, importLayout, ...planAndReportRules, ...acrossPlansRules],
};

export default plugin;
export const rules = plugin.rules;
