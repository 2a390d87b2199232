import { isIsoDate } from '../../src/rule-kit/index.js';
import type { Problem } from '../../src/types/plan.js';

export interface DatedDeadline {
  /** The date the item is held to: an approved extension's, else its own (a sub-item inherits its parent's). */
  date: string;
  /** The original deadline, when an extension replaced it. */
  original?: string;
  extended: boolean;
}

/**
 * A problem's dated deadline, if it has one; markers such as 长期坚持 have none. A sub-item that gives no deadline
 * takes the nearest enclosing problem's that does (`ancestors`, nearest first), with that problem's extension.
 */
export function problemDeadline(problem: Problem, ancestors: readonly Problem[] = []): DatedDeadline | undefined {
  const holder = problem.deadline !== undefined ? problem : (ancestors.find((a) => a.deadline !== undefined) ?? problem);
  const own = holder.deadline;
  const extension = holder.extension?.deadline;
  if (isIsoDate(extension)) return { date: extension, original: isIsoDate(own) ? own : undefined, extended: true };
  return isIsoDate(own) ? { date: own, extended: false } : undefined;
}

/**
 * A measure's dated deadline. A measure has no extension of its own: an extension approved for its problem
 * also moves the measure's deadline, when it is later.
 */
export function measureDeadline(deadline: unknown, problem: Problem): DatedDeadline | undefined {
  if (!isIsoDate(deadline)) return undefined;
  const extension = problem.extension?.deadline;
  if (isIsoDate(extension) && extension > deadline) return { date: extension, original: deadline, extended: true };
  return { date: deadline, extended: false };
}

/** "1 day", "40 days": English messages count days properly. */
export function daysInEnglish(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

/**
 * The date a report speaks as of: its own `report.date`, or the as-of date when it has none, with its name for
 * messages (`limit`, `limitName`, `limitNameEn`).
 */
export function reportDateLimit(reportDate: unknown, asOf: string): { limit: string; limitName: string; limitNameEn: string } {
  return isIsoDate(reportDate) ? { limit: reportDate, limitName: '报告日期', limitNameEn: 'report date' } : { limit: asOf, limitName: '检查基准日', limitNameEn: 'as-of date' };
}
