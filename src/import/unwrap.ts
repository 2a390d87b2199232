/**
 * Hard-wrapped text (copied from a PDF or a web page: lines broken at a fixed width, paragraphs indented with
 * full-width spaces) read as its paragraphs. The document shows whether it is wrapped: many lines of one width
 * (the full line) and few longer. A full line then continues on the next unless that line starts a paragraph: it
 * is indented (when paragraphs are indented), or it starts with a numbering mark, a label or a bullet.
 */
import type { SourceLine } from './source-lines.js';

/** Lines shorter than this say nothing about the wrapping width (headings, signatures, dates). */
const MEASURED = 20;
/** How far short of the full width a wrapped line may end (a wide character that did not fit, kinsoku). */
const SLACK = 3;

/** How far short of the full width a wrapped line may end. */
export const WRAP_SLACK = SLACK;

export interface WrapRegime {
  /** The full line's display width, if the document is wrapped. */
  width?: number;
  /** Paragraphs start indented, so an unindented line continues the one before. */
  indented: boolean;
}

/** Whether, and at which width, the document's lines were wrapped. Linear in the number of lines. */
export function wrapRegime(lines: readonly SourceLine[]): WrapRegime {
  const counts = new Map<number, number>();
  let measured = 0;
  let indentedLines = 0;
  for (const line of lines) {
    if (line.indent >= 2) indentedLines++;
    if (line.width < MEASURED || line.headingLevel !== undefined || line.cell !== undefined) continue;
    measured++;
    counts.set(line.width, (counts.get(line.width) ?? 0) + 1);
  }
  const indented = indentedLines >= 3 && indentedLines >= lines.length * 0.15;
  let best: { width: number; count: number } | undefined;
  for (const width of counts.keys()) {
    let count = 0;
    for (let w = width - SLACK; w <= width; w++) count += counts.get(w) ?? 0;
    if (!best || count > best.count || (count === best.count && width > best.width)) best = { width, count };
  }
  if (!best || best.count < 4 || best.count < measured * 0.2) return { indented };
  // Wrapped text has (almost) no line wider than its full line.
  let wider = 0;
  for (const [width, count] of counts) if (width > best.width) wider += count;
  if (wider > measured * 0.05) return { indented };
  return { width: best.width, indented };
}

/**
 * Whether `next` continues the paragraph `line` ends: the line is full (or, in text with no wrapping width, `runsOn`:
 * it stops mid-clause) and `next` does not start a paragraph. `startsParagraph` says whether a line's words begin
 * with a mark, label or bullet.
 */
export function continues(
  line: SourceLine,
  next: SourceLine,
  regime: WrapRegime,
  startsParagraph: (line: SourceLine) => boolean,
  startsWithClosingPunctuation: boolean,
  runsOn: boolean,
): boolean {
  if (next.breakBefore || next.headingLevel !== undefined || next.list || next.title || line.headingLevel !== undefined || line.title) return false;
  if (line.cell !== next.cell) return false;
  if (startsWithClosingPunctuation) return true;
  // A line short of the wrapping width (or in text with none) that stops mid-clause (ragged-breaks.ts) runs on too.
  if (regime.width === undefined || line.width < regime.width - SLACK) return runsOn && !startsParagraph(next);
  if (regime.indented) return next.indent < 2;
  return !startsParagraph(next);
}
