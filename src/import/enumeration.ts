import { parseChineseNumber } from './chinese-numbers.js';
import { cleanSpan, isEmptySpan, type Span } from './span.js';

// 一是…二是… as reports write inline lists: the marker opens the text or follows a clause mark or a blank.
const MARKER = /(?<=^|[\s。;；,，:：、!！?？)）])([一二三四五六七八九十]{1,3})是/gu;

export interface EnumeratedItem {
  ordinal: number;
  /** The item's words, without its marker and closing punctuation. */
  span: Span;
  marker: Span;
}

export interface Enumeration {
  /** Words before the first marker (a lead-in such as 一方面 or a title), if any. */
  lead?: Span;
  items: EnumeratedItem[];
}

/**
 * Splits a stretch of text at 一是, 二是 … . Only an unbroken count is a list: it starts at 一是 (or at the very
 * start of the text, for a list continued from the line before) and goes up by one, so 统一是 or a stray 三是
 * stays in the words.
 */
export function splitEnumeration(text: string, range: Span): Enumeration {
  const local = text.slice(range.start, range.end);
  const markers: { ordinal: number; at: number; length: number }[] = [];
  MARKER.lastIndex = 0;
  for (let match = MARKER.exec(local); match; match = MARKER.exec(local)) {
    const ordinal = parseChineseNumber(match[1]);
    if (ordinal === undefined) continue;
    const previous = markers[markers.length - 1];
    const opensList = previous === undefined && (ordinal === 1 || local.slice(0, match.index).trim() === '');
    if (opensList || (previous !== undefined && ordinal === previous.ordinal + 1)) markers.push({ ordinal, at: match.index, length: match[0].length });
  }
  if (markers.length === 0) return { items: [] };
  const lead = cleanSpan(text, { start: range.start, end: range.start + markers[0].at });
  const items = markers.map((marker, i): EnumeratedItem => {
    const start = range.start + marker.at + marker.length;
    const end = i + 1 < markers.length ? range.start + markers[i + 1].at : range.end;
    return { ordinal: marker.ordinal, span: cleanSpan(text, { start, end }), marker: { start: range.start + marker.at, end: start } };
  });
  return { ...(isEmptySpan(lead) ? {} : { lead }), items: items.filter((item) => !isEmptySpan(item.span)) };
}
