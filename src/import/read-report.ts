import type { JsonDocument } from '../core/json-document.js';
import type { SourceRange } from '../core/source-range.js';
import { readDocument } from '../read/index.js';
import type { LocalizedText } from '../rule-kit/types.js';
import { importedDocument } from './document.js';
import { headerTest } from './ledger/table-header.js';
import { Lexicon } from './lexicon.js';
import { importDocument, type ImportedReport, type ImportOptions } from './import-report.js';
import { notAReport } from './report-likeness.js';

export type ReadReport =
  | { imported: ImportedReport; document: JsonDocument; encoding: string }
  /** `text` is what could be read before the trouble, so the error can be placed after it; `range`, where the reader knows the place itself. */
  | { error: LocalizedText; text: string; range?: SourceRange };

/**
 * A report file's bytes (its name decides the format) imported as a plan with its document. No file system.
 * `options.lexicon` is the office's own words for labels and headers (the config's `import`).
 */
export async function readReport(bytes: Uint8Array, fileName: string, options: Pick<ImportOptions, 'lexicon'> = {}): Promise<ReadReport> {
  const source = await readDocument(bytes, fileName, { tableHeader: headerTest(Lexicon.of(options.lexicon)) });
  if ('error' in source) return source;
  // A .txt or .md is any text: a README or a note is said to be no report, not imported as one.
  const notReport = source.format === 'text' || source.format === 'markdown' ? notAReport(source.text) : undefined;
  if (notReport) return { error: notReport, text: '', range: source.locate(0, 0) };
  const imported = importDocument(source, options);
  return { imported, document: importedDocument(imported), encoding: source.encoding };
}
