import type { Commitment, Meeting } from '../types/plan.js';
import type { ImportContext } from './context.js';
import { findDates } from './dates.js';
import { findFrequencies } from './frequency.js';
import { findMeetings } from './meetings.js';
import type { Span } from './span.js';

const MEETING_VERB = /召开|举行|举办/u;

/**
 * Recurring commitments (每季度至少召开一次…) wherever the report states them. Each starts on the feedback
 * date when the report gives one (the rectification starts there); otherwise `start` is left out and the schema
 * says so on the commitment's own line.
 */
export function readCommitments(ctx: ImportContext, lines: readonly Span[], start: string | undefined, startSpan?: Span): Commitment[] {
  const commitments: Commitment[] = [];
  for (const line of lines) {
    for (const found of findFrequencies(ctx.folded.slice(line.start, line.end), line.start)) {
      const path = ['commitments', commitments.length];
      const problemId = problemAt(ctx, found.span.start);
      const commitment = {
        id: `C${commitments.length + 1}`,
        text: ctx.text.slice(found.span.start, found.span.end),
        frequency: found.frequency,
        ...(start ? { start } : {}),
        satisfiedBy: { kinds: [found.activity] as [string] },
        ...(problemId ? { problemId } : {}),
      } as Commitment;
      // Every part of a commitment is its words: its fields are placed on the commitment itself (the span map falls
      // back to the closest recorded parent), but for its start, which the feedback date gives.
      ctx.spans.set(path, found.span);
      if (startSpan) ctx.spans.set([...path, 'start'], startSpan);
      commitments.push(commitment);
    }
  }
  return commitments;
}

/**
 * The innermost problem whose stretch holds an offset. Ranges come in document order (a problem before its
 * sub-items), so a binary search finds the last one starting before the offset, and its enclosing ones precede it.
 */
function problemAt(ctx: ImportContext, offset: number): string | undefined {
  const ranges = ctx.problemRanges;
  let low = 0;
  let high = ranges.length - 1;
  let last = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (ranges[mid].start <= offset) {
      last = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  for (let i = last; i >= 0; i--) if (offset < ranges[i].end) return ranges[i].id;
  return undefined;
}

/**
 * The meeting log from narrative: 2022年1月份以来，召开巡察整改专题会2次、党组会议2次 gives one entry per kind with
 * its count, dated at the start of the stretch (its words kept as `x-dateText`); 4月29日，…召开…民主生活会 one
 * meeting on that day.
 */
export function readMeetings(ctx: ImportContext, lines: readonly Span[]): (Meeting & { 'x-dateText'?: string })[] {
  const meetings: (Meeting & { 'x-dateText'?: string })[] = [];
  for (const line of lines) {
    const local = ctx.folded.slice(line.start, line.end);
    // Only a paragraph that holds a meeting is searched for its dates.
    if (!MEETING_VERB.test(local)) continue;
    for (const found of findMeetings(local, line.start, findDates(local, line.start))) {
      const date = ctx.years.iso(found.date, 'start');
      if (!date) continue;
      const path = ['meetings', meetings.length];
      const exactDay = found.date.form === 'day' && !found.date.since;
      const meeting = {
        date,
        kind: found.kind,
        ...(found.count !== undefined ? { count: found.count } : {}),
        ...(exactDay ? {} : { 'x-dateText': ctx.text.slice(found.date.span.start, found.date.span.end) }),
      };
      ctx.spans.set(path, found.span);
      ctx.spans.set([...path, 'date'], found.date.span);
      ctx.spans.set([...path, 'x-dateText'], found.date.span);
      ctx.spans.set([...path, 'kind'], found.kindSpan);
      if (found.countSpan) ctx.spans.set([...path, 'count'], found.countSpan);
      meetings.push(meeting);
    }
  }
  return meetings;
}
