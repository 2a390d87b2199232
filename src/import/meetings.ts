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

/** The longest entry (kind and count) or meeting name read. */
const LONGEST_PART = 60;

/**
 * Meetings a sentence says were held: 2022年1月份以来，召开巡察整改专题会2次、党组会议2次 (one entry per kind,
 * with its count) or 4月29日，局党组召开…专题民主生活会 (one meeting). Only dated sentences count: the date is
 * the last one before 召开 in the same sentence. One pass: dates, sentence starts and clause ends are found once.
 */
export function findMeetings(folded: string, offset: number, dates: readonly DateMention[]): MeetingMention[] {
  const found: MeetingMention[] = [];
  let sentenceStart = 0;
  let scanned = 0;
  let dateIndex = 0;
  let clauseEnd = -1;
  HELD.lastIndex = 0;
  for (let match = HELD.exec(folded); match; match = HELD.exec(folded)) {
    for (; scanned < match.index; scanned++) if (folded.charAt(scanned) === '。' || folded.charAt(scanned) === ';') sentenceStart = scanned + 1;
    while (dateIndex < dates.length && dates[dateIndex].span.end <= offset + match.index) dateIndex++;
    const date = dateIndex > 0 && dates[dateIndex - 1].span.start >= offset + sentenceStart ? dates[dateIndex - 1] : undefined;
    if (!date) continue;
    const from = match.index + match[0].length;
    if (clauseEnd < from) clauseEnd = indexOfAny(folded, '。;', from);
    const counted: MeetingMention[] = [];
    let firstPart: Span | undefined;
    for (let at = from; at < clauseEnd; ) {
      const end = indexOfAny(folded, '、,', at, Math.min(clauseEnd, at + LONGEST_PART + 1));
      const part = { start: at, end };
      firstPart ??= part;
      const entry = end - at <= LONGEST_PART && (end === clauseEnd || '、,'.includes(folded.charAt(end))) ? COUNTED.exec(folded.slice(at, end)) : null;
      if (!entry) break;
      const countAt = at + entry[1].length;
      counted.push({
        span: { start: offset + at, end: offset + end },
        kind: entry[1].trim(),
        kindSpan: { start: offset + at, end: offset + countAt },
        count: parseCount(entry[2]),
        countSpan: { start: offset + countAt, end: offset + countAt + entry[2].length },
        date,
      });
      at = end + 1;
    }
    if (counted.length > 0) {
      for (const entry of counted) found.push(entry);
      // A 召开 inside the entries just read (召开专题会2次、召开党组会2次) starts no list of its own.
      HELD.lastIndex = Math.max(HELD.lastIndex, counted[counted.length - 1].span.end - offset);
      continue;
    }
    // A single meeting needs a day, not a stretch of months.
    if (!firstPart || date.form !== 'day' || date.since) continue;
    const name = folded.slice(firstPart.start, indexOfAny(folded, ',', firstPart.start, Math.min(firstPart.end, firstPart.start + LONGEST_PART))).trim();
    if (MEETING_NOUN.test(name)) {
      const kindSpan = { start: offset + firstPart.start, end: offset + firstPart.start + name.length };
      found.push({ span: kindSpan, kind: name, kindSpan, date });
    }
  }
  return found;
}

function indexOfAny(text: string, chars: string, from: number, limit = text.length): number {
  for (let i = from; i < limit; i++) if (chars.includes(text[i])) return i;
  return limit;
}
