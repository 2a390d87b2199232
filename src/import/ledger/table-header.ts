/**
 * Which tables are ledgers: a table whose header row (or two rows, a group such as 责任落实 over 责任领导/责任部门/
 * 责任人) names a problem column and at least two more plan fields. A 汇总 table's header names counts (问题数,
 * 已完成, 完成率), a meeting table's a meeting and its date. Anything else (a budget, a staff list) is no ledger and
 * stays with the narrative reader.
 */
import type { ColumnRole, HeaderTest } from '../../read/pdf/aligned-header.js';
import type { TableBlock, TableCell } from '../../read/model.js';
import type { FieldId, Lexicon } from '../lexicon.js';
import { columnField, headerKey, isCountField, isPlanField, type ColumnField } from './columns.js';

export type TableKind = 'ledger' | 'summary' | 'meetings';

export interface TableHeader {
  kind: TableKind;
  /** The header's first row and the row after its last. */
  firstRow: number;
  bodyRow: number;
  /** The field of each grid column (undefined: a column no header names). */
  columns: (ColumnField | undefined)[];
  /** The header cell of each column (its lowest own cell), for the column's words and place. */
  headerCells: (TableCell | undefined)[];
  /** Each column's header words, folded as matched: a body row repeating them is the header repeated on a new page. */
  keys: string[];
  /**
   * The second field of a column whose header joins two (整改时限及完成情况: status) when no column of its own names
   * it: its cells hold both (see joined-cells.ts).
   */
  joined: (FieldId | undefined)[];
}

/** Rows a header may stand below: a title, a 填报单位 line, a blank row or two. */
const HEADER_SEARCH_ROWS = 12;
/** Fields besides the problem's own words that a ledger header names at least. */
const LEDGER_FIELDS_BESIDES_PROBLEM = 2;

/** The header of a ledger, 汇总 or meeting table, or undefined for any other table. */
export function findHeader(table: TableBlock, text: string, lexicon: Lexicon): TableHeader | undefined {
  const rows = table.rows;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const fields = rowFields(rows, r, text, lexicon);
    // A two-level header names some fields only in its second row (责任领导 under 责任落实).
    if (fields.some((f) => f !== undefined) && r + 1 < rows.length && isSecondHeaderRow(rows, r, r + 1, text, lexicon)) fields.push(...rowFields(rows, r + 1, text, lexicon));
    const kind = kindOf(fields.filter((f): f is ColumnField => f !== undefined));
    if (!kind) continue;
    return headerFrom(table, text, r, kind, lexicon);
  }
  return undefined;
}

/** The field each cell of a row names (a continued cell names nothing of its own). */
function rowFields(rows: readonly TableCell[][], r: number, text: string, lexicon: Lexicon): (ColumnField | undefined)[] {
  return rows[r].map((cell) => (cell.mergedFrom ? undefined : columnField(wordsOf(cell, text), lexicon)));
}

/**
 * The lexicon's reading of a row of header words, for a reader that finds tables by their header (a PDF printed
 * without borders): which cell numbers the rows and which holds a row's main words, or undefined when the words
 * head no table this reader reads.
 */
export function headerTest(lexicon: Lexicon): HeaderTest {
  return (cells) => {
    const fields = cells.map((words) => columnField(words, lexicon));
    const kind = kindOf(fields.filter((f): f is ColumnField => f !== undefined));
    if (!kind) return undefined;
    const main = kind === 'ledger' ? 'feedback' : kind === 'meetings' ? 'meeting-name' : undefined;
    return fields.map((field): ColumnRole | undefined => (field === undefined || field === 'group' ? undefined : field === 'sequence' ? 'number' : field === main ? 'main' : 'field'));
  };
}

function kindOf(fields: readonly ColumnField[]): TableKind | undefined {
  const distinct = new Set(fields);
  const ledger = [...distinct].filter(isPlanField);
  if (distinct.has('feedback') && ledger.filter((f) => f !== 'feedback' && f !== 'sequence' && f !== 'aspect').length >= LEDGER_FIELDS_BESIDES_PROBLEM) return 'ledger';
  if ([...distinct].filter(isCountField).length >= 2) return 'summary';
  if (distinct.has('meeting-date') && (distinct.has('meeting-name') || distinct.has('meeting-topics'))) return 'meetings';
  return undefined;
}

/**
 * The header from its first row: a second row joins it when its cells name fields under a group (责任落实) or
 * under cells merged down from the first row, and nothing else. Each column takes the lowest field named above it.
 */
function headerFrom(table: TableBlock, text: string, firstRow: number, kind: TableKind, lexicon: Lexicon): TableHeader {
  const rows = table.rows;
  const width = rows[firstRow].length;
  const columns: (ColumnField | undefined)[] = new Array(width).fill(undefined);
  const headerCells: (TableCell | undefined)[] = new Array(width).fill(undefined);
  const take = (r: number) => {
    for (let c = 0; c < width; c++) {
      const cell = rows[r][c];
      const own = cell.mergedFrom ? undefined : cell;
      const field = own ? columnField(wordsOf(own, text), lexicon) : undefined;
      if (field && field !== 'group') {
        columns[c] = field;
        headerCells[c] = own;
      } else if (own && !headerCells[c] && wordsOf(own, text) !== '') headerCells[c] = own;
    }
  };
  take(firstRow);
  let bodyRow = firstRow + 1;
  if (bodyRow < rows.length && isSecondHeaderRow(rows, firstRow, bodyRow, text, lexicon)) {
    take(bodyRow);
    bodyRow++;
  }
  // A header cell spanning columns (佐证材料 over two) names each of them.
  for (let c = 1; c < width; c++) {
    const origin = rows[firstRow][c].mergedFrom;
    if (!columns[c] && origin && origin.row === firstRow && columns[origin.column] !== 'group') columns[c] = columns[origin.column];
  }
  disambiguateDates(columns, headerCells, text);
  const keys = columns.map((_, c) => headerKey(headerCells[c] ? wordsOf(headerCells[c]!, text) : ''));
  const joined = columns.map((field, c) => {
    const second = isPlanField(field) && headerCells[c] ? lexicon.joinedFields(wordsOf(headerCells[c]!, text))?.[1] : undefined;
    return second !== undefined && !columns.includes(second) ? second : undefined;
  });
  return { kind, firstRow, bodyRow, columns, headerCells, keys, joined };
}

/** A second header row: every own cell is short and names a field or a group, at least one a field. */
function isSecondHeaderRow(rows: readonly TableCell[][], firstRow: number, r: number, text: string, lexicon: Lexicon): boolean {
  let named = 0;
  for (let c = 0; c < rows[r].length; c++) {
    const cell = rows[r][c];
    if (cell.mergedFrom) continue;
    const words = wordsOf(cell, text);
    if (words === '') continue;
    const field = columnField(words, lexicon);
    if (!field) return false;
    // Under a cell of the first row that names a field of its own and is not merged down, it is data, not a header.
    const above = rows[firstRow][c];
    const aboveField = above.mergedFrom ? undefined : columnField(wordsOf(above, text), lexicon);
    if (aboveField && aboveField !== 'group' && aboveField !== field) return false;
    named++;
  }
  return named > 0;
}

/** 完成时间 next to 完成时限 is the date the work was done, not the deadline. */
function disambiguateDates(columns: (ColumnField | undefined)[], headerCells: readonly (TableCell | undefined)[], text: string): void {
  const deadlines = columns.flatMap((field, c) => (field === 'deadline' ? [c] : []));
  if (deadlines.length < 2) return;
  for (const c of deadlines) if (/完成时间|完成日期/u.test(headerKey(wordsOf(headerCells[c]!, text)))) columns[c] = 'completion';
}

/** A cell's words, trimmed. */
export function wordsOf(cell: TableCell, text: string): string {
  return text.slice(cell.span.start, cell.span.end).trim();
}
