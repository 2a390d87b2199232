import { parseChineseNumber } from './chinese-numbers.js';
import { cleanSpan, isEmptySpan, type Span } from './span.js';

// 一是…二是… as reports write inline lists: the marker opens the text or follows a clause mark or a blank.
const SHI_MARKER = /(?<=^|[\s。;；,，:：、!！?？)）])([一二三四五六七八九十]{1,3})是/gu;
// ①…②… inline, anywhere.
const CIRCLED_MARKER = /[\u2460-\u2473]/gu;

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

interface Marker {
  ordinal: number;
  at: number;
  length: number;
}

/**
 * Markers that count 1, 2, 3 … without a break. A list starts at its first item, or at the very start of the
 * text (a list continued from the line before), so 统一是 or a stray 三是 stays in the words.
 */
function countingMarkers(local: string, pattern: RegExp, ordinalOf: (match: RegExpExecArray) => number | undefined): Marker[] {
  const markers: Marker[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(local); match; match = pattern.exec(local)) {
    const ordinal = ordinalOf(match);
    if (ordinal === undefined) continue;
    const previous = markers[markers.length - 1];
    const opensList = previous === undefined && (ordinal === 1 || local.slice(0, match.index).trim() === '');
    if (opensList || (previous !== undefined && ordinal === previous.ordinal + 1)) markers.push({ ordinal, at: match.index, length: match[0].length });
  }
  return markers;
}

/** Splits a stretch of text at 一是, 二是 … or at ①, ② … , whichever lists more. */
export function splitEnumeration(text: string, range: Span): Enumeration {
  const local = text.slice(range.start, range.end);
  const shi = countingMarkers(local, SHI_MARKER, (match) => parseChineseNumber(match[1]));
  const circled = countingMarkers(local, CIRCLED_MARKER, (match) => match[0].charCodeAt(0) - 0x2460 + 1);
  const markers = circled.length > shi.length ? circled : shi;
  if (markers.length === 0) return { items: [] };
  const lead = cleanSpan(text, { start: range.start, end: range.start + markers[0].at });
  const items = markers.map((marker, i): EnumeratedItem => {
    const start = range.start + marker.at + marker.length;
    const end = i + 1 < markers.length ? range.start + markers[i + 1].at : range.end;
    return { ordinal: marker.ordinal, span: cleanSpan(text, { start, end }), marker: { start: range.start + marker.at, end: start } };
  });
  return { ...(isEmptySpan(lead) ? {} : { lead }), items: items.filter((item) => !isEmptySpan(item.span)) };
}
