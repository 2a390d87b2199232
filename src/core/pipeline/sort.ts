import type { Diagnostic } from '../diagnostic.js';

/**
 * Source order, then rule id, so the order never depends on rule load order; ties keep the order a rule
 * reported them in (the sort is stable), e.g. missed periods stay chronological.
 */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.range.start.offset - b.range.start.offset ||
      a.range.end.offset - b.range.end.offset ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
