import type { Diagnostic } from '../../core/diagnostic.js';
import type { FileResult } from '../../run/file-result.js';
import type { Locale } from '../../rule-kit/types.js';
import { planLedger, type LedgerRow, type PlanLedger } from '../report/ledger.js';
import { summarizePlan, type PlanSummary } from '../report/plan-summary.js';

/** One plan with everything the page shows of it, computed once. */
export interface ReportPlan {
  /** The id of the plan's section, for links from the overview. */
  anchor: string;
  result: FileResult;
  summary: PlanSummary;
  ledger: PlanLedger;
}

export function buildModel(results: readonly FileResult[], cwd: string, locale: Locale): ReportPlan[] {
  return results.map((result, i) => ({
    anchor: `plan-${i + 1}`,
    result,
    summary: summarizePlan(result, cwd),
    ledger: planLedger(result, locale),
  }));
}

/**
 * What the charts draw of a plan: its score and grade, its findings' rules and severities, and its 台账 rows'
 * statuses and dates. A `ReportPlan` is one; a front end that keeps only these facts per plan (the workbench's
 * overview of a round) can draw the same charts without loading every plan.
 */
export interface ChartPlan {
  summary: Pick<PlanSummary, 'score' | 'grade'>;
  result: { diagnostics: readonly Pick<Diagnostic, 'ruleId' | 'severity'>[] };
  ledger: { rows: readonly Pick<LedgerRow, 'status' | 'deadline' | 'extendedTo' | 'completed' | 'completionDate'>[] };
}
