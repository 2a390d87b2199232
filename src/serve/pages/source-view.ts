/**
 * The document with each finding marked where it stands: every line numbered (an anchor `#L<n>`, as findings
 * link to), the stretch a finding covers highlighted by offset into the same text the check placed it in, and a
 * finding at a point (a missing field) shown as a caret. A table of the document is drawn as a table (merged cells
 * spanning), its cells marked the same way. Text is escaped piece by piece; no document text becomes markup.
 */
import { html, type SafeHtml } from '../../formatters/html/escape.js';
import type { DiagnosticSeverity } from '../../rule-kit/types.js';
import type { Block, TableBlock } from '../../read/model.js';
import type { ViewDocument } from '../document/view-document.js';

export interface SourceMark {
  start: number;
  end: number;
  severity: DiagnosticSeverity;
  /** The finding's number in the list beside the document. */
  number: number;
  message: string;
}

const RANK: Record<DiagnosticSeverity, number> = { error: 3, warn: 2, info: 1 };

interface Line {
  start: number;
  /** Where its text ends (before the line break). */
  end: number;
}

/** Lines as the check counts them: broken at \n, \r\n or a lone \r. */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n?|\n/gu;
  let start = 0;
  for (;;) {
    const found = breaks.exec(text);
    if (!found) break;
    lines.push({ start, end: found.index });
    start = breaks.lastIndex;
  }
  lines.push({ start, end: text.length });
  return lines;
}

function lineIndexOf(lines: readonly Line[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Marks by the line they touch; a mark running over several lines is on each. */
function marksByLine(lines: readonly Line[], marks: readonly SourceMark[]): Map<number, SourceMark[]> {
  const byLine = new Map<number, SourceMark[]>();
  for (const mark of marks) {
    const first = lineIndexOf(lines, mark.start);
    const last = mark.end > mark.start ? lineIndexOf(lines, mark.end - 1) : first;
    for (let i = first; i <= last; i++) byLine.set(i, [...(byLine.get(i) ?? []), mark]);
  }
  return byLine;
}

function worst(marks: readonly SourceMark[]): DiagnosticSeverity {
  return marks.reduce<DiagnosticSeverity>((w, m) => (RANK[m.severity] > RANK[w] ? m.severity : w), 'info');
}

function markTitle(marks: readonly SourceMark[]): string {
  return marks.map((m) => `${m.number}. ${m.message}`).join('\n');
}

/** One line's text with its marks: cut where a mark starts or ends, each stretch escaped on its own. */
function lineContent(text: string, line: Line, marks: readonly SourceMark[]): SafeHtml {
  const cuts = new Set([line.start, line.end]);
  for (const m of marks) {
    if (m.start > line.start && m.start < line.end) cuts.add(m.start);
    if (m.end > line.start && m.end < line.end) cuts.add(m.end);
  }
  const points = marks.filter((m) => m.end <= m.start);
  const sorted = [...cuts].sort((a, b) => a - b);
  const parts: SafeHtml[] = [];
  const caret = (at: number) => {
    const here = points.filter((m) => Math.min(Math.max(m.start, line.start), line.end) === at);
    if (here.length) parts.push(html`<mark class="point sev-${worst(here)}" data-f="${here.map((m) => m.number).join(' ')}" title="${markTitle(here)}">▾</mark>`);
  };
  for (let i = 0; i < sorted.length - 1; i++) {
    const [from, to] = [sorted[i], sorted[i + 1]];
    caret(from);
    const covering = marks.filter((m) => m.end > m.start && m.start < to && m.end > from);
    const piece = text.slice(from, to);
    parts.push(covering.length ? html`<mark class="sev-${worst(covering)}" data-f="${covering.map((m) => m.number).join(' ')}" title="${markTitle(covering)}">${piece}</mark>` : html`${piece}`);
  }
  caret(line.end);
  return html`${parts}`;
}

function gutter(marks: readonly SourceMark[] | undefined, lineStart: number, lines: readonly Line[]): SafeHtml | string {
  // A finding is listed in the gutter of the line it starts on.
  const starting = (marks ?? []).filter((m) => lineIndexOf(lines, m.start) === lineIndexOf(lines, lineStart));
  return starting.length ? html`${starting.map((m) => html`<a class="fnum sev-${m.severity}" href="#F${m.number}">${m.number}</a>`)}` : '';
}

function lineRow(text: string, lines: readonly Line[], index: number, byLine: Map<number, SourceMark[]>): SafeHtml {
  const line = lines[index];
  const marks = byLine.get(index);
  const n = index + 1;
  return html`<tr id="L${n}" class="${marks ? `flagged sev-${worst(marks)}` : ''}"><th class="ln" scope="row"><a href="#L${n}">${n}</a></th><td class="gutter">${gutter(marks, line.start, lines)}</td><td class="code">${lineContent(text, line, marks ?? [])}</td></tr>`;
}

/** A table's cells with their spans: a cell that a merged area continues is left out, its origin spans it. */
function tableMarkup(table: TableBlock, text: string, lines: readonly Line[], byLine: Map<number, SourceMark[]>): SafeHtml {
  const rows = table.rows.map((row, r) => {
    const cells = row.map((cell, c) => {
      if (cell.mergedFrom) return '';
      let colspan = 1;
      while (row[c + colspan]?.mergedFrom?.row === r && row[c + colspan]?.mergedFrom?.column === c) colspan++;
      let rowspan = 1;
      while (table.rows[r + rowspan]?.[c]?.mergedFrom?.row === r && table.rows[r + rowspan]?.[c]?.mergedFrom?.column === c) rowspan++;
      const first = lineIndexOf(lines, cell.span.start);
      const last = cell.span.end > cell.span.start ? lineIndexOf(lines, cell.span.end - 1) : first;
      const content: SafeHtml[] = [];
      for (let i = first; i <= last; i++) {
        const marks = byLine.get(i);
        const line = { start: Math.max(lines[i].start, cell.span.start), end: Math.min(lines[i].end, cell.span.end) };
        content.push(html`<span id="L${i + 1}" class="cell-line${marks ? ` flagged sev-${worst(marks)}` : ''}"><a class="ln" href="#L${i + 1}">${i + 1}</a>${gutter(marks, lines[i].start, lines)}${lineContent(text, line, marks ?? [])}</span>`);
      }
      return html`<td${colspan > 1 ? html` colspan="${colspan}"` : ''}${rowspan > 1 ? html` rowspan="${rowspan}"` : ''}>${content}</td>`;
    });
    return html`<tr>${cells}</tr>`;
  });
  return html`<table class="doc-table">${rows}</table>`;
}

export function sourceView(document: ViewDocument, marks: readonly SourceMark[]): SafeHtml {
  const { text } = document;
  const lines = linesOf(text);
  const byLine = marksByLine(lines, marks);
  // Which table, if any, each line is in.
  const tableAt = new Map<number, TableBlock>();
  for (const block of document.blocks ?? ([] as Block[])) {
    if (block.kind !== 'table') continue;
    const last = block.span.end > block.span.start ? lineIndexOf(lines, block.span.end - 1) : lineIndexOf(lines, block.span.start);
    for (let i = lineIndexOf(lines, block.span.start); i <= last; i++) tableAt.set(i, block);
  }
  const rows: SafeHtml[] = [];
  for (let i = 0; i < lines.length; i++) {
    const table = tableAt.get(i);
    if (!table) {
      // The empty line after a final line break is not a line anyone wrote, unless a finding stands there.
      if (i === lines.length - 1 && i > 0 && lines[i].start === text.length && !byLine.has(i)) continue;
      rows.push(lineRow(text, lines, i, byLine));
      continue;
    }
    rows.push(html`<tr class="table-block"><th class="ln"></th><td class="gutter"></td><td class="code">${tableMarkup(table, text, lines, byLine)}</td></tr>`);
    while (tableAt.get(i + 1) === table) i++;
  }
  return html`<div class="source-wrap"><table class="source"><tbody>${rows}</tbody></table></div>`;
}
