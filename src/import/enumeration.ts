import { parseChineseNumber } from './chinese-numbers.js';
import { cleanSpan, isEmptySpan, type Span } from './span.js';

/**
 * Lists written inside running text: 一是…二是…, ①…②…, （1）…（2）…, 1．…2．…, 首先…其次…最后… (each marker at the text's start or
 * after a clause mark or a blank, and counting 1, 2, 3 … without a break). One pass over the text; the kind that
 * lists the most items wins.
 */
export interface EnumeratedItem {
  ordinal: number;
  /** The item's words, without its marker and closing punctuation. */
  span: Span;
  marker: Span;
}

export interface Enumeration {
  /** Words before the first marker (a lead-in such as 针对该问题 or a title), if any. */
  lead?: Span;
  items: EnumeratedItem[];
}

type Kind = 'shi' | 'circled' | 'paren' | 'arabic' | 'sequence';

/** 首先…其次…再次…最后…, 一方面…另一方面…: words that count a list's items in order (最后 closes it, whatever its count). */
const SEQUENCE_WORDS: readonly [string, number][] = [['首先', 1], ['其次', 2], ['再次', 3], ['最后', 0], ['一方面', 1], ['另一方面', 2]];
/** The ordinal 最后 takes: the one after the item before it. */
const LAST = 0;

interface Marker {
  ordinal: number;
  at: number;
  length: number;
  /** Run on from the words before it (局党组一是…): a list only when more items follow. */
  joined?: boolean;
}

const BOUNDARY = ' \t\u3000。;；,，:：、!！?？)）\n';
const HAN_DIGITS = '一二三四五六七八九十';

/** The marker starting at `i` (width-folded text), if any: its kind, number and length. */
function markerAt(text: string, i: number, end: number): { kind: Kind; ordinal: number; length: number } | undefined {
  const char = text.charAt(i);
  const code = text.charCodeAt(i);
  if (code >= 0x2460 && code <= 0x2473) return { kind: 'circled', ordinal: code - 0x2460 + 1, length: 1 };
  for (const [word, ordinal] of SEQUENCE_WORDS) {
    if (!text.startsWith(word, i)) continue;
    const comma = ',，'.includes(text.charAt(i + word.length)) ? 1 : 0;
    return { kind: 'sequence', ordinal, length: word.length + comma };
  }
  if (HAN_DIGITS.includes(char)) {
    let j = i;
    while (j < end && j - i < 3 && HAN_DIGITS.includes(text.charAt(j))) j++;
    if (text.charAt(j) !== '是') return undefined;
    const ordinal = parseChineseNumber(text.slice(i, j));
    return ordinal ? { kind: 'shi', ordinal, length: j - i + 1 } : undefined;
  }
  if (char === '(' || char === '（') {
    let j = i + 1;
    while (j < end && j - i <= 3 && text.charAt(j) >= '0' && text.charAt(j) <= '9') j++;
    if (j === i + 1 || (text.charAt(j) !== ')' && text.charAt(j) !== '）')) return undefined;
    return { kind: 'paren', ordinal: Number(text.slice(i + 1, j)), length: j - i + 1 };
  }
  if (char >= '0' && char <= '9') {
    let j = i;
    while (j < end && j - i < 2 && text.charAt(j) >= '0' && text.charAt(j) <= '9') j++;
    const punct = text.charAt(j);
    if (punct !== '.' && punct !== '、' && punct !== '．') return undefined;
    const next = text.charAt(j + 1);
    if ((next >= '0' && next <= '9') || next === '' ) return undefined;
    return { kind: 'arabic', ordinal: Number(text.slice(i, j)), length: j - i + 1 };
  }
  return undefined;
}

/** Splits text[range] at the list markers of the kind that lists most (at least two items, or one at the start). */
export function splitEnumeration(text: string, range: Span): Enumeration {
  const lists: Record<Kind, Marker[]> = { shi: [], circled: [], paren: [], arabic: [], sequence: [] };
  let firstWord = range.start;
  while (firstWord < range.end && ' \t\u3000'.includes(text.charAt(firstWord))) firstWord++;
  for (let i = range.start; i < range.end; i++) {
    // ① may stand anywhere; the others after a boundary.
    const atBoundary = i === range.start || BOUNDARY.includes(text.charAt(i - 1));
    const code = text.charCodeAt(i);
    // 一是 may follow its subject directly (局党组一是…；二是…), but not a numeral (十一是) or 第.
    const joinedShi = !atBoundary && HAN_DIGITS.includes(text.charAt(i)) && !HAN_DIGITS.includes(text.charAt(i - 1)) && text.charAt(i - 1) !== '第';
    if (!atBoundary && !joinedShi && !(code >= 0x2460 && code <= 0x2473)) continue;
    const found = markerAt(text, i, range.end);
    if (!found || (found.kind === 'sequence' && !atBoundary)) continue;
    const list = lists[found.kind];
    const previous = list[list.length - 1];
    if (found.kind === 'sequence' && found.ordinal === LAST) {
      if (!previous) continue;
      found.ordinal = previous.ordinal + 1;
    }
    const opens = previous === undefined && (found.ordinal === 1 || i === firstWord);
    if (opens || (previous !== undefined && found.ordinal === previous.ordinal + 1)) {
      list.push({ ordinal: found.ordinal, at: i - range.start, length: found.length, ...(atBoundary ? {} : { joined: true }) });
      i += found.length - 1;
    }
  }
  let markers: Marker[] = [];
  for (const kind of ['shi', 'circled', 'paren', 'arabic', 'sequence'] as const) {
    const list = lists[kind];
    // A lone 1. or （1） in running text is no list; a lone 一是 opening the text is one.
    const enough = list.length >= 2 || (list.length === 1 && kind === 'shi' && !list[0].joined);
    if (enough && list.length > markers.length) markers = list;
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
