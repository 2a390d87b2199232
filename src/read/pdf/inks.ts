/**
 * Where a printed line has words: its runs cut at blanks into stretches of ink, each with its extent on the page.
 * A run is cut inside too (a table typeset with spaces prints "序号    问题" as one run; a run ending in blanks
 * is as wide as they are), its characters placed by their widths (a CJK or full-width character a square, others
 * half). Blank runs are left out: a PDF printer
 * may give a blank the width of everything it spans.
 */
import type { PlacedRun, PrintedLine } from './printed-lines.js';

/** A stretch of words on one line, without a wide blank inside. */
export interface Ink {
  line: PrintedLine;
  runs: PlacedRun[];
  x0: number;
  x1: number;
}

/** Pieces of words no further apart than this share of the font size are one stretch (no blank between them); cells of a tight sheet stand a third apart. */
const JOIN = 0.25;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The line's stretches of ink, left to right. */
export function inksOf(line: PrintedLine): Ink[] {
  const pieces = line.runs.flatMap(wordsOfRun).sort((a, b) => a.x - b.x);
  const inks: Ink[] = [];
  for (const piece of pieces) {
    const last = inks.at(-1);
    if (last && piece.x - last.x1 <= JOIN * piece.size) {
      last.runs.push(piece);
      last.x1 = Math.max(last.x1, piece.x + piece.width);
    } else inks.push({ line, runs: [piece], x0: piece.x, x1: piece.x + piece.width });
  }
  return inks;
}

/** A run's words between blanks, each a run of its own placed within the run. */
function wordsOfRun(run: PlacedRun): PlacedRun[] {
  if (run.text.trim() === '') return [];
  if (!/\s/u.test(run.text)) return [run];
  const weight = (ch: string) => (WIDE.test(ch) ? 1 : 0.5);
  const unit = run.width / [...run.text].reduce((sum, ch) => sum + weight(ch), 0);
  const words: PlacedRun[] = [];
  let x = run.x;
  for (const match of run.text.matchAll(/\S+|\s+/gu)) {
    const width = [...match[0]].reduce((sum, ch) => sum + weight(ch) * unit, 0);
    if (/\S/u.test(match[0])) words.push({ ...run, text: match[0], x, width, offset: run.offset + match.index });
    x += width;
  }
  return words;
}
