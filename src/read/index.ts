/**
 * Readers: a file's bytes to a SourceDocument (its words, blocks and places), one small module per format.
 * Pure apart from loading a format's library on first use; no file system.
 */
import type { LocalizedText } from '../rule-kit/types.js';
import { reportFormat } from '../import/report-files.js';
import { decodeText } from './decode-text.js';
import type { SourceDocument } from './model.js';
import { textDocument } from './text.js';

export type ReadDocument = SourceDocument | { error: LocalizedText; /** What could be read before the trouble, so the error can be placed after it. */ text: string };

/** Reads a report file's bytes; its name decides the format. */
export async function readDocument(bytes: Uint8Array, fileName: string): Promise<ReadDocument> {
  const format = reportFormat(fileName);
  if (format === 'docx') {
    const read = await (await import('./docx/index.js')).readDocx(bytes);
    return 'error' in read ? { error: read.error, text: '' } : read;
  }
  const decoded = decodeText(bytes);
  if ('error' in decoded) return { error: decoded.error, text: decoded.validPrefix };
  return textDocument(decoded.text, format === 'markdown' ? 'markdown' : 'text', decoded.encoding);
}

export type { Block, DocumentFormat, ListMark, ParagraphBlock, SourceDocument, Span, TableBlock, TableCell } from './model.js';
export { textDocument } from './text.js';
