import type { JsonDocument } from '../core/json-document.js';
import type { LocalizedText } from '../rule-kit/types.js';
import { decodeReport } from './decode-report.js';
import { importedDocument } from './document.js';
import { readDocxText } from './docx.js';
import { importReport, type ImportedReport } from './import-report.js';
import { reportFormat } from './report-files.js';

export type ReadReport =
  | { imported: ImportedReport; document: JsonDocument; encoding: string }
  /** `text` is what could be read before the trouble, so the error can be placed after it. */
  | { error: LocalizedText; text: string };

/** A report file's bytes (its name decides the format) imported as a plan with its document. No file system. */
export async function readReport(bytes: Uint8Array, fileName: string): Promise<ReadReport> {
  const format = reportFormat(fileName);
  let text: string;
  let encoding: string;
  if (format === 'docx') {
    const read = await readDocxText(bytes);
    if ('error' in read) return { error: read.error, text: '' };
    text = read.text;
    encoding = 'docx';
  } else {
    const decoded = decodeReport(bytes);
    if ('error' in decoded) return { error: decoded.error, text: decoded.validPrefix };
    text = decoded.text;
    encoding = decoded.encoding;
  }
  const imported = importReport(text, { markdown: format === 'markdown' });
  return { imported, document: importedDocument(imported), encoding };
}
