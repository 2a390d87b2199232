/**
 * A stored file as the unit view shows it: the very text the check's positions index (a plan's JSON; for a
 * report, the reader's text, in which a Word paragraph or a table cell stands on a line of its own) and, for a
 * report, its blocks, so a table is shown as a table. A reader that brings a new layout (a sheet's rows) shows up
 * here without change, as tables of cells.
 */
import { decodeUtf8 } from '../../decode.js';
import { fileFormat } from '../../import/report-files.js';
import type { Block } from '../../read/model.js';

export interface ViewDocument {
  text: string;
  /** Paragraphs and tables in reading order; absent for plan JSON, which is shown line by line. */
  blocks?: readonly Block[];
}

export async function viewDocument(bytes: Uint8Array, fileName: string): Promise<ViewDocument> {
  if (fileFormat(fileName) === 'json') {
    const decoded = decodeUtf8(bytes);
    return { text: 'text' in decoded ? decoded.text : decoded.validPrefix };
  }
  // The readers load only when a report is shown.
  const { readDocument } = await import('../../read/index.js');
  const read = await readDocument(bytes, fileName);
  return 'error' in read ? { text: read.text } : { text: read.text, blocks: read.blocks };
}
