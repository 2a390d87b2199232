import type { Rule } from '../src/rule-kit/types.js';
import deadlineSlipped from './deadline-slipped.js';
import measuresReduced from './measures-reduced.js';
import problemDropped from './problem-dropped.js';
import statusRegressed from './status-regressed.js';
import totalsChanged from './totals-changed.js';

/** The rules that hold a report (or a later version) to the plan it is based on (scope `previous`). */
export const planAndReportRules: Rule[] = [problemDropped, deadlineSlipped, statusRegressed, measuresReduced, totalsChanged];
