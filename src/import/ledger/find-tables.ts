/**
 * The tables of a document the ledger reader reads: ledgers (a table without a header of its own right after a
 * ledger, as wide as it, continues it), 汇总 tables and meeting tables. What it reads, from each header down, is
 * hidden from the narrative reader; the rows above a header (a sheet's title, 填报单位 and 填报日期) are left to it.
 */
import type { SourceDocument, Span, TableBlock } from '../../read/model.js';
import type { Lexicon } from '../lexicon.js';
import { parseCount } from '../chinese-numbers.js';
import { foldWidth } from '../width.js';
import { ledgerGroups, namesAspect, type LedgerGroup } from './ledger-groups.js';
import { recordLedger } from './record-table.js';
import { NOTES } from './row-kinds.js';
import { findHeader, type TableHeader } from './table-header.js';

export interface FoundTable {
  table: TableBlock;
  header: TableHeader;
  /** A form's number from the heading over it (问题1, 问题二, 第3个问题), for a form that prints none itself. */
  number?: { value: string; span: Span };
}

/** A heading that only numbers the problem under it: 问题1, 问题一：, 问题（2）, 第3个问题, 第四项问题, or a bare 1. / （2）. */
const PROBLEM_NUMBER = /^(?:问题\s*[（(]?\s*([0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]?|第\s*([0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*(?:个|项|条)?问题|[（(]?\s*([0-9]{1,3})\s*[)）]?\s*[.．、]?)\s*[:：]?$/u;

/** The number a heading gives the form under it, in digits, with the heading's place. */
function formNumber(text: string, heading: Span | undefined): { value: string; span: Span } | undefined {
  if (!heading) return undefined;
  const match = PROBLEM_NUMBER.exec(foldWidth(text.slice(heading.start, heading.end)).trim());
  const numeral = match?.[1] ?? match?.[2] ?? match?.[3];
  const value = numeral === undefined ? undefined : parseCount(numeral)?.toString();
  return value === undefined ? undefined : { value, span: heading };
}

export interface DocumentTables {
  ledgers: FoundTable[];
  /** Paragraphs right under a ledger that state its totals or notes (说明：本台账共3个方面8个问题…, 注：…). */
  notes: Span[];
  summaries: FoundTable[];
  meetings: FoundTable[];
  /** The stretches of the text read here, from each header to its table's end. */
  consumed: Span[];
  /** What stands above each table's header: the document's opening before the first, a sheet's title and 填报 rows. */
  preambles: Span[];
  /** Each ledger's aspect when the ledgers are split by aspect (a sheet or a heading each). */
  groups: Map<FoundTable, LedgerGroup>;
}

export function findTables(source: SourceDocument, lexicon: Lexicon): DocumentTables {
  const found: DocumentTables = { ledgers: [], notes: [], summaries: [], meetings: [], consumed: [], preambles: [], groups: new Map() };
  const headings = new Map<FoundTable, Span>();
  let above: Span | undefined;
  // The last heading naming an aspect (一、党的建设方面): forms of one problem each stand under it, with their own
  // number (1.) between it and the form.
  let aspectHeading: Span | undefined;
  let lastLedger: FoundTable | undefined;
  let underLedger = false;
  for (const block of source.blocks) {
    if (block.kind === 'paragraph') {
      const words = source.text.slice(block.span.start, block.span.end).trim();
      if (words === '') continue;
      above = block.span;
      if (namesAspect(words)) aspectHeading = block.span;
      lastLedger = undefined;
      underLedger &&= NOTES.test(foldWidth(words));
      if (underLedger) {
        found.notes.push(block.span);
        found.consumed.push(block.span);
      }
      continue;
    }
    if (block.rows.length === 0) continue;
    const heading = above;
    above = undefined;
    // A form for one problem, or a ledger on its side: read as the ledger it stands for, over the whole table.
    const record = recordLedger(block, source.text, lexicon);
    const recordHeader = record && findHeader(record.ledger, source.text, lexicon);
    if (record && recordHeader?.kind === 'ledger') {
      // A heading that only numbers the form (问题1) is its 序号: read here, not left over as words.
      // What stands above the first table is the document's opening (its title), even over a form's number.
      found.preambles.push({ start: found.consumed.length === 0 ? 0 : block.span.start, end: block.span.start });
      const number = formNumber(source.text, heading);
      if (number) found.consumed.push(number.span);
      const form: FoundTable = { table: record.ledger, header: recordHeader, ...(number ? { number } : {}) };
      found.ledgers.push(form);
      if (aspectHeading) headings.set(form, aspectHeading);
      // Kept as notes: totals they state are read, other words kept as unrecognised.
      found.notes.push(...record.leftover);
      found.consumed.push(block.span);
      lastLedger = undefined;
      underLedger = true;
      continue;
    }
    const header = findHeader(block, source.text, lexicon);
    // Right after a ledger, a table as wide with no header, or under the same header repeated, goes on with it (the
    // ledger's next page): one table, so a row the page broke continues across it. A sheet is a table of its own.
    if (lastLedger && block.name === undefined && lastLedger.header.columns.length === block.rows[0].length && (!header || sameHeader(header, lastLedger.header))) {
      lastLedger.table = appendRows(lastLedger.table, block);
      found.consumed.push(block.span);
      continue;
    }
    if (!header) {
      lastLedger = undefined;
      underLedger = false;
      continue;
    }
    const table = { table: block, header };
    underLedger = header.kind === 'ledger';
    if (header.kind === 'ledger') {
      found.ledgers.push((lastLedger = table));
      if (heading) headings.set(table, heading);
    }
    else {
      lastLedger = undefined;
      (header.kind === 'summary' ? found.summaries : found.meetings).push(table);
    }
    const headerStart = block.rows[header.firstRow]?.[0]?.span.start ?? block.span.start;
    found.preambles.push({ start: found.consumed.length === 0 ? 0 : block.span.start, end: headerStart });
    found.consumed.push({ start: headerStart, end: block.span.end });
  }
  found.groups = ledgerGroups(found.ledgers, headings, source.text);
  // A heading read as its ledger's aspect is the ledger reader's, not the narrative's.
  for (const group of found.groups.values()) if (group.name === undefined) found.consumed.push(group.span);
  return found;
}

function sameHeader(a: TableHeader, b: TableHeader): boolean {
  return a.kind === b.kind && a.keys.length === b.keys.length && a.keys.every((key, c) => key === b.keys[c]);
}

/** A table with another's rows below its own, merged areas pointing at the same cells as before. */
function appendRows(table: TableBlock, next: TableBlock): TableBlock {
  const offset = table.rows.length;
  const moved = next.rows.map((row) => row.map((cell) => (cell.mergedFrom ? { ...cell, mergedFrom: { row: cell.mergedFrom.row + offset, column: cell.mergedFrom.column } } : cell)));
  return { ...table, span: { start: table.span.start, end: next.span.end }, rows: [...table.rows, ...moved] };
}
