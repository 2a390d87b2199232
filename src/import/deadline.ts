import type { Deadline } from '../types/plan.js';
import type { ImportContext } from './context.js';
import { findDates, findMarkers, type DateMention } from './dates.js';
import type { Span } from './span.js';

export interface FoundDeadline {
  deadline?: Deadline;
  /** The words that state it, e.g. 5月末之前. */
  span: Span;
}

/** A deadline label's content: the first date or marker in it (2022年6月底前完成并长期坚持 → 2022-06-30). */
export function readDeadline(ctx: ImportContext, range: Span): FoundDeadline | undefined {
  const local = ctx.folded.slice(range.start, range.end);
  const date = findDates(local, range.start).find((m) => !m.since);
  const marker = findMarkers(local, range.start)[0];
  if (date && (!marker || date.span.start < marker.span.start)) return { deadline: ctx.years.iso(date, 'end'), span: date.span };
  if (marker) return { deadline: marker.marker, span: marker.span };
  return undefined;
}

/** Whether a date in running text reads as a deadline: …前, or the end of a month, quarter, half or year. */
function isDeadlineMention(found: DateMention): boolean {
  return !found.since && (found.before || found.form === 'month-end' || found.form === 'quarter-end' || found.form === 'year-end');
}

/** A deadline stated inside a measure's words (于2022年2月底前…, 计划于5月末之前…, 立行立改). */
export function deadlineInText(ctx: ImportContext, range: Span): FoundDeadline | undefined {
  const local = ctx.folded.slice(range.start, range.end);
  const date = findDates(local, range.start).find(isDeadlineMention);
  const marker = findMarkers(local, range.start)[0];
  if (date && (!marker || date.span.start < marker.span.start)) {
    const deadline = ctx.years.iso(date, 'end');
    return deadline ? { deadline, span: date.span } : undefined;
  }
  if (marker) return { deadline: marker.marker, span: marker.span };
  return undefined;
}
