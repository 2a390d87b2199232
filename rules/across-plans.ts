import type { Rule } from '../src/rule-kit/types.js';
import copiedAcrossPlans from './copied-across-plans.js';
import templateText from './template-text.js';

/** The rules that look across the plans of a round (scope `batch`). */
export const acrossPlansRules: Rule[] = [copiedAcrossPlans, templateText];
