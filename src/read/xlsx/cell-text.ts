/**
 * A spreadsheet cell's value as the sheet shows it: text as written, a date in its number format (a 完成时限 cell
 * formatted yyyy"年"m"月"d"日" reads 2024年1月31日, as the importer's date grammar expects), a percentage with
 * its decimals (0.70588 formatted 0.00% reads 70.59%), a formula by its result.
 */
import type { CellValue } from 'exceljs';
import { trimEndMatching } from '../../core/trim-end.js';

export function cellText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return formatDate(value, numFmt);
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return formatNumber(value, numFmt);
    case 'boolean':
      return value ? 'TRUE' : 'FALSE';
    default:
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: CellValue | { error: string } }).result;
    return result === undefined ? '' : cellText(result as CellValue, numFmt);
  }
  if ('hyperlink' in value) {
    const text = (value as { text?: unknown }).text;
    return typeof text === 'string' ? text : text && typeof text === 'object' && 'richText' in text ? cellText(text as CellValue, numFmt) : String(value.hyperlink);
  }
  return '';
}

/** A date cell's (or a formula's date result's) ISO date. */
export function dateOf(value: CellValue): string | undefined {
  const date = value instanceof Date ? value : value && typeof value === 'object' && 'result' in value && value.result instanceof Date ? value.result : undefined;
  if (!date || Number.isNaN(date.getTime())) return undefined;
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** A number as its format shows it: a percentage with the format's decimals, fixed decimals, else as written. */
export function formatNumber(value: number, numFmt: string | undefined): string {
  const format = sectionOf(numFmt);
  const decimals = /\.(0+)/u.exec(format)?.[1].length;
  if (format.includes('%')) return `${(value * 100).toFixed(decimals ?? 0)}%`;
  if (decimals !== undefined) return value.toFixed(decimals);
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}

/** The first section of a number format (positive numbers), without colours, locales and quoted literals' quotes kept. */
function sectionOf(numFmt: string | undefined): string {
  if (!numFmt) return '';
  let out = '';
  let quoted = false;
  for (const char of numFmt) {
    if (char === '"') quoted = !quoted;
    if (char === ';' && !quoted) break;
    out += char;
  }
  return out.replace(/\[[^[\]]*\]/gu, '');
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * A date in its format's year, month and day tokens (yyyy, yy, m, mm, d, dd), keeping the literals between them
 * (年月日, / - .). A format with no date token (a date typed into a General cell) gives ISO YYYY-MM-DD.
 */
export function formatDate(date: Date, numFmt: string | undefined): string {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  const format = sectionOf(numFmt);
  if (!/[yd]/iu.test(format)) return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
  let out = '';
  let literal = false;
  let time = false;
  for (let i = 0; i < format.length; ) {
    const char = format[i];
    if (char === '"') {
      literal = !literal;
      i++;
      continue;
    }
    if (literal) {
      out += char;
      i++;
      continue;
    }
    if (char === '\\') {
      out += format[i + 1] ?? '';
      i += 2;
      continue;
    }
    const run = /^(y+|m+|d+|h+|s+|a+)/iu.exec(format.slice(i))?.[0];
    if (!run) {
      if (!'_*'.includes(char)) out += char;
      i++;
      continue;
    }
    const token = run.toLowerCase();
    // A time of day on a date cell (h:mm, the m being minutes) is not part of a deadline: not shown.
    if ('hsa'.includes(token[0]) || (token[0] === 'm' && time)) {
      time = true;
      i += run.length;
      continue;
    }
    if (token[0] === 'y') out += token.length <= 2 ? pad(y % 100, 2) : String(y);
    else if (token[0] === 'm') out += token.length >= 2 ? pad(m, 2) : String(m);
    else if (token[0] === 'd') out += token.length >= 3 ? '' : token.length === 2 ? pad(d, 2) : String(d);
    i += run.length;
  }
  return trimEndMatching(out, /[\s:：]/u).trim() || `${y}-${pad(m, 2)}-${pad(d, 2)}`;
}
