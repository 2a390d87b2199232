import type { Rule } from './types.js';

/** Identity helper that gives a rule file its types. */
export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
