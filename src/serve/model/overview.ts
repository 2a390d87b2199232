/**
 * A round as its overview shows it: each unit's latest version with its figures and review state. The figures are
 * the round's batch phase's (the latest versions judged together) once it has run; until then, each file's own.
 */
import { reviewState, type ReviewState } from '../store/reviews.js';
import { roundStamp } from '../store/settled.js';
import type { Store } from '../store/index.js';
import type { Submission, Unit } from '../store/submissions.js';
import type { ChartFacts, UnitSummary } from './summary.js';

export interface OverviewRow {
  unit: Unit;
  latest: Submission;
  version: number;
  summary: UnitSummary;
  chart: ChartFacts;
  review: ReviewState;
  /** Whether the figures are the batch phase's (false while it has not judged this set of versions yet). */
  settled: boolean;
}

export function overviewRows(store: Store, roundId: number): OverviewRow[] {
  const latest = store.submissions.latestByUnit(roundId);
  const ids = latest.map((row) => row.latest.id);
  const decisions = store.reviews.latestDecisions(ids);
  const settled = store.settled.summaries(ids, 'zh-CN', roundStamp(ids));
  // Every checked file keeps its own figures (an unreadable one scores 0), and only checked files have a unit.
  return latest.map((row) => {
    const judged = settled.get(row.latest.id);
    return {
      unit: row.unit,
      latest: row.latest,
      version: row.version,
      summary: JSON.parse(judged?.summaryJson ?? row.latest.summaryJson!) as UnitSummary,
      chart: JSON.parse(judged?.chartJson ?? row.latest.chartJson!) as ChartFacts,
      review: reviewState(decisions.get(row.latest.id)),
      settled: judged !== undefined,
    };
  });
}
