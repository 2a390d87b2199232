import type { JsonDocument } from '../core/json-document.js';
import { LineIndex } from '../core/source-range.js';
import type { LocalizedText } from '../rule-kit/types.js';
import type { ImportedReport } from './import-report.js';

export const EMPTY_REPORT: LocalizedText = { zh: '文件为空：没有可导入的报告内容', en: 'the file is empty: there is no report to import' };

/**
 * The imported plan as the core's JsonDocument: `locate` maps a plan path to the report's own line and column
 * (a missing value to its closest imported parent), so every diagnostic lands in the report.
 */
export function importedDocument(imported: ImportedReport): JsonDocument {
  const lines = new LineIndex(imported.text);
  const locate = (path: readonly (string | number)[]) => {
    const span = imported.spans.closest(path) ?? { start: 0, end: 0 };
    return lines.range(span.start, span.end - span.start);
  };
  if (imported.lineCount === 0) return { value: undefined, syntaxError: { message: EMPTY_REPORT, range: lines.range(0, 0) }, duplicateKeys: [], locate };
  // A JSON round trip, so rules see exactly what `rectlint import` writes.
  return { value: JSON.parse(JSON.stringify(imported.plan)), duplicateKeys: [], locate };
}
