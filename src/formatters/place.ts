/**
 * Where a finding stands in a file that is not plain text, in the reader's words: a sheet's cell (明细!D7, as
 * Excel names it), a CSV cell (D7), a Word table cell or paragraph, a PDF page and line. One description for every
 * format (stylish, json, sarif, html, csv, junit, checkstyle, github, markdown) and the language server.
 */
import type { SourcePlace, SourceRange } from '../core/source-range.js';
import type { Locale } from '../rule-kit/types.js';

/** The place in words, or undefined when there is none (a plan, a text report: line and column say it all). */
export function describePlace(place: SourcePlace | undefined, locale: Locale): string | undefined {
  if (!place) return undefined;
  const en = locale === 'en';
  if (place.cell) return place.sheet ? `${quoteSheet(place.sheet)}!${place.cell}` : place.cell;
  const cell = place.table !== undefined ? (en ? `table ${place.table} row ${place.row} col ${place.column}` : `表${place.table}第${place.row}行第${place.column}列`) : undefined;
  if (place.page !== undefined) {
    const line = place.pageLine !== undefined ? (en ? ` line ${place.pageLine}` : `第${place.pageLine}行`) : '';
    const page = en ? `page ${place.page}${line}` : `第${place.page}页${line}`;
    return cell ? `${page}${en ? ', ' : '，'}${cell}` : page;
  }
  if (cell) return cell;
  if (place.paragraph !== undefined) return en ? `paragraph ${place.paragraph}` : `第${place.paragraph}段`;
  return undefined;
}

/** `line:column`, and the place after it when there is one: `7:4 明细!D7`. */
export function whereText(range: SourceRange, locale: Locale): string {
  const at = `${range.start.line}:${range.start.column}`;
  const place = describePlace(range.place, locale);
  return place ? `${at} ${place}` : at;
}

/** A sheet name as a formula writes it: quoted when it holds blanks or punctuation ('2024 明细'!D7). */
function quoteSheet(sheet: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`;
}
