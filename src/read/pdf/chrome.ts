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
/** The share of the page's height at its top and foot where chrome stands. */
const MARGIN = 0.1;

/** The chrome lines among all pages' printed lines. */
export function chromeLines(pages: readonly { height: number; lines: readonly PrintedLine[] }[]): Set<PrintedLine> {
  const chrome = new Set<PrintedLine>();
  const repeated = new Map<string, PrintedLine[]>();
  for (const page of pages) {
    for (const line of page.lines) {
      const inMargin = line.y < page.height * MARGIN || line.y > page.height * (1 - MARGIN);
      if (!inMargin) continue;
      const words = line.text.trim();
      if (PAGE_NUMBER.some((pattern) => pattern.test(words))) chrome.add(line);
      const key = `${line.y < page.height / 2 ? 'head' : 'foot'}:${words.replace(/\d+/gu, '#')}`;
      repeated.set(key, [...(repeated.get(key) ?? []), line]);
    }
  }
  // A line repeated in the same margin on most pages (a running head: the unit's name, 内部资料) is chrome too. Of
  // two pages, both must print it word for word: "（1）完善制度" atop one and "（2）完善制度" atop the other are the
  // report's words, not a running head, however alike once their numbers are left out.
  for (const lines of repeated.values()) {
    const pagesPrinting = new Set(lines.map((line) => line.page)).size;
    const running = pages.length >= 3 ? pagesPrinting >= Math.ceil(pages.length / 2) : pages.length === 2 && pagesPrinting === 2 && new Set(lines.map((line) => line.text.trim())).size === 1;
    if (running) for (const line of lines) chrome.add(line);
  }
  return chrome;
}
