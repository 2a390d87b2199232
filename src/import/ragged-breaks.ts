/**
 * Text copied from a web page or a narrow column breaks lines wherever the column ended, not at a fixed width: a
 * line stops mid-clause (…县委第二巡察 / 组对…) and the next carries on. Where no wrapping width shows (unwrap.ts),
 * how a line ends tells: a comma, an opening bracket or a bracket left open ends no paragraph, and in a document
 * with such breaks a prose line that stops without its full stop runs on too.
 */
import type { SourceLine } from './source-lines.js';
import { foldWidth } from './width.js';

/** How a line's words end: mid-clause for sure (`open`), at a sentence's end (`closed`), or bare words (`bare`). */
export type LineEnd = 'open' | 'bare' | 'closed';

/** Lines narrower than this are headings, names and dates more often than broken prose. */
const PROSE_WIDTH = 20;
const OPENS = '，、,(《“‘[〔【';
const TERMINAL = '。；;！？!?：:…';
const CLOSERS = '”’)》】〕]」』';
const PAIRS: readonly [string, string][] = [['《', '》'], ['(', ')'], ['“', '”'], ['【', '】'], ['〔', '〕']];
const CLAUSE_PUNCTUATION = /[，,。；;]/u;

export function lineEnd(text: string, line: SourceLine): LineEnd {
  const last = line.pieces.at(-1);
  if (!last) return 'closed';
  const words = foldWidth(text.slice(line.pieces[0].start, last.end)).trimEnd();
  const final = words.charAt(words.length - 1);
  if (OPENS.includes(final) || leavesOpen(words)) return 'open';
  if (TERMINAL.includes(final) || (CLOSERS.includes(final) && TERMINAL.includes(words.charAt(words.length - 2)))) return 'closed';
  return 'bare';
}

/** A bracket or quote the line opens and does not close (《…规划（2024—2030年）). */
function leavesOpen(words: string): boolean {
  for (const [open, close] of PAIRS) {
    let depth = 0;
    for (const char of words) if (char === open) depth++;
    else if (char === close && depth > 0) depth--;
    if (depth > 0) return true;
  }
  return false;
}

/**
 * Whether the document breaks prose mid-clause: a few of its prose lines end open. Where text is wrapped at a width
 * (`full`: the narrowest full line), full lines ending open are that wrapping, and say nothing.
 */
export function breaksMidClause(text: string, lines: readonly SourceLine[], full = Infinity): boolean {
  let open = 0;
  for (const line of lines) if (isProse(line) && line.width < full && lineEnd(text, line) === 'open') open++;
  return open >= 2;
}

function isProse(line: SourceLine): boolean {
  return line.width >= PROSE_WIDTH && line.headingLevel === undefined && line.cell === undefined;
}

/**
 * Whether a line, by how it ends, runs on into the next (which must not start a paragraph of its own): it ends open,
 * or (`bareRunsOn`: the document breaks mid-clause, or the line is nearly full) this prose line stops on bare words
 * after a clause of its own. `heading`:
 * the line starts with a mark or label.
 */
export function runsOn(text: string, line: SourceLine, end: LineEnd, bareRunsOn: boolean, heading: boolean): boolean {
  if (!isProse(line) || end === 'closed') return false;
  // A numbered or labelled line with no full stop is a heading or a label's line: what follows is its body.
  if (heading && !foldWidth(text.slice(line.pieces[0].start, line.pieces.at(-1)!.end)).includes('。')) return false;
  if (end === 'open') return true;
  if (!bareRunsOn) return false;
  const last = line.pieces.at(-1)!;
  return CLAUSE_PUNCTUATION.test(foldWidth(text.slice(line.pieces[0].start, last.end)));
}
