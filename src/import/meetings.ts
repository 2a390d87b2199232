import { COUNT, parseCount } from './chinese-numbers.js';
import type { DateMention } from './dates.js';
import type { Span } from './span.js';

export interface MeetingMention {
  /** The whole entry, e.g. 巡察整改专题会2次. */
  span: Span;
  kind: string;
  kindSpan: Span;
  count?: number;
  countSpan?: Span;
  /** The date the sentence gives (4月29日, 2022年1月份以来). */
  date: DateMention;
}

const HELD = /(?:召开|举行|举办)了?/gu;
const COUNTED = new RegExp(`^(.{2,40}?)(${COUNT})(?:次|场次|场)$`, 'u');
const MEETING_NOUN = /(?:会议?|座谈会|生活会|党课|培训班)$/u;

/**
 * Meetings a sentence says were held: 2022年1月份以来，召开巡察整改专题会2次、党组会议2次 (one entry per kind,
 * with its count) or 4月29日，局党组召开…专题民主生活会 (one meeting). Only dated sentences count: the date is
 * the last one before 召开 in the same sentence.
 */
export function findMeetings(folded: string, offset: number, datesIn: (span: Span) => DateMention[]): MeetingMention[] {
  const found: MeetingMention[] = [];
  HELD.lastIndex = 0;
  for (let match = HELD.exec(folded); match; match = HELD.exec(folded)) {
    const sentenceStart = Math.max(folded.lastIndexOf('。', match.index), folded.lastIndexOf(';', match.index)) + 1;
    const date = datesIn({ start: offset + sentenceStart, end: offset + match.index }).at(-1);
    if (!date) continue;
    const from = match.index + match[0].length;
    const clauseEnd = indexOfAny(folded, '。;', from);
    const parts = splitParts(folded, from, clauseEnd);
    const counted: MeetingMention[] = [];
    for (const part of parts) {
      const entry = COUNTED.exec(folded.slice(part.start, part.end));
      if (!entry) break;
      const countAt = part.start + entry[1].length;
      counted.push({
        span: { start: offset + part.start, end: offset + part.end },
        kind: entry[1].trim(),
        kindSpan: { start: offset + part.start, end: offset + countAt },
        count: parseCount(entry[2]),
        countSpan: { start: offset + countAt, end: offset + countAt + entry[2].length },
        date,
      });
    }
    if (counted.length > 0) {
      found.push(...counted);
      continue;
    }
    // A single meeting needs a day, not a stretch of months.
    const first = parts[0];
    const name = first ? folded.slice(first.start, indexOfAny(folded, ',', first.start, first.end)).trim() : '';
    if (date.form === 'day' && !date.since && MEETING_NOUN.test(name) && name.length <= 60) {
      const kindSpan = { start: offset + first.start, end: offset + first.start + name.length };
      found.push({ span: kindSpan, kind: name, kindSpan, date });
    }
  }
  return found;
}

function indexOfAny(text: string, chars: string, from: number, limit = text.length): number {
  for (let i = from; i < limit; i++) if (chars.includes(text[i])) return i;
  return limit;
}

/** The clause cut at 、 and ，, as lists of counted meetings are written. */
function splitParts(text: string, start: number, end: number): Span[] {
  const parts: Span[] = [];
  let at = start;
  for (let i = start; i <= end; i++) {
    if (i === end || '、,'.includes(text[i])) {
      if (i > at) parts.push({ start: at, end: i });
      at = i + 1;
    }
  }
  return parts;
}
