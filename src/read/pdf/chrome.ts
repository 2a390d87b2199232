/**
 * Page chrome: what every page prints around the report (page numbers such as — 3 —, 第 3 页 共 8 页, 共 8 页 第 3 页, 3/8, and
 * running heads and feet repeated page after page), which are not the report's words.
 */
import type { PrintedLine } from './printed-lines.js';

const PAGE_NUMBER = [
  /^[-—–－~～\s]*\d{1,4}[-—–－~～\s]*$/u,
  /^第\s*\d{1,4}\s*页\s*[,，/／]?\s*(?:共\s*\d{1,4}\s*页)?$/u,
  /^共\s*\d{1,4}\s*页\s*[,，/／]?\s*第\s*\d{1,4}\s*页$/u,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/u,
  /^page\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/iu,
];
/** How a numbered item of the report begins: （1） 1. 一、 ①. */
const NUMBERED_ITEM = /^(?:[(（]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]|\d{1,3}\s*[.．、](?!\d)|[一二三四五六七八九十]{1,3}\s*、|[\u2460-\u2473])/u;
/** A running head stands further than this many of its font sizes from the report's lines. */
const SET_APART = 2;
/** The share of the page's height at its top and foot where chrome stands. */
const MARGIN = 0.1;

/** The chrome lines among all pages' printed lines. */
export function chromeLines(pages: readonly { height: number; lines: readonly PrintedLine[] }[]): Set<PrintedLine> {
  const chrome = new Set<PrintedLine>();
  const repeated = new Map<string, PrintedLine[]>();
  for (const page of pages) {
    page.lines.forEach((line, i) => {
      const head = line.y < page.height * MARGIN;
      if (!head && line.y <= page.height * (1 - MARGIN)) return;
      const words = line.text.trim();
      if (PAGE_NUMBER.some((pattern) => pattern.test(words))) chrome.add(line);
      // A running head may print the page's number (某县财政局 第3页); a numbered item of the report never is one,
      // nor a line as close to the next (or, at the foot, the one before) as the report's lines are to each other.
      const neighbour = head ? page.lines[i + 1] : page.lines[i - 1];
      if (NUMBERED_ITEM.test(words) || (neighbour && Math.abs(neighbour.y - line.y) <= SET_APART * line.size)) return;
      const key = `${head ? 'head' : 'foot'}:${words.replace(/\d+/gu, (digits) => (Number(digits) === line.page ? '#' : digits))}`;
      repeated.set(key, [...(repeated.get(key) ?? []), line]);
    });
  }
  // A line repeated in the same margin on most pages, both of two (a running head: the unit's name, 内部资料), is
  // chrome too. Only the page's own number may differ: "（1）第4项第1条" atop one page and "（1）第7项第1条" atop
  // another are the report's words, a measure each.
  for (const lines of repeated.values()) {
    const pagesPrinting = new Set(lines.map((line) => line.page)).size;
    if (pages.length >= 2 && pagesPrinting >= Math.max(2, Math.ceil(pages.length / 2))) for (const line of lines) chrome.add(line);
  }
  return chrome;
}
