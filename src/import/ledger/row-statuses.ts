/**
 * A problem a ledger lists over several rows, one measure a row, each row with its own status: the measures keep
 * their rows' statuses and the problem stands where its least advanced measure does.
 */
import type { JsonPath } from '../../rule-kit/types.js';
import type { Status } from '../../types/plan.js';
import type { ImportContext } from '../context.js';
import type { ProblemDraft } from '../fill-fields.js';
import type { StatusPhrase } from '../status-words.js';

export interface RowStatus {
  phrase: StatusPhrase;
  measures: number[];
}

/** From least to most advanced: a problem is as far as its least advanced measure. */
const PROGRESS_ORDER: readonly Status[] = ['not-started', 'not-done', 'postponed', 'in-progress', 'basically-done', 'ongoing', 'done-ongoing', 'done'];

/**
 * A problem over several rows, each a measure with its own status (已完成 | 正在推进 | 持续推进): each row's measures
 * take their row's status, and the problem stands where its least advanced measure does (one row still in
 * progress leaves the problem in progress, whatever the first row says).
 */
export function setRowStatuses(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, rows: readonly RowStatus[]): void {
  // One status for the rows is the problem's alone; the measures take statuses only when rows differ in giving them.
  for (const row of rows.length > 1 ? rows : []) {
    for (const m of row.measures) {
      const measure = problem.measures![m];
      if (measure.status !== undefined) continue;
      measure.status = row.phrase.status;
      measure.statusText = ctx.text.slice(row.phrase.span.start, row.phrase.span.end);
      ctx.spans.set([...path, 'measures', m, 'status'], row.phrase.span);
      ctx.spans.set([...path, 'measures', m, 'statusText'], row.phrase.span);
    }
  }
  const least = rows.reduce((a, b) => (PROGRESS_ORDER.indexOf(b.phrase.status) < PROGRESS_ORDER.indexOf(a.phrase.status) ? b : a));
  if (problem.status !== undefined) return;
  problem.status = least.phrase.status;
  problem.statusText = ctx.text.slice(least.phrase.span.start, least.phrase.span.end);
  ctx.spans.set([...path, 'status'], least.phrase.span);
  ctx.spans.set([...path, 'statusText'], least.phrase.span);
}

