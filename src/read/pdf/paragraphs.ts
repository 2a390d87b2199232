/**
 * A page's body lines as paragraphs, as a reader sees them: a line carries the paragraph on when the one before it
 * ran to the right margin, is not set apart by a wider gap, and does not itself open a paragraph (a first-line
 * indent of two characters, a numbering mark such as 一、 （一） 1.). Across a page break the same holds, so a
 * paragraph (or a label's words: 责任科室：社会救 / 助科) cut by the page's foot is whole again.
 */
export interface BodyLine {
  page: number;
  /** The page's width: pages of one size share their margins. */
  pageWidth: number;
  x0: number;
  x1: number;
  y: number;
  size: number;
  text: string;
}

/** What a line opens a paragraph with: the numbering of headings and items (GB/T 9704's 一、 （一） 1. （1）, ①). */
const OPENING_MARK = /^\s*(?:[一二三四五六七八九十]{1,3}\s*、|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,3}\s*[.．、](?!\d)|[\u2460-\u2473]|第[一二三四五六七八九十\d]{1,3}[章节条项部分])/u;

/** The lines' paragraphs, as lists of the lines' indices. */
export function paragraphsOf(lines: readonly BodyLine[], margins: ReadonlyMap<number, { left: number; right: number }>): number[][] {
  const paragraphs: number[][] = [];
  lines.forEach((line, i) => {
    const previous = i > 0 ? lines[i - 1] : undefined;
    if (previous && continues(previous, line, margins)) paragraphs[paragraphs.length - 1].push(i);
    else paragraphs.push([i]);
  });
  return paragraphs;
}

function continues(previous: BodyLine, line: BodyLine, margins: ReadonlyMap<number, { left: number; right: number }>): boolean {
  const before = margins.get(previous.page)!;
  const here = margins.get(line.page)!;
  if (Math.abs(line.size - previous.size) > 0.15 * previous.size) return false;
  // Chinese line breaking moves a character or two down rather than start a line with ，or 。: a full line may end short.
  const full = previous.x1 >= before.right - 2.5 * previous.size;
  if (!full) return false;
  if (line.page === previous.page && line.y - previous.y > 2.2 * previous.size) return false;
  if (OPENING_MARK.test(line.text)) return false;
  const indent = (line.x0 - here.left) / line.size;
  return !(indent >= 1.5 && indent <= 2.6);
}

/**
 * Each page's left and right margins: where most body lines start and end on pages of its size (a short last page
 * has too few lines to tell its own).
 */
export function marginsOf(lines: readonly BodyLine[]): Map<number, { left: number; right: number }> {
  const bySize = new Map<number, BodyLine[]>();
  for (const line of lines) {
    const key = Math.round(line.pageWidth);
    const group = bySize.get(key);
    if (group) group.push(line);
    else bySize.set(key, [line]);
  }
  const margins = new Map<number, { left: number; right: number }>();
  for (const group of bySize.values()) {
    const starts = group.map((l) => l.x0).sort((a, b) => a - b);
    const ends = group.map((l) => l.x1).sort((a, b) => a - b);
    const margin = { left: starts[Math.floor(starts.length * 0.1)], right: ends[Math.min(ends.length - 1, Math.floor(ends.length * 0.9))] };
    for (const line of group) margins.set(line.page, margin);
  }
  return margins;
}
