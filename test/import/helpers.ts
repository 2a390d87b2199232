import { resolve } from 'node:path';
import { lintDocument, type LintResult } from '../../src/core/lint.js';
import { importedDocument } from '../../src/import/document.js';
import { importReport, type ImportedReport, type ImportOptions } from '../../src/import/import-report.js';
import type { Plan, Problem } from '../../src/types/plan.js';
import { BUILTIN_RULES, settingsFor } from '../helpers.js';

/** The seed reports, read where the project keeps them (never copied into the repository). */
export const SEEDS = resolve(import.meta.dirname, '../../../shared/seeds');

/** Imports a report and lints it with the recommended rules, as `rectlint check report.txt` does. */
export function importAndLint(text: string, options: ImportOptions & { asOf?: string } = {}): { imported: ImportedReport; result: LintResult } {
  const imported = importReport(text, options);
  const result = lintDocument(importedDocument(imported), { registry: BUILTIN_RULES, settings: settingsFor(), today: '2026-11-24', locale: 'zh-CN', asOf: options.asOf });
  return { imported, result };
}

export function problems(plan: Plan): Problem[] {
  return plan.aspects.flatMap((aspect) => aspect.problems);
}

/** The first problem of a one-problem report. */
export function onlyProblem(text: string): Problem {
  const [problem] = problems(importReport(text).plan);
  return problem;
}
