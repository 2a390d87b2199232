import type { Diagnostic } from '../diagnostic.js';

/** `--quiet`: errors only. */
export function filterQuiet(diagnostics: Diagnostic[], options: { quiet?: boolean }): Diagnostic[] {
  return options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
}
