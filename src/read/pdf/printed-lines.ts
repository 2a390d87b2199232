/**
 * A page's text runs as the lines it prints: runs on one baseline, left to right, with a blank written where the
 * page leaves a gap. Every printed line of the PDF, one after another, makes the PDF's own text ("as printed"),
 * which positions point into: line N is the Nth printed line of the file.
 */
import type { TextRun } from './load.js';

export interface PlacedRun extends TextRun {
  /** Where the run's words start in the PDF's printed text. */
  offset: number;
  line: PrintedLine;
}

export interface PrintedLine {
  page: number;
  /** 1-based, from the top of the page. */
  pageLine: number;
  /** Where the line starts in the printed text. */
  offset: number;
  text: string;
  y: number;
  size: number;
  runs: PlacedRun[];
}

/** Runs whose baselines differ by less than this share of the font size are on one line. */
const SAME_LINE = 0.35;
/** A gap wider than this share of the font size is a blank. */
const BLANK = 0.25;

/** The printed lines of one page; `offset` is where the page's first line starts in the printed text. */
export function printedLines(page: number, runs: readonly TextRun[], offset: number): PrintedLine[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const group = groups.at(-1);
    const anchor = group?.[0];
    if (group && anchor && Math.abs(run.y - anchor.y) <= SAME_LINE * Math.max(run.size, anchor.size)) group.push(run);
    else groups.push([run]);
  }
  const lines: PrintedLine[] = [];
  let at = offset;
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    const line: PrintedLine = { page, pageLine: lines.length + 1, offset: at, text: '', y: group[0].y, size: Math.max(...group.map((r) => r.size)), runs: [] };
    let end = -Infinity;
    for (const run of group) {
      if (line.text !== '' && run.x - end > BLANK * run.size && !/\s$/u.test(line.text) && !/^\s/u.test(run.text)) line.text += ' ';
      line.runs.push({ ...run, offset: at + line.text.length, line });
      line.text += run.text;
      end = Math.max(end, run.x + run.width);
    }
    if (line.text.trim() === '') continue;
    lines.push(line);
    at += line.text.length + 1;
  }
  return lines;
}
