/**
 * Where each value of an imported plan came from, written into the plan `rectlint import` saves: `x-source` names
 * the report and, per JSON pointer, the value's line and column in it and, for a file that is not plain text, its
 * place there (a sheet's cell, a Word table cell, a PDF page and line). A reviewer correcting the plan finds each
 * value in the unit's own file; checking the plan reads it as any vendor extension (it changes no finding).
 */
import type { SourcePlace } from '../core/source-range.js';
import type { ImportedReport } from './import-report.js';

export interface SourceEntry extends SourcePlace {
  line: number;
  column: number;
}

export interface SourcePlaces {
  /** The report the plan was imported from, as named to the command. */
  file: string;
  places: Record<string, SourceEntry>;
}

/** Every recorded value's place, keyed by its JSON pointer, in the plan's own order of recording. */
export function sourcePlaces(imported: ImportedReport, file: string): SourcePlaces {
  const places: Record<string, SourceEntry> = {};
  for (const [path, span] of imported.spans.entries()) {
    const range = imported.source.locate(span.start, span.end);
    places[pointer(path)] = { line: range.start.line, column: range.start.column, ...range.place };
  }
  return { file, places };
}

/** RFC 6901: `/aspects/0/problems/2/deadline`, with ~ and / escaped. */
function pointer(path: readonly string[]): string {
  return path.map((part) => `/${part.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
