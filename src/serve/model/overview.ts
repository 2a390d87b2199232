/** A round as its overview shows it: each unit's latest version with its figures and review state. */
import { reviewState, type ReviewState } from '../store/reviews.js';
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
}

export function overviewRows(store: Store, roundId: number): OverviewRow[] {
  const latest = store.submissions.latestByUnit(roundId);
  const decisions = store.reviews.latestDecisions(latest.map((row) => row.latest.id));
  // Every checked file keeps its figures (an unreadable one scores 0), and only checked files have a unit.
  return latest.map((row) => ({
    unit: row.unit,
    latest: row.latest,
    version: row.version,
    summary: JSON.parse(row.latest.summaryJson!) as UnitSummary,
    chart: JSON.parse(row.latest.chartJson!) as ChartFacts,
    review: reviewState(decisions.get(row.latest.id)),
  }));
}
