/**
 * Readers: a file's bytes to a SourceDocument (its words, blocks and places), one small module per format.
 * Pure apart from loading a format's library on first use; no file system.
 */
import type { SourceRange } from '../core/source-range.js';
import type { LocalizedText } from '../rule-kit/types.js';
import { reportFormat, type ReportFormat } from '../import/report-files.js';
import { decodeText } from './decode-text.js';
import type { SourceDocument } from './model.js';
import type { HeaderTest } from './pdf/aligned-header.js';
import { textDocument } from './text.js';

export type ReadDocument =
  | SourceDocument
  | {
      error: LocalizedText;
      /** What could be read before the trouble, so the error can be placed after it. */
      text: string;
      /** Where the trouble is, when the reader knows it in the file's own terms (a sheet's row, a PDF page). */
      range?: SourceRange;
    };

export interface ReadOptions {
  /**
   * Which printed lines head a table (the importer's lexicon), for a PDF whose tables are printed without borders;
   * the built-in lexicon's when not given.
   */
  tableHeader?: HeaderTest;
}

type Reader = (bytes: Uint8Array, options: ReadOptions) => Promise<ReadDocument>;

/** The readers of the binary and tabular formats, each loaded on first use: checking JSON plans never loads one. */
const READERS: Partial<Record<ReportFormat, Reader>> = {
  docx: async (bytes) => {
    const read = await (await import('./docx/index.js')).readDocx(bytes);
    return 'error' in read ? { error: read.error, text: '' } : read;
  },
  csv: async (bytes) => (await import('./csv/index.js')).readCsv(bytes),
  xlsx: async (bytes) => (await import('./xlsx/index.js')).readXlsx(bytes),
  pdf: async (bytes, options) => (await import('./pdf/index.js')).readPdf(bytes, { tableHeader: options.tableHeader ?? (await builtInHeaderTest()) }),
  // Converted to .docx by the front end (src/convert), which the reader here cannot do without a file system.
  doc: async () => ({ error: { zh: '.doc 与 .wps 文件需先转换为 .docx 再读取', en: 'a .doc or .wps file is converted to .docx before it is read' }, text: '' }),
};

async function builtInHeaderTest(): Promise<HeaderTest> {
  const [{ headerTest }, { Lexicon }] = await Promise.all([import('../import/ledger/table-header.js'), import('../import/lexicon.js')]);
  return headerTest(Lexicon.of());
}

/** Reads a report file's bytes; its name decides the format. */
export async function readDocument(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ReadDocument> {
  const format = reportFormat(fileName);
  const reader = format ? READERS[format] : undefined;
  if (reader) return reader(bytes, options);
  const decoded = decodeText(bytes);
  if ('error' in decoded) return { error: decoded.error, text: decoded.validPrefix };
  return textDocument(decoded.text, format === 'markdown' ? 'markdown' : 'text', decoded.encoding);
}

export type { Block, DocumentFormat, ListMark, ParagraphBlock, SourceDocument, Span, TableBlock, TableCell } from './model.js';
export { textDocument } from './text.js';
