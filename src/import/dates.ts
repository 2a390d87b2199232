import { daysInMonth, isIsoDate, isoFromParts } from '../core/dates.js';
import type { DeadlineMarker } from '../types/plan.js';
import { parseChineseNumber } from './chinese-numbers.js';
import type { Span } from './span.js';

/**
 * The date and deadline grammar of practice.md §4, on width-folded text. A mention keeps its parts; the year
 * of a year-less one (4月29日, 5月末之前) is supplied later from context.
 */
export type DateForm =
  | 'day' // 2022年2月18日, 4月29日, 2022-02-18
  | 'month' // 2022年6月, 2022.06
  | 'month-end' // 5月末之前, 2月底前
  | 'ten-day' // 10月中旬
  | 'quarter-end' // 第三季度末
  | 'half-year' // 上半年
  | 'year-end' // 2022年底前, 年底前
  | 'year'; // 2022年以来

export interface DateMention {
  span: Span;
  form: DateForm;
  year?: number;
  month?: number;
  day?: number;
  /** 上/中/下旬 as 1/2/3, 上/下半年 as 1/2, a quarter as 1–4. */
  part?: number;
  /** …前 / 之前 / 以前: a deadline. */
  before: boolean;
  /** …以来 / 起: the start of a stretch of time. */
  since: boolean;
}

export interface MarkerMention {
  span: Span;
  marker: DeadlineMarker;
}

const NUM = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
// Blanks may stand between the digits and the characters (2023 年 3 月 31 日): a PDF's Latin and CJK fonts set apart.
const YEAR = '(?:(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*)';
const TAIL = '(之前|以前|前|以来|起)?';
/** Each form's pattern, and words a text must hold for it to match at all (a cheap look before the search). */
const PATTERNS: readonly [DateForm, RegExp, readonly string[]][] = [
  ['day', /(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/gu, ['-', '.', '/']],
  // 2024.06, 2024/6, 2024-06: a year and a month, not an amount (2024.6万元) or the start of a day.
  ['month', /((?:19|20)\d{2})[-./](0?[1-9]|1[0-2])(?![\d./万亿元%])(之前|以前|前)?/gu, ['-', '.', '/']],
  ['day', new RegExp(`${YEAR}?${NUM}\\s*月\\s*${NUM}\\s*[日号]${TAIL}`, 'gu'), ['日', '号']],
  ['ten-day', new RegExp(`${YEAR}?${NUM}\\s*月(?:份)?([上中下])旬${TAIL}`, 'gu'), ['旬']],
  ['month-end', new RegExp(`${YEAR}?${NUM}\\s*月(?:份)?(?:底|末)${TAIL}`, 'gu'), ['月底', '月末', '月份底', '月份末']],
  ['month', new RegExp(`${YEAR}${NUM}\\s*月(?:份)?${TAIL}`, 'gu'), ['月']],
  ['month', new RegExp(`${NUM}\\s*月(?:份)?(以来|起)`, 'gu'), ['以来', '起']],
  ['quarter-end', new RegExp(`${YEAR}?第?([一二三四1-4])季度(?:末|底)?${TAIL}`, 'gu'), ['季度']],
  ['half-year', new RegExp(`${YEAR}?([上下])半年${TAIL}`, 'gu'), ['半年']],
  ['year-end', new RegExp(`(?:(\\d{4}|[〇零一二三四五六七八九]{4})\\s*)?年(?:底|末)${TAIL}`, 'gu'), ['年底', '年末']],
  ['year-end', new RegExp(`(?:今年(?:内|底)|本年度内)${TAIL}`, 'gu'), ['今年', '本年度']],
  // 2025年内 / 2025年度内: within that year, so by its end.
  ['year-end', new RegExp(`${YEAR}(?:度)?内${TAIL}`, 'gu'), ['年内', '年度内']],
  ['year', new RegExp(`${YEAR}(?:度)?(以来|起)`, 'gu'), ['以来', '起']],
];

const MARKERS: readonly [RegExp, DeadlineMarker][] = [
  [/立行立改|即知即改|立即整改|立查立改|立整立改/gu, '立行立改'],
  [/长期坚持|长期整改/gu, '长期坚持'],
  [/持续整改/gu, '持续整改'],
];

function number(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumber(text);
}

const PARTS: Readonly<Record<string, number>> = { 上: 1, 中: 2, 下: 3 };
/** 上/中/下 (of a month or year) as 1/2/3, a quarter's number as itself. */
function partOf(text: string): number | undefined {
  return PARTS[text] ?? number(text.replace('第', ''));
}

function mention(form: DateForm, match: RegExpExecArray, offset: number): DateMention | undefined {
  const g = match.slice(1);
  const tail = g[g.length - 1] as string | undefined;
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let part: number | undefined;
  switch (form) {
    case 'day':
      [year, month, day] = match[0].includes('月') ? [number(g[0]), number(g[1]), number(g[2])] : [Number(g[0]), Number(g[1]), Number(g[2])];
      break;
    case 'ten-day':
      [year, month, part] = [number(g[0]), number(g[1]), partOf(g[2])];
      break;
    case 'month-end':
    case 'month':
      [year, month] = g.length === 2 ? [undefined, number(g[0])] : [number(g[0]), number(g[1])];
      break;
    case 'quarter-end':
    case 'half-year':
      [year, part] = [number(g[0]), partOf(g[1])];
      break;
    default:
      year = number(g[0]);
  }
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  if (form === 'year' && year === undefined) return undefined;
  // One literal of one shape: spreading a base object cost microseconds a mention, and a text may hold 20 000.
  return {
    span: { start: offset + match.index, end: offset + match.index + match[0].length },
    form,
    year,
    month,
    day,
    part,
    before: tail !== undefined && tail.includes('前'),
    since: tail !== undefined && (tail.includes('以来') || tail.includes('起')),
  };
}

/** Every date mention in a (width-folded) stretch of text, left to right, the longest where two overlap. */
export function findDates(folded: string, offset = 0): DateMention[] {
  const all: DateMention[] = [];
  if (!folded.includes('年') && !folded.includes('月') && !folded.includes('季') && !/\d[-./]\d/u.test(folded)) return [];
  for (const [form, pattern, needs] of PATTERNS) {
    if (!needs.some((word) => folded.includes(word))) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
      const found = mention(form, match, offset);
      if (found) all.push(found);
    }
  }
  return dropOverlaps(all);
}

export function findMarkers(folded: string, offset = 0): MarkerMention[] {
  const all: MarkerMention[] = [];
  for (const [pattern, marker] of MARKERS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
      all.push({ span: { start: offset + match.index, end: offset + match.index + match[0].length }, marker });
    }
  }
  return dropOverlaps(all);
}

function dropOverlaps<T extends { span: Span }>(found: T[]): T[] {
  found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: T[] = [];
  for (const item of found) if (kept.length === 0 || item.span.start >= kept[kept.length - 1].span.end) kept.push(item);
  return kept;
}

/**
 * The ISO date a mention stands for. A deadline means the last day of the stretch it names (2月底前 → 28 Feb),
 * a start (…以来, or `as: 'start'`) the first. Undefined when the year is neither written nor given.
 */
export function isoOf(found: DateMention, contextYear: number | undefined, as: 'end' | 'start' = found.since ? 'start' : 'end'): string | undefined {
  const year = found.year ?? contextYear;
  if (year === undefined) return undefined;
  const start = as === 'start';
  const month = found.month ?? 1;
  let iso: string;
  switch (found.form) {
    case 'day':
      iso = isoFromParts(year, month, found.day!);
      break;
    case 'month':
      iso = isoFromParts(year, month, start ? 1 : daysInMonth(year, month));
      break;
    case 'month-end':
      iso = isoFromParts(year, month, daysInMonth(year, month));
      break;
    case 'ten-day': {
      const part = found.part ?? 3;
      const last = part === 3 ? daysInMonth(year, month) : part * 10;
      iso = isoFromParts(year, month, start ? (part - 1) * 10 + 1 : last);
      break;
    }
    case 'quarter-end': {
      const q = found.part ?? 4;
      iso = start ? isoFromParts(year, q * 3 - 2, 1) : isoFromParts(year, q * 3, daysInMonth(year, q * 3));
      break;
    }
    case 'half-year':
      iso = found.part === 1 ? (start ? isoFromParts(year, 1, 1) : isoFromParts(year, 6, 30)) : start ? isoFromParts(year, 7, 1) : isoFromParts(year, 12, 31);
      break;
    default:
      iso = start ? isoFromParts(year, 1, 1) : isoFromParts(year, 12, 31);
  }
  return isIsoDate(iso) ? iso : undefined;
}

/** Whether a mention names a calendar year itself (and so can give the year to later year-less ones). */
export function givesYear(found: DateMention): boolean {
  return found.year !== undefined && found.form !== 'year-end' && found.form !== 'year';
}

/**
 * The year a year-less date takes: that of the nearest full date before it in the report (4月29日 after
 * 2022年2月18日 is 2022), else a fallback such as the feedback date's year.
 */
export class YearContext {
  private found?: { at: number; year: number }[];

  /** `mentions` may be given as a function, called at the first question: a ledger's years are often never asked. */
  constructor(
    private readonly mentions: readonly DateMention[] | (() => readonly DateMention[]),
    private readonly fallback?: number,
  ) {}

  private get anchors(): { at: number; year: number }[] {
    if (this.found) return this.found;
    const mentions = typeof this.mentions === 'function' ? this.mentions() : this.mentions;
    return (this.found = mentions.filter(givesYear).map((m) => ({ at: m.span.start, year: m.year! })));
  }

  yearAt(offset: number): number | undefined {
    let low = 0;
    const anchors = this.anchors;
    let high = anchors.length - 1;
    let found: number | undefined;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (anchors[mid].at < offset) {
        found = anchors[mid].year;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found ?? this.fallback;
  }

  iso(found: DateMention, as?: 'end' | 'start'): string | undefined {
    return isoOf(found, this.yearAt(found.span.start), as);
  }
}
