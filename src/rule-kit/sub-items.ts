import type { Problem } from '../types/plan.js';
import { arrayOf } from './helpers.js';
import type { ProblemScope } from './types.js';

/**
 * Where a problem's value for some field comes from, under one rule for every field:
 * - `own`: the problem gives it, even blank (then the rule checks the value);
 * - `inherited`: a sub-item that leaves it out takes the nearest enclosing problem's that gives it;
 * - `deferred`: a problem split into sub-items that leaves it out lets each sub-item answer;
 * - `missing`: nobody gives it.
 */
export type FieldSource = 'own' | 'inherited' | 'deferred' | 'missing';

export function fieldSource(problem: Problem, scope: ProblemScope, gives: (problem: Problem) => boolean): FieldSource {
  if (gives(problem)) return 'own';
  if (scope.ancestors.some(gives)) return 'inherited';
  if (arrayOf(problem.items).length > 0) return 'deferred';
  return 'missing';
}

/** The problem and all its sub-items, depth first. */
export function withSubItems(problem: Problem): Problem[] {
  return [problem, ...arrayOf<Problem>(problem.items).flatMap(withSubItems)];
}
