import type { Diagnostic } from '../diagnostic.js';
import { dedupe } from './dedupe.js';
import { filterQuiet } from './filter-quiet.js';
import { sortDiagnostics } from './sort.js';

export interface PipelineOptions {
  quiet?: boolean;
}

const STEPS: ((diagnostics: Diagnostic[], options: PipelineOptions) => Diagnostic[])[] = [filterQuiet, dedupe, sortDiagnostics];

export function processDiagnostics(diagnostics: Diagnostic[], options: PipelineOptions = {}): Diagnostic[] {
  return STEPS.reduce((list, step) => step(list, options), diagnostics);
}
