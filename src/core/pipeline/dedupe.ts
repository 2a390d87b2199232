import type { Diagnostic } from '../diagnostic.js';

/** Drops repeats of the same rule, range and message (e.g. one path reached from two visitors). */
export function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    // JSON, not a join: no rule id or message can make two different findings one key.
    const key = JSON.stringify([d.ruleId, d.range.start.offset, d.range.end.offset, d.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
