import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { parseJsonDocument } from '../../src/core/json-document.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import type { Plan, Problem } from '../../src/types/plan.js';
import { lint, positionOf, ruleDiagnostics, toText } from '../helpers.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/plan-and-report');

/** The fixture plan (整改方案) that the reports of these tests are held to. */
export function fixturePlan(): Plan & { aspects: { problems: Problem[] }[] } {
  return JSON.parse(readFileSync(resolve(FIXTURES, 'plan.json'), 'utf8'));
}

/** A report that repeats the plan faithfully: the same problems, measures, deadlines and statuses. */
export function faithfulReport(): Plan & { aspects: { problems: Problem[] }[] } {
  const report = fixturePlan();
  report.report = { kind: 'progress-report', title: '关于巡察整改进展情况的报告', date: '2023-07-15', basedOn: 'plan.json' };
  return report;
}

export interface AgainstPlan {
  findings: Diagnostic[];
  planText: string;
  reportText: string;
  /** Line and column of `needle` in the plan's text (as the message quotes it). */
  inPlan(needle: string, occurrence?: number): string;
}

/** Lints `report` with only `ruleId` on, against `plan` (named plan.json); the fixture must be a valid plan. */
export function againstPlan(plan: unknown, report: unknown, ruleId: string): AgainstPlan {
  const planText = toText(plan);
  const reportText = toText(report);
  const result = lint(reportText, { settings: { [ruleId]: { severity: 'error' } }, previous: { filePath: '/units/plan.json', name: 'plan.json', document: parseJsonDocument(planText) } });
  expect(result.diagnostics.filter((d) => ['schema', 'rule-error', 'based-on'].includes(d.ruleId))).toEqual([]);
  return {
    findings: ruleDiagnostics(result, ruleId),
    planText,
    reportText,
    inPlan(needle, occurrence = 1) {
      const { line, column } = positionOf(planText, needle, occurrence);
      return `plan.json:${line}:${column}`;
    },
  };
}
