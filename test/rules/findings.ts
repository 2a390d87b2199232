import { expect } from 'vitest';
import type { LintOptions } from '../../src/core/lint.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { at, lintWithRule, ruleDiagnostics, toText } from '../helpers.js';

type RunOptions = Partial<LintOptions> & { ruleOptions?: Record<string, unknown> };

/**
 * Lints a plan with one rule on and returns that rule's findings, after checking the fixture itself is a valid
 * plan (a schema error would mean the test exercises a broken fixture, not the rule).
 */
export function findings(plan: unknown, ruleId: string, options: RunOptions = {}): Diagnostic[] {
  const result = lintWithRule(toText(plan), ruleId, options);
  expect(result.diagnostics.filter((d) => d.ruleId === 'schema' || d.ruleId === 'rule-error')).toEqual([]);
  return ruleDiagnostics(result, ruleId);
}

/** Messages only, for the many cases where the message says everything. */
export function messages(plan: unknown, ruleId: string, options: RunOptions = {}): string[] {
  return findings(plan, ruleId, options).map((d) => d.message);
}

/** Message, path and position of each finding. */
export function located(plan: unknown, ruleId: string, options: RunOptions = {}) {
  return findings(plan, ruleId, options).map((d) => ({ message: d.message, path: d.path, ...at(d) }));
}
