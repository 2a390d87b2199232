import { relative } from 'node:path';
import type { FileResult } from '../../run/file-result.js';
import type { Grade } from '../../core/score.js';
import type { Verdict } from '../../core/verdict.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import { isObject } from '../../rule-kit/helpers.js';
import { asText } from './as-text.js';
import { problemKeyOf } from '../../core/problem-key.js';

/** Rule ids behind the review columns. Counted by id, so a rule added later (or a plugin's) fills its column. */
export const REVIEW_RULES = {
  overdue: 'overdue',
  noEvidence: 'completed-requires-evidence',
  missedMeetings: 'meeting-frequency',
} as const;

/** One plan as the overview shows it. */
export interface PlanSummary {
  /** The file as the reviewer named it: relative to the working directory when inside it. */
  name: string;
  unit: string;
  title: string;
  score: number;
  grade: Grade;
  verdict: Verdict;
  errors: number;
  warnings: number;
  infos: number;
  /** Problems with an `overdue` finding (plan-level findings count one each). */
  overdue: number;
  /** Problems with a `completed-requires-evidence` finding. */
  noEvidence: number;
  /** `meeting-frequency` findings: one per commitment not met (listing the periods it missed). */
  missedMeetings: number;
  fatal: boolean;
}

export function displayName(filePath: string, cwd: string): string {
  const name = relative(cwd, filePath);
  return name && !name.startsWith('..') ? name : filePath;
}

/** Every finding of the plan, those `--quiet` does not print included: the review columns are facts about the plan. */
function allFindings(result: FileResult): readonly Diagnostic[] {
  return result.quietHidden ? [...result.diagnostics, ...result.quietHidden] : result.diagnostics;
}

/** How many distinct problems (or plan-level places) a rule reported on. */
function problemsFlagged(result: FileResult, ruleId: string): number {
  const keys = new Set<string>();
  let planLevel = 0;
  for (const d of allFindings(result)) {
    if (d.ruleId !== ruleId) continue;
    const key = problemKeyOf(d.path);
    if (key === undefined) planLevel++;
    else keys.add(key);
  }
  return keys.size + planLevel;
}

export function summarizePlan(result: FileResult, cwd: string): PlanSummary {
  const plan: unknown = result.plan;
  const inspection = isObject(plan) && isObject(plan.inspection) ? plan.inspection : {};
  const report = isObject(plan) && isObject(plan.report) ? plan.report : {};
  return {
    name: displayName(result.filePath, cwd),
    unit: asText(inspection.inspectedUnit),
    title: asText(report.title),
    score: result.score.score,
    grade: result.score.grade,
    verdict: result.verdict,
    errors: result.errorCount,
    warnings: result.warningCount,
    infos: result.infoCount,
    overdue: problemsFlagged(result, REVIEW_RULES.overdue),
    noEvidence: problemsFlagged(result, REVIEW_RULES.noEvidence),
    missedMeetings: allFindings(result).filter((d) => d.ruleId === REVIEW_RULES.missedMeetings).length,
    fatal: result.fatal,
  };
}
