/**
 * The ledger reader: tables whose header maps to plan fields are read as problems (see read-ledgers.ts), 汇总
 * tables as declared totals, meeting tables as meetings. It works on the document model's tables, so a Word
 * table, a sheet, a CSV file and a table rebuilt from a PDF page are read alike.
 */
import type { Declared, Meeting, Report } from '../../types/plan.js';
import type { ImportedAspect } from '../assemble.js';
import type { ImportContext } from '../context.js';
import { readDeclared } from '../declared.js';
import type { Span } from '../span.js';
import { SpanMap } from '../spans.js';
import { UNRECOGNIZED, type Unrecognized } from '../unrecognized.js';
import type { SourceDocument } from '../../read/model.js';
import type { Lexicon } from '../lexicon.js';
import { findTables, type DocumentTables } from './find-tables.js';
import { readLedgers } from './read-ledgers.js';
import { readMeetingTable } from './meeting-table.js';
import { mergeRestated } from './restated.js';
import { readPreamble, type PreambleFacts } from './preamble.js';
import { readSummaryTable } from './summary-table.js';


type Plan = { aspects: ImportedAspect[]; report?: Partial<Report>; declared?: Declared; meetings?: Meeting[] } & Unrecognized;

export interface DocumentLedgers extends DocumentTables {
  /** What the lines above the tables say (title, 填报单位, 填报日期). */
  preamble: PreambleFacts;
}

/**
 * The tables the ledger reader reads, and the facts of the lines above them. `consumed` (the stretches to hide
 * from the narrative reader) holds the lines those facts came from too.
 */
export function findLedgers(source: SourceDocument, lexicon: Lexicon): DocumentLedgers {
  const tables = findTables(source, lexicon);
  const preamble = tables.consumed.length > 0 ? readPreamble(source.text, tables.preambles) : { report: {}, spans: new Map(), used: [] };
  return { ...tables, consumed: [...tables.consumed, ...preamble.used].sort((a, b) => a.start - b.start), preamble };
}

/**
 * Adds what the document's tables hold to a plan read from its other words: aspects after the plan's own, declared
 * totals the words did not state, meetings. Returns the rows read (the plan is not empty when only tables hold it).
 */
export function addTables(ctx: ImportContext, plan: Plan, tables: DocumentLedgers): { rows: number } {
  let rows = tables.preamble.used.length;
  if (Object.keys(tables.preamble.report).length > 0) {
    const report = (plan.report ??= {});
    for (const [key, value] of Object.entries(tables.preamble.report) as [keyof Report, never][]) {
      if (report[key] !== undefined) continue;
      report[key] = value;
      ctx.spans.set(['report', key], tables.preamble.spans.get(key)!);
    }
  }
  if (tables.ledgers.length > 0) {
    const read = readLedgers(ctx, plan, tables.ledgers, tables.groups);
    // An annex restating the problems told above fills their blanks instead of listing them twice; its rows are kept
    // whole under x-restated, so no word of the table is lost.
    if (mergeRestated(ctx, plan.aspects, read.aspects, plan.aspects.length)) (plan as { 'x-restated'?: ImportedAspect[] })['x-restated'] = read.aspects;
    else plan.aspects.push(...read.aspects);
    rows += read.rows;
    addNotes(ctx, plan, [...read.notes, ...tables.notes]);
  }
  for (const summary of tables.summaries) {
    const totals = readSummaryTable(ctx, summary);
    rows += totals.rows;
    addDeclared(ctx, plan, totals.declared, totals.spans);
  }
  for (const found of tables.meetings) {
    const read = readMeetingTable(ctx, found, plan.meetings?.length ?? 0);
    rows += read.rows;
    if (read.meetings.length > 0) plan.meetings = [...(plan.meetings ?? []), ...read.meetings];
  }
  return { rows };
}

/** Totals stated in a ledger's 合计, 说明 and 注; a note that states none is kept as unrecognised text. */
function addNotes(ctx: ImportContext, plan: Plan, notes: readonly Span[]): void {
  if (notes.length === 0) return;
  // Read aside: only the totals the plan does not state yet are taken, with their spans.
  const aside = new SpanMap();
  const read = readDeclared({ ...ctx, spans: aside }, notes);
  const found = read.declared ?? {};
  const spans = new Map((Object.keys(found) as (keyof Declared)[]).flatMap((key) => {
    const span = aside.get(['declared', key]);
    return span ? [[key, span] as const] : [];
  }));
  addDeclared(ctx, plan, found, spans);
  for (const note of notes) if (!read.used.some((used) => used.start < note.end && used.end > note.start)) UNRECOGNIZED.keep(ctx, plan, [], note);
}

/** Totals the plan does not state yet; those it states (in its opening words) stand. */
function addDeclared(ctx: ImportContext, plan: Plan, found: Declared, spans: Map<keyof Declared, Span>): void {
  const keys = (Object.keys(found) as (keyof Declared)[]).filter((key) => key !== 'text' && plan.declared?.[key] === undefined);
  if (keys.length === 0) return;
  plan.declared ??= {};
  for (const key of keys) {
    (plan.declared as Record<string, unknown>)[key] = found[key];
    const span = spans.get(key);
    if (span) ctx.spans.set(['declared', key], span);
  }
  if (found.text !== undefined && plan.declared.text === undefined) {
    plan.declared.text = found.text;
    const span = spans.get('text');
    if (span) ctx.spans.set(['declared', 'text'], span);
  }
  const first = spans.values().next().value ?? ctx.spans.get(['declared', keys[0]]);
  if (first) ctx.spans.setDefault(['declared'], first);
}
