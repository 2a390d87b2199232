/**
 * A progress report's account of a problem that ends by planning its finish (…由21个减少到6个，计划2025年底前全部清零;
 * 力争2025年6月底前整改到位) states no status word, yet says the problem is still open and when it is due. Only in a
 * report: a plan (整改方案) plans every problem so, and says nothing of progress.
 */
import { deadlineInText, type DeadlineContext, type FoundDeadline } from './deadline.js';
import type { Span } from './span.js';
import { WordTrie } from './word-trie.js';

/** Words that open a clause planning when the work will be done. */
const PLANNERS = new WordTrie<true>(['计划', '预计', '力争', '拟', '确保', '争取'].map((w) => [w, true] as const));
/** What the planner is followed by when it plans a time (计划于2025年…, 力争年底前…), not a noun (学习计划，…). */
const TIME_AFTER = /^(?:于|在|将|将于|到|至)?(?:\d|今年|明年|年底|年内|本年|月底|本月|下月|次年)/u;
// How far into its clause the planner may stand: after the clause's subject (剩余3个村的调解员预计…), not deep in a measure.
const LEAD_REACH = 14;
const CLAUSE_MARKS = ',，;；。:：';

export interface PlannedFinish {
  /** The clause that plans the finish. */
  clause: Span;
  deadline: FoundDeadline;
}

/** The last clause of text[start, end) when it plans a dated finish, else undefined. */
export function plannedFinish(ctx: DeadlineContext, start: number, end: number): PlannedFinish | undefined {
  let stop = end;
  while (stop > start && '。.;； \t'.includes(ctx.folded.charAt(stop - 1))) stop--;
  let clauseStart = stop;
  while (clauseStart > start && !CLAUSE_MARKS.includes(ctx.folded.charAt(clauseStart - 1))) clauseStart--;
  // The planner opens the clause, after at most its subject, and names a time.
  for (let i = clauseStart; i < Math.min(stop, clauseStart + LEAD_REACH); i++) {
    const planner = PLANNERS.at(ctx.folded, i, stop);
    if (!planner || !TIME_AFTER.test(ctx.folded.slice(i + planner.length, i + planner.length + 4))) continue;
    const deadline = deadlineInText(ctx, { start: i, end: stop });
    return deadline?.deadline && /^\d{4}-/u.test(deadline.deadline) ? { clause: { start: clauseStart, end: stop }, deadline } : undefined;
  }
  return undefined;
}
