import type { FileResult } from '../../run/file-result.js';
import type { Locale } from '../../rule-kit/types.js';
import { planLedger, type PlanLedger } from '../report/ledger.js';
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
