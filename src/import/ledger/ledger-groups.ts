/**
 * Ledgers split by aspect: a workbook with a sheet per aspect (党的政治建设 | 全面从严治党), or a Word document with a
 * numbered heading over each table (一、党的政治建设方面, then its table) or over the forms of its problems (one
 * table a problem: the forms under one heading share its aspect). When two or more ledgers are so named and
 * none names its aspects itself (no aspect column, no aspect rows), each ledger's problems stand under its name.
 */
import type { Span } from '../../read/model.js';
import { foldWidth } from '../width.js';
import type { FoundTable } from './find-tables.js';
import { rowKind } from './row-kinds.js';

/** What names a ledger's aspect: a sheet's name (placed at the header's problem cell), or a heading's words. */
export interface LedgerGroup {
  /** The sheet's name; a heading's title is read from its words. */
  name?: string;
  span: Span;
}

/** Names a workbook's sheets go by when they are no aspect: Sheet1, 工作表1, 台账, 明细. */
const GENERIC_SHEET = /^(?:sheet|工作表|表|台账|明细|清单|问题清单|整改台账|汇总|附件|附表)\s*\d*$/iu;
/** A heading naming an aspect: numbered 一、/（一）/第一部分, or ending in 方面 (…方面存在的问题). */
const ASPECT_HEADING = /^\s*(?:第[一二三四五六七八九十]{1,3}(?:部分|类|方面)|[(（]?[一二三四五六七八九十]{1,3}[)）]?[、.．])|方面(?:存在的?|的)?(?:问题)?\s*$/u;
const LONGEST_HEADING = 60;

/** Each ledger's group, when the ledgers are split by aspect; empty otherwise. */
export function ledgerGroups(ledgers: readonly FoundTable[], headings: ReadonlyMap<FoundTable, Span>, text: string): Map<FoundTable, LedgerGroup> {
  const groups = new Map<FoundTable, LedgerGroup>();
  for (const found of ledgers) {
    if (!namesNoAspect(found, text)) continue;
    const name = found.table.name?.trim();
    const heading = headings.get(found);
    if (name !== undefined) {
      if (!GENERIC_SHEET.test(name)) groups.set(found, { name, span: found.header.headerCells[found.header.columns.indexOf('feedback')]?.span ?? found.table.span });
    } else if (heading && namesAspect(text.slice(heading.start, heading.end))) groups.set(found, { span: heading });
  }
  const keys = new Set([...groups.values()].map((group) => group.name ?? text.slice(group.span.start, group.span.end).trim()));
  return keys.size >= 2 ? groups : new Map();
}

/** Whether a heading's words name an aspect (一、党的建设方面, 第二部分, …方面存在的问题). */
export function namesAspect(words: string): boolean {
  const folded = foldWidth(words.trim());
  return folded.length <= LONGEST_HEADING && ASPECT_HEADING.test(folded);
}

function namesNoAspect({ table, header }: FoundTable, text: string): boolean {
  if (header.columns.includes('aspect')) return false;
  for (let r = header.bodyRow; r < table.rows.length; r++) if (rowKind(table.rows[r], r, header, text) === 'aspect') return false;
  return true;
}
