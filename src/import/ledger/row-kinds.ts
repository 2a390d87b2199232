/**
 * What each row under a ledger's header is: a problem, an aspect (一、…方面 across the table, or a numeral with
 * the title merged across the rest), the header again (repeated on a new page), a totals or notes row (合计, 说明,
 * 注), a blank row, or a row the ledger reader cannot place.
 */
import type { TableCell } from '../../read/model.js';
import { foldWidth } from '../width.js';
import type { TableHeader } from './table-header.js';
import { wordsOf } from './table-header.js';
import { headerKey } from './columns.js';

export type RowKind = 'problem' | 'aspect' | 'header' | 'notes' | 'blank' | 'other';

/** A totals or notes row or paragraph: 合计, 说明：, 注：, 填表说明. */
export const NOTES = /^(?:合计|总计|小计|共计|说明|注|备注|填表说明|填报说明|附注)(?:\s*[:：]|\s*$|\s*\d|\s*[一1][、.．])/u;
const ASPECT_NUMERAL = /^\s*[(（]?\s*[一二三四五六七八九十]{1,3}\s*[)）]?\s*[、.．]?\s*$/u;
const ASPECT_TITLE = /^\s*(?:第[一二三四五六七八九十]{1,3}(?:部分|类)|[(（]?[一二三四五六七八九十]{1,3}[)）]?[、.．]?)|方面\s*$/u;
/** Of the row's columns, how many a cell merged across must cover to be an aspect row's title. */
const ACROSS_SHARE = 0.5;

/** The row's kind, from its cells and the header's columns. */
export function rowKind(row: readonly TableCell[], r: number, header: TableHeader, text: string): RowKind {
  const own = row.map((cell, c) => ({ cell, c, words: cell.mergedFrom ? '' : wordsOf(cell, text) })).filter((entry) => entry.words !== '');
  if (own.length === 0) return 'blank';
  if (NOTES.test(foldWidth(own[0].words))) return 'notes';
  if (isHeaderAgain(own, header)) return 'header';
  if (isAspectRow(row, r, own, header)) return 'aspect';
  const feedback = header.columns.indexOf('feedback');
  const problemWords = feedback >= 0 ? row[feedback] : undefined;
  if (problemWords && (wordsOf(problemWords, text) !== '' || problemWords.mergedFrom)) return 'problem';
  return 'other';
}

/** The header repeated on a later page: most of its named columns hold their header words again. */
function isHeaderAgain(own: readonly { c: number; words: string }[], header: TableHeader): boolean {
  const named = header.keys.filter((key) => key !== '').length;
  const same = own.filter(({ c, words }) => header.keys[c] !== '' && headerKey(words) === header.keys[c]).length;
  return same > 0 && same >= Math.ceil(named / 2);
}

/**
 * An aspect row: its words stand in one cell merged across the table (or across all but the numbering column, a
 * numeral standing there), or, where a plain file lost the merge, in one cell that reads as an aspect's title.
 */
function isAspectRow(row: readonly TableCell[], r: number, own: readonly { c: number; words: string }[], header: TableHeader): boolean {
  const width = row.length;
  const across = (c: number) => {
    let span = 1;
    for (let k = c + 1; k < width && row[k].mergedFrom?.row === r && row[k].mergedFrom?.column === c; k++) span++;
    return span;
  };
  const titled = own.filter((entry) => !ASPECT_NUMERAL.test(entry.words));
  const numerals = own.filter((entry) => ASPECT_NUMERAL.test(entry.words));
  if (titled.length !== 1 || numerals.length > 1) return false;
  const title = titled[0];
  if (numerals.length === 1 && header.columns[numerals[0].c] !== 'sequence' && numerals[0].c !== 0) return false;
  if (across(title.c) >= Math.max(2, Math.ceil((width - numerals.length) * ACROSS_SHARE))) return true;
  // Unmerged, the title stands where a row says which problem it is, not in a measure's column ((二)建立台账 there is
  // a second measure on a row of its own).
  const column = header.columns[title.c];
  const rowColumn = title.c === 0 || column === undefined || column === 'sequence' || column === 'aspect' || column === 'feedback';
  return rowColumn && ASPECT_TITLE.test(title.words);
}

/** An aspect row's title and the numeral it gives (一、 → 1), from its titled cell. */
export function aspectTitle(row: readonly TableCell[], text: string): { cell: TableCell; numeral?: string } | undefined {
  const cells = row.filter((cell) => !cell.mergedFrom && wordsOf(cell, text) !== '');
  const titled = cells.find((cell) => !ASPECT_NUMERAL.test(wordsOf(cell, text)));
  const numeral = cells.find((cell) => ASPECT_NUMERAL.test(wordsOf(cell, text)));
  return titled ? { cell: titled, ...(numeral ? { numeral: wordsOf(numeral, text) } : {}) } : undefined;
}
