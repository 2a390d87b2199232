import type { Diagnostic } from '../diagnostic.js';

/** Drops repeats of the same rule, range and message (e.g. one path reached from two visitors). */
export function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.ruleId}\u0000${d.range.start.offset}\u0000${d.range.end.offset}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
