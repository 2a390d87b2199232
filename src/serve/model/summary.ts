/**
 * What the round overview keeps of each checked file, so a round of hundreds of units is listed and charted
 * without reading every stored result: the figures of the HTML report's overview, and the few facts its charts
 * draw (`ChartPlan`).
 */
import type { DiagnosticSeverity } from '../../rule-kit/types.js';
import { GRADES, type Grade } from '../../core/score.js';
import type { ChartPlan } from '../../formatters/html/model.js';
import { planLedger } from '../../formatters/report/ledger.js';
import { summarizePlan, type PlanSummary } from '../../formatters/report/plan-summary.js';
import type { FileResult } from '../../run/file-result.js';

/** The HTML report's figures of a plan (its grade by key), with how many problems it lists and its as-of date. */
export type UnitSummary = Omit<PlanSummary, 'name' | 'unit' | 'grade'> & {
  grade: Grade['key'];
  problems: number;
  asOf: string;
  /** What the document says it is (report.kind): a 整改方案 is never held to a report filed before it. */
  kind?: string;
};

/** A ChartPlan's facts in a compact form: findings per rule by severity, and each 台账 row's status and dates. */
export interface ChartFacts {
  rules: [ruleId: string, errors: number, warnings: number, infos: number][];
  rows: [status: string, deadline: string, extendedTo: string, completed: 0 | 1, completionDate: string][];
}

/** The overview's figures and the charts' facts of one checked file (its 台账 read once for both). */
export function overviewFacts(result: FileResult): { summary: UnitSummary; chart: ChartFacts } {
  const rows = planLedger(result, 'zh-CN').rows;
  const bySeverity = new Map<string, [number, number, number]>();
  const slot: Record<DiagnosticSeverity, 0 | 1 | 2> = { error: 0, warn: 1, info: 2 };
  for (const d of result.diagnostics) {
    let counts = bySeverity.get(d.ruleId);
    if (!counts) bySeverity.set(d.ruleId, (counts = [0, 0, 0]));
    counts[slot[d.severity]]++;
  }
  const { name: _name, unit: _unit, grade, ...figures } = summarizePlan(result, '/');
  return {
    summary: { ...figures, grade: grade.key, problems: rows.length, asOf: result.asOf, ...documentKind(result) },
    chart: {
      rules: [...bySeverity].map(([ruleId, [e, w, i]]) => [ruleId, e, w, i]),
      rows: rows.map((row) => [row.status, row.deadline, row.extendedTo, row.completed ? 1 : 0, row.completionDate]),
    },
  };
}

/**
 * The figures of a version as the round's batch phase judged it: what depends on its findings and score from the
 * judged result, what depends on its plan (its problems, its title, the 台账's rows) from its own figures, so the
 * plan need not be read again.
 */
export function judgedFacts(result: FileResult, own: UnitSummary, ownChart: ChartFacts): { summary: UnitSummary; chart: ChartFacts } {
  const judged = overviewFacts(result);
  return {
    summary: { ...judged.summary, problems: own.problems, title: own.title, asOf: own.asOf, ...(own.kind ? { kind: own.kind } : {}) },
    chart: { rules: judged.chart.rules, rows: ownChart.rows },
  };
}

function documentKind(result: FileResult): { kind?: string } {
  const report: unknown = result.plan?.report;
  const kind = report && typeof report === 'object' ? (report as { kind?: unknown }).kind : undefined;
  return typeof kind === 'string' ? { kind } : {};
}

export function gradeOf(key: Grade['key']): Grade {
  return GRADES.find((grade) => grade.key === key) ?? GRADES[GRADES.length - 1];
}

/** The charts' view of a kept summary and its facts. */
export function chartPlanOf(summary: UnitSummary, facts: ChartFacts): ChartPlan {
  const severities: DiagnosticSeverity[] = ['error', 'warn', 'info'];
  return {
    summary: { score: summary.score, grade: gradeOf(summary.grade) },
    result: {
      diagnostics: facts.rules.flatMap(([ruleId, ...counts]) => severities.flatMap((severity, i) => Array.from({ length: counts[i] }, () => ({ ruleId, severity })))),
    },
    ledger: {
      rows: facts.rows.map(([status, deadline, extendedTo, completed, completionDate]) => ({ status, deadline, extendedTo, completed: completed === 1, completionDate })),
    },
  };
}
