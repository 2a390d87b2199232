/**
 * A meeting table (会议情况统计表: 会议名称, 召开时间, 参会人员, 议题) as the meetings held: one a row with a date.
 * Its rows are never problems, aspects or responsible parties.
 */
import type { Meeting } from '../../types/plan.js';
import type { ImportContext } from '../context.js';
import { findDates } from '../dates.js';
import type { Span } from '../span.js';
import type { FoundTable } from './find-tables.js';
import { rowKind } from './row-kinds.js';
import { wordsOf } from './table-header.js';

export function readMeetingTable(ctx: ImportContext, found: FoundTable, firstIndex: number): { meetings: Meeting[]; rows: number } {
  const { table, header } = found;
  const name = header.columns.indexOf('meeting-name');
  const topics = header.columns.indexOf('meeting-topics');
  const date = header.columns.indexOf('meeting-date');
  const meetings: Meeting[] = [];
  let rows = 0;
  for (let r = header.bodyRow; r < table.rows.length; r++) {
    const row = table.rows[r];
    const kind = rowKind(row, r, header, ctx.text);
    if (kind === 'blank' || kind === 'header') continue;
    rows++;
    const dateCell = row[date];
    const when = findDates(ctx.folded.slice(dateCell.span.start, dateCell.span.end), dateCell.span.start).find((mention) => mention.form === 'day');
    const iso = when ? ctx.years.iso(when, 'start') : undefined;
    const titleCell = row[name >= 0 ? name : topics];
    const title = titleCell ? wordsOf(titleCell, ctx.text) : '';
    if (!iso || !when || title === '') continue;
    const path = ['meetings', firstIndex + meetings.length];
    const titleSpan: Span = titleCell.span;
    ctx.spans.set(path, titleSpan);
    ctx.spans.set([...path, 'date'], when.span);
    ctx.spans.set([...path, 'kind'], titleSpan);
    ctx.spans.set([...path, 'title'], titleSpan);
    meetings.push({ date: iso, kind: title, title });
  }
  return { meetings, rows };
}
