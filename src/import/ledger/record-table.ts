/**
 * A table that holds its fields as rows rather than columns: a form for one problem (问题描述 | … / 整改措施 | …,
 * or two pairs a row: 问题描述 | … | 责任领导 | …), or a ledger turned on its side (字段 | 问题1 | 问题2, a problem
 * per column). Each is turned into the ledger a header row would have given (the field names as the header, a
 * problem a row), with the same cells, so the ledger reader reads it as any other ledger and every value keeps
 * its own cell's place.
 */
import type { Span, TableBlock, TableCell } from '../../read/model.js';
import type { FieldId, Lexicon } from '../lexicon.js';
import { columnField, isPlanField } from './columns.js';
import { wordsOf } from './table-header.js';

/** Rows that name a field before a table reads as a form: a header row names its fields in one row (two at most). */
const LEAST_FIELD_ROWS = 3;

interface Pair {
  label: TableCell;
  field: FieldId;
  values: TableCell[];
}

/**
 * The table as a ledger of named columns, when its rows name the fields (at least three rows and most of them, the
 * problem's words among them); undefined otherwise. Rows above the first field that name none (字段 | 内容, 项目 | 问题1)
 * are its caption; those below are `leftover`, words the ledger does not read, to be kept.
 */
export function recordLedger(table: TableBlock, text: string, lexicon: Lexicon): { ledger: TableBlock; leftover: Span[] } | undefined {
  const pairs: Pair[] = [];
  const leftover: Span[] = [];
  let fieldRows = 0;
  let transposed = true;
  let width = 0;
  let rowsWithWords = 0;
  const fields = new Set<FieldId>();
  for (const row of table.rows) {
    const own = row.filter((cell) => !cell.mergedFrom);
    if (own.some((cell) => wordsOf(cell, text) !== '')) rowsWithWords++;
    // A row of a form is pairs from its first cell on: a field's name, then its value (cells up to the next name).
    const rowPairs: Pair[] = [];
    for (const cell of own) {
      const field = columnField(wordsOf(cell, text), lexicon);
      if (isPlanField(field)) {
        if (rowPairs.length > 0 && rowPairs.at(-1)!.values.length === 0) break;
        rowPairs.push({ label: cell, field, values: [] });
      } else if (rowPairs.length > 0) rowPairs.at(-1)!.values.push(cell);
      else break;
    }
    if (rowPairs.some((pair) => pair.values.length === 0)) rowPairs.length = 0;
    if (rowPairs.length === 0) {
      // A row naming no field: above the first field, a caption (字段 | 内容, 项目 | 问题一); below, words to keep.
      const words = own.filter((cell) => wordsOf(cell, text) !== '');
      if (pairs.length > 0 && words.length > 0) leftover.push({ start: words[0].span.start, end: words[words.length - 1].span.end });
      continue;
    }
    fieldRows++;
    for (const pair of rowPairs) fields.add(pair.field);
    if (rowPairs.length > 1) transposed = false;
    width = Math.max(width, rowPairs[0].values.length);
    pairs.push(...rowPairs);
  }
  // Most rows name a field: a ledger's body cell that happens to end in a field's word (明确责任人) makes no form.
  if (fieldRows < LEAST_FIELD_ROWS || fieldRows * 2 < rowsWithWords || !fields.has('feedback') || fields.size < 3) return undefined;
  // A field's name with values in several columns is one of several problems side by side, one a column.
  const problems = transposed ? width : 1;
  const header = pairs.map((pair) => pair.label);
  const body = Array.from({ length: problems }, (_, p) => pairs.map((pair) => (transposed ? (pair.values[p] ?? emptyAt(pair.label)) : pair.values[0])));
  return { ledger: { kind: 'table', span: table.span, rows: [header, ...body], ...(table.name ? { name: table.name } : {}) }, leftover };
}

/** A blank cell where a column of a side-on ledger has no value for a field. */
function emptyAt(label: TableCell): TableCell {
  return { span: { start: label.span.end, end: label.span.end }, paragraphs: [] };
}
