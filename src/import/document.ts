import type { JsonDocument } from '../core/json-document.js';
import { LineIndex } from '../core/source-range.js';
import type { LocalizedText } from '../rule-kit/types.js';
import { importDocument, importReport, type ImportedReport, type ImportOptions } from './import-report.js';

export const EMPTY_REPORT: LocalizedText = { zh: '文件为空：没有可导入的报告内容', en: 'the file is empty: there is no report to import' };

/**
 * The imported plan as the core's JsonDocument: `locate` maps a plan path to the report's own line and column
 * (a missing value to its closest imported parent), so every diagnostic lands in the report, with its place in
 * the file (a paragraph, a table cell) for documents that are not plain text.
 */
export function importedDocument(imported: ImportedReport): JsonDocument {
  const locate = (path: readonly (string | number)[]) => {
    const span = imported.spans.closest(path) ?? { start: 0, end: 0 };
    return imported.source.locate(span.start, span.end);
  };
  if (imported.lineCount === 0) return { value: undefined, syntaxError: { message: EMPTY_REPORT, range: imported.source.locate(0, 0) }, duplicateKeys: [], locate };
  // A JSON round trip, so rules see exactly what `rectlint import` writes.
  return { value: JSON.parse(JSON.stringify(imported.plan)), duplicateKeys: [], locate, imported: true };
}

/**
 * A CSV report's text (already decoded, as an editor holds it) as the document the core lints, every finding on
 * its cell's own line and column; text that is not CSV is a syntax error where it stops being one.
 */
export async function csvReportDocument(text: string, options: Pick<ImportOptions, 'lexicon'> = {}): Promise<JsonDocument> {
  const read = await (await import('../read/csv/index.js')).csvDocument(text);
  if ('error' in read) {
    const end = new LineIndex(read.text).position(read.text.length);
    return { value: undefined, syntaxError: { message: read.error, range: { start: end, end } }, duplicateKeys: [], locate: () => ({ start: end, end }) };
  }
  return importedDocument(importDocument(read, options));
}

/** A report's text (already decoded) as the document the core lints. */
export function reportDocument(text: string, format: 'text' | 'markdown', options: Pick<ImportOptions, 'lexicon'> = {}): JsonDocument {
  return importedDocument(importReport(text, { ...options, markdown: format === 'markdown' }));
}
