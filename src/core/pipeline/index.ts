import type { Diagnostic } from '../diagnostic.js';
import { dedupe } from './dedupe.js';
import { sortDiagnostics } from './sort.js';

const STEPS: ((diagnostics: Diagnostic[]) => Diagnostic[])[] = [dedupe, sortDiagnostics];

export function processDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return STEPS.reduce((list, step) => step(list), diagnostics);
}
