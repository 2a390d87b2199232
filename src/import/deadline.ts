import { addMonths, dayNumber, fromDayNumber, isIsoDate } from '../core/dates.js';
import type { Deadline } from '../types/plan.js';
import { parseCount } from './chinese-numbers.js';
import { findDates, findMarkers, type DateMention, type YearContext } from './dates.js';
import type { Span } from './span.js';

export interface FoundDeadline {
  deadline?: Deadline;
  /** The words that state it, e.g. 5月末之前. */
  span: Span;
}

/** What deadlines are read against: the year of year-less dates, and where a relative limit (3个月) counts from. */
export interface DeadlineContext {
  folded: string;
  years: YearContext;
  /** The date a relative limit counts from: the one the report names, else the feedback date (practice.md §4). */
  relativeFrom?: string;
}

// 3个月, 6个月内, 30个工作日, 两周, 1年内, 反馈后2个月内: a limit counted from a start.
const RELATIVE = /(?<![\d.])(\d{1,3}|[一二两三四五六七八九十]{1,3})\s?个?(工作日|日|天|周|星期|个月|月|年)(?:内|以内|之内)?/u;

/** What any date or marker holds: a year, month, quarter, half-year or ISO date, or a marker's words. */
const DATE_OR_MARKER = /[年月季]|\d[-./]\d|立行立改|即知即改|立即整改|立查立改|立整立改|长期|持续整改/u;

/** A deadline label's content: the first date, marker or relative limit in it (2022年6月底前完成并长期坚持 → 2022-06-30). */
export function readDeadline(ctx: DeadlineContext, range: Span): FoundDeadline | undefined {
  const local = ctx.folded.slice(range.start, range.end);
  const date = findDates(local, range.start).find((m) => !m.since);
  const marker = findMarkers(local, range.start)[0];
  const relative = relativeIn(ctx, local, range.start);
  const first = [date && { at: date.span.start, found: { deadline: ctx.years.iso(date, 'end'), span: date.span } }, marker && { at: marker.span.start, found: { deadline: marker.marker, span: marker.span } }, relative && { at: relative.span.start, found: relative }]
    .filter((x): x is { at: number; found: FoundDeadline } => Boolean(x))
    .sort((a, b) => a.at - b.at)[0];
  return first?.found ?? standingLimit(local, range.start);
}

// 常态化推进 / 常态化开展 / 建立长效机制 as a time limit: no end date, the work goes on (a 长期坚持 marker).
const STANDING = /常态化|长效/u;

/** A deadline label that names no date but standing work (完成时限：常态化推进) means 长期坚持. */
function standingLimit(local: string, offset: number): FoundDeadline | undefined {
  const match = STANDING.exec(local.slice(0, 40));
  return match ? { deadline: '长期坚持', span: { start: offset, end: offset + local.trimEnd().length } } : undefined;
}

/** 3个月 from the start it counts from; the words even when the start is unknown. */
function relativeIn(ctx: DeadlineContext, local: string, offset: number): FoundDeadline | undefined {
  const match = RELATIVE.exec(local);
  if (!match) return undefined;
  const span = { start: offset + match.index, end: offset + match.index + match[0].length };
  const count = parseCount(match[1]);
  if (count === undefined || count === 0 || !ctx.relativeFrom || !isIsoDate(ctx.relativeFrom)) return { span };
  return { deadline: addTo(ctx.relativeFrom, count, match[2]), span };
}

function addTo(from: string, count: number, unit: string): string {
  switch (unit) {
    case '年':
      return addMonths(from, count * 12);
    case '个月':
    case '月':
      return addMonths(from, count);
    case '周':
    case '星期':
      return fromDayNumber(dayNumber(from) + count * 7);
    case '工作日':
      // Five working days a week; holidays are not known here.
      return fromDayNumber(dayNumber(from) + Math.floor(count / 5) * 7 + (count % 5));
    default:
      return fromDayNumber(dayNumber(from) + count);
  }
}

/** Whether a date in running text reads as a deadline: …前, or the end of a month, quarter, half or year. */
function isDeadlineMention(found: DateMention): boolean {
  return !found.since && (found.before || found.form === 'month-end' || found.form === 'quarter-end' || found.form === 'year-end');
}

/** A deadline stated inside running words (于2022年2月底前…, 计划于5月末之前…, 力争年底前完成, 立行立改). */
export function deadlineInText(ctx: DeadlineContext, range: Span): FoundDeadline | undefined {
  const local = ctx.folded.slice(range.start, range.end);
  // Most measures name no date and no 立行立改: a look for what any needs spares the full search.
  if (!DATE_OR_MARKER.test(local)) return undefined;
  const date = findDates(local, range.start).find(isDeadlineMention);
  const marker = findMarkers(local, range.start)[0];
  if (date && (!marker || date.span.start < marker.span.start)) {
    const deadline = ctx.years.iso(date, 'end');
    return deadline ? { deadline, span: date.span } : undefined;
  }
  if (marker) return { deadline: marker.marker, span: marker.span };
  return undefined;
}
