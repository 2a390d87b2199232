import { lintDocument, type LintResult } from '../../src/core/lint.js';
import type { ImportedReport } from '../../src/import/import-report.js';
import { readReport } from '../../src/import/read-report.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import type { JsonDocument } from '../../src/core/json-document.js';
import type { Problem } from '../../src/types/plan.js';
import { BUILTIN_RULES, settingsFor } from '../helpers.js';
import { p, tbl, tc, tr, docxFromXml } from './docx-fixture.js';

/** Reads a file's bytes as `rectlint check` does (its name decides the format) and lints it with the recommended rules. */
export async function checkFile(bytes: Uint8Array, name: string, asOf = '2024-06-30'): Promise<{ imported: ImportedReport; result: LintResult; document: JsonDocument }> {
  const read = await readReport(bytes, name);
  if ('error' in read) throw new Error(`${name}: ${read.error.en}`);
  const result = lintDocument(read.document, { registry: BUILTIN_RULES, settings: settingsFor(), today: '2026-11-24', locale: 'zh-CN', asOf });
  return { imported: read.imported, result, document: read.document };
}

export function problemsOf(imported: ImportedReport): Problem[] {
  return imported.plan.aspects.flatMap((aspect) => aspect.problems);
}

/** The findings of one rule, as `rule line:column` strings with the place, for compact assertions. */
export function findingsOf(result: LintResult, ruleId: string): Diagnostic[] {
  return result.diagnostics.filter((d) => d.ruleId === ruleId);
}

/** A Word document of paragraphs and tables, each table a list of rows of cells (strings, or tc(...) markup). */
export async function wordDocument(...parts: (string | (string | string[])[][])[]): Promise<Uint8Array> {
  const body = parts
    .map((part) => (typeof part === 'string' ? p(part) : tbl(...part.map((row) => tr(...row.map((cell) => (typeof cell === 'string' && cell.startsWith('<w:tc') ? cell : tc(cell))))))))
    .join('');
  return docxFromXml(body);
}
