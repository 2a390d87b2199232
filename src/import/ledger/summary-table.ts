/**
 * A 汇总 table (问题类别 | 问题数 | 已完成 | 正在推进 | 完成率, with a 合计 row) as the totals the unit declares:
 * the 合计 row's cells, or the sum of the category rows when there is none. Its rows are never problems.
 */
import type { Declared } from '../../types/plan.js';
import type { ImportContext } from '../context.js';
import type { Span } from '../span.js';
import { foldWidth } from '../width.js';
import type { CountField } from './columns.js';
import type { FoundTable } from './find-tables.js';
import { rowKind } from './row-kinds.js';
import { wordsOf } from './table-header.js';

type CountKey = 'problems' | 'measures' | 'completed' | 'inProgress' | 'basicallyDone' | 'ongoing' | 'notDone';

const KEYS: Record<Exclude<CountField, 'count-rate'>, CountKey> = {
  'count-problems': 'problems',
  'count-measures': 'measures',
  'count-completed': 'completed',
  'count-inProgress': 'inProgress',
  'count-basicallyDone': 'basicallyDone',
  'count-ongoing': 'ongoing',
  'count-notDone': 'notDone',
};

const TOTAL_ROW = /^(?:合计|总计|共计|总数)/u;

export interface SummaryTotals {
  declared: Declared;
  spans: Map<keyof Declared, Span>;
  rows: number;
}

export function readSummaryTable(ctx: ImportContext, found: FoundTable): SummaryTotals {
  const { table, header } = found;
  const body = table.rows.slice(header.bodyRow).filter((row, i) => rowKind(row, header.bodyRow + i, header, ctx.text) !== 'blank');
  const total = body.find((row) => row.some((cell) => !cell.mergedFrom && TOTAL_ROW.test(foldWidth(wordsOf(cell, ctx.text)))));
  const declared: Declared = {};
  const spans = new Map<keyof Declared, Span>();
  header.columns.forEach((field, c) => {
    if (!field?.startsWith('count-')) return;
    const rows = total ? [total] : body;
    const cells = rows.map((row) => row[c]).filter((cell) => cell && !cell.mergedFrom);
    if (cells.length === 0) return;
    if (field === 'count-rate') {
      const rate = /(?<!\d)(\d+(?:\.\d+)?)\s*%/u.exec(foldWidth(wordsOf(cells[0], ctx.text)));
      if (total && rate) {
        declared.completionRate = `${rate[1]}%`;
        spans.set('completionRate', cells[0].span);
      }
      return;
    }
    const numbers = cells.map((cell) => Number(foldWidth(wordsOf(cell, ctx.text)).replace(/[个项条件\s]/gu, '')));
    if (numbers.some((n) => !Number.isInteger(n) || n < 0)) return;
    const key = KEYS[field as Exclude<CountField, 'count-rate'>];
    declared[key] = numbers.reduce((a, b) => a + b, 0);
    spans.set(key, total ? cells[0].span : { start: cells[0].span.start, end: cells[cells.length - 1].span.end });
  });
  return { declared, spans, rows: body.length };
}
