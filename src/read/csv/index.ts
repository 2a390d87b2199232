/**
 * A CSV file as a document: one table, every field on a line of its own in the document's text, each placed at
 * its cell (`D7`, the row being the record's number, as a spreadsheet shows the file) and at its own line and
 * column in the file, so an editor marks the field itself. Decoded as every text file is (UTF-8 with or without
 * BOM, UTF-16 with BOM, GBK as Excel writes it on Chinese Windows); the delimiter is whichever of , ; tab | splits
 * the file most regularly.
 */
import type { LocalizedText } from '../../rule-kit/types.js';
import { cellAddress } from '../cell-address.js';
import { decodeText } from '../decode-text.js';
import { lineParagraphs } from '../line-paragraphs.js';
import type { SourceDocument, Span, TableCell } from '../model.js';
import { PlacedTextBuilder } from '../placed-text.js';
import { recordDelimiter, sniffDelimiter } from './parse.js';
import { readRecords } from './records.js';
import { paddedWidth } from '../padded-width.js';

export type ReadCsv = SourceDocument | { error: LocalizedText; text: string };

export async function readCsv(bytes: Uint8Array): Promise<ReadCsv> {
  const decoded = decodeText(bytes);
  if ('error' in decoded) return { error: decoded.error, text: decoded.validPrefix };
  return csvDocument(decoded.text, decoded.encoding);
}

/**
 * A CSV file's (decoded) text as a document; the language server reads an open file's text with this. Positions
 * count without a leading BOM, as everywhere in the core.
 */
export async function csvDocument(source: string, encoding = 'utf-8'): Promise<ReadCsv> {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lineBreak = recordDelimiter(text);
  const delimiter = sniffDelimiter(text, lineBreak);
  const { records, offsets } = readRecords(text, delimiter, lineBreak);
  const out = new PlacedTextBuilder(text);
  const width = paddedWidth(records.map((record) => record.length));
  const field = (r: number, c: number): Span => {
    const value = records[r][c] ?? '';
    const at = offsets[r]?.[c];
    const place = { cell: cellAddress(r + 1, c + 1) };
    return at ? out.appendFromSource(value, place, at.offset, at.exact) : out.append(value, place);
  };
  const rows: TableCell[][] = records.map((record, r) =>
    Array.from({ length: width }, (_, c): TableCell => {
      // Every field, even an empty one, has a line of its own, so a finding about an empty cell can point at it.
      let span = field(r, c);
      // A record wider than the grid keeps its further fields in its last cell, as the file writes them.
      if (c === width - 1) {
        for (let rest = width; rest < record.length; rest++) {
          out.append(delimiter, { cell: cellAddress(r + 1, rest + 1) });
          span = { start: span.start, end: field(r, rest).end };
        }
      }
      out.newline();
      return { span, paragraphs: [] };
    }),
  );
  const built = out.build();
  // A field may hold several lines (a quoted multi-line cell): each is a paragraph, as a Word cell's are.
  for (const row of rows) for (const cell of row) if (cell.span.end > cell.span.start) cell.paragraphs = lineParagraphs(built.text, cell.span);
  const blocks = rows.length > 0 ? [{ kind: 'table' as const, span: { start: 0, end: built.text.length }, rows }] : [];
  return { format: 'csv', text: built.text, blocks, locate: built.locate, encoding };
}
