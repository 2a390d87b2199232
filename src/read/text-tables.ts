/**
 * Tables inside a text or Markdown file. Units paste their 整改台账 into a text report in two shapes: a Word or
 * Excel table copied as text (a row a line, cells apart by tabs) and a Markdown pipe table (`| 问题 | 措施 |` over a
 * `|---|---|` rule). Read as table blocks, such a table reaches the ledger reader as a Word table would, instead of
 * being read as sentences. Cells are spans of the file's own text, so every value keeps its line and column.
 */
import type { ParagraphBlock, Span, TableBlock, TableCell } from './model.js';

/** A cell's paragraphs (its lines), each a trimmed span of the file; an empty cell is one empty span. */
type Cell = Span[];

/** A non-blank line of the file. */
export interface TextLine {
  start: number;
  end: number;
  /** A blank line stands between this line and the one before. */
  afterBlank: boolean;
}

export interface TextTable {
  block: TableBlock;
  /** The lines the table takes, first and last (indexes into the lines given). */
  first: number;
  last: number;
}

// A header has at least this many cells with words: two tab-apart words on a line are prose more often than a table.
const MIN_HEADER_CELLS = 3;
const PIPE_RULE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/u;
const PIPE_ROW = /^[ \t]*\|/u;

/** The tables among the lines, in order; lines not in one are left to be paragraphs. */
export function textTables(text: string, lines: readonly TextLine[], markdown: boolean): TextTable[] {
  const tables: TextTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const table = (markdown || isPipeRow(text, lines[i]) ? pipeTable(text, lines, i) : undefined) ?? tabTable(text, lines, i) ?? barredTable(text, lines, i) ?? spacedTable(text, lines, i);
    if (!table) continue;
    tables.push(table);
    i = table.last;
  }
  return tables;
}

/**
 * A tab table from line i: a header of at least three cells with words, then rows with tabs. A row with fewer cells
 * than the header goes on over the next lines (Word copies a cell of several paragraphs so: its line breaks stay,
 * the row's later cells follow on the last line). A line without tabs between complete rows is a row of one cell
 * merged across (an aspect row, 一、党的建设方面).
 */
function tabTable(text: string, lines: readonly TextLine[], i: number): TextTable | undefined {
  const header = tabCells(text, lines[i]).map((cell) => [cell]);
  if (header.filter(([cell]) => cell.end > cell.start).length < MIN_HEADER_CELLS) return undefined;
  const width = header.length;
  const rows: Cell[][] = [header];
  let last = i;
  let open: Cell[] | undefined;
  for (let j = i + 1; j < lines.length && !lines[j].afterBlank; j++) {
    const cells = tabCells(text, lines[j]);
    if (open) {
      // The open cell takes this line's first cell as its next paragraph; the rest are the row's next cells.
      open[open.length - 1].push(cells[0]);
      for (const cell of cells.slice(1)) open.push([cell]);
      if (open.length >= width) open = undefined;
      last = j;
    } else if (cells.length > 1) {
      // Rows taken on faith (one-cell lines) are kept only once a tabbed row follows them.
      for (let k = last + 1; k < j; k++) rows.push([[tabCells(text, lines[k])[0]]]);
      const row = cells.map((cell) => [cell]);
      rows.push(row);
      if (row.length < width) open = row;
      last = j;
    } else if (j + 1 >= lines.length || lines[j + 1].afterBlank) break;
  }
  if (rows.length < 2) return undefined;
  return { block: tableBlock(rows, lines[i].start, lines[last].end), first: i, last };
}

/**
 * A table typed with bars between its cells and no Markdown rule under the header (序号|反馈问题|整改措施|…, or with
 * full-width ｜): a header of at least three cells, then rows with exactly as many (a one-cell line between them an
 * aspect row). Bars do not part prose, so one full row is enough.
 */
function barredTable(text: string, lines: readonly TextLine[], i: number): TextTable | undefined {
  const header = barredCells(text, lines[i]);
  if (header.filter((cell) => cell.end > cell.start).length < MIN_HEADER_CELLS) return undefined;
  const rows: Cell[][] = [header.map((cell) => [cell])];
  let last = i;
  for (let j = i + 1; j < lines.length && !lines[j].afterBlank; j++) {
    const cells = barredCells(text, lines[j]);
    if (cells.length === header.length) {
      for (let k = last + 1; k < j; k++) rows.push([[trimmed(text, lines[k].start, lines[k].end)]]);
      rows.push(cells.map((cell) => [cell]));
      last = j;
    } else if (cells.length !== 1) break;
  }
  if (last === i) return undefined;
  return { block: tableBlock(rows, lines[i].start, lines[last].end), first: i, last };
}

/** A line's cells apart by | or ｜, the empty ones outside the first and last bar left out. */
function barredCells(text: string, line: TextLine): Span[] {
  const cells: Span[] = [];
  let from = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i < line.end && text[i] !== '|' && text[i] !== '｜') continue;
    cells.push(trimmed(text, from, i));
    from = i + 1;
  }
  if (cells.length > 1 && cells[0].end === cells[0].start) cells.shift();
  if (cells.length > 1 && cells[cells.length - 1].end === cells[cells.length - 1].start) cells.pop();
  return cells;
}

/**
 * A table set out with blanks (copied from a PDF or typed in a plain editor): cells apart by two or more spaces or a
 * full-width space. Blanks also separate a name from a post (副局长 张三), so the shape must be strict: a header of at
 * least three cells and two or more rows with exactly as many (a one-cell line between them an aspect row).
 */
function spacedTable(text: string, lines: readonly TextLine[], i: number): TextTable | undefined {
  const header = spacedCells(text, lines[i]);
  if (header.length < MIN_HEADER_CELLS) return undefined;
  const rows: Cell[][] = [header.map((cell) => [cell])];
  let last = i;
  let full = 0;
  for (let j = i + 1; j < lines.length && !lines[j].afterBlank; j++) {
    const cells = spacedCells(text, lines[j]);
    if (cells.length === header.length) {
      for (let k = last + 1; k < j; k++) rows.push([spacedCells(text, lines[k]).map((cell) => cell)]);
      rows.push(cells.map((cell) => [cell]));
      last = j;
      full++;
    } else if (cells.length !== 1) break;
  }
  if (full < 2) return undefined;
  return { block: tableBlock(rows, lines[i].start, lines[last].end), first: i, last };
}

/** A line's cells apart by runs of two or more spaces, a tab or a full-width space (leading and trailing blanks left out). */
function spacedCells(text: string, line: TextLine): Span[] {
  const cells: Span[] = [];
  let i = line.start;
  while (i < line.end && /[ \t\u3000]/u.test(text[i])) i++;
  let from = i;
  while (i < line.end) {
    let j = i;
    while (j < line.end && /[ \t\u3000]/u.test(text[j])) j++;
    const wide = j - i >= 2 || (j > i && /[\t\u3000]/u.test(text.slice(i, j)));
    if (j > i && wide) {
      if (j < line.end) cells.push({ start: from, end: i });
      from = j;
    }
    i = j > i ? j : i + 1;
  }
  if (from < line.end) cells.push(trimmed(text, from, line.end));
  return cells.filter((cell) => cell.end > cell.start);
}

/** A pipe table from line i: a header row, the `|---|` rule under it, then rows while lines start with a pipe. */
function pipeTable(text: string, lines: readonly TextLine[], i: number): TextTable | undefined {
  const rule = lines[i + 1];
  if (!isPipeRow(text, lines[i]) || !rule || rule.afterBlank || !PIPE_RULE.test(text.slice(rule.start, rule.end))) return undefined;
  const rows: Cell[][] = [pipeCells(text, lines[i]).map((cell) => [cell])];
  let last = i + 1;
  for (let j = i + 2; j < lines.length && !lines[j].afterBlank && isPipeRow(text, lines[j]); j++) {
    rows.push(pipeCells(text, lines[j]).map((cell) => brokenLines(text, cell)));
    last = j;
  }
  return { block: tableBlock(rows, lines[i].start, lines[last].end), first: i, last };
}

const LINE_BREAK = /<br[ \t]*\/?>/giu;

/**
 * A pipe cell's lines: a Markdown cell holds one line, so converters and people write a break inside it as <br>
 * (1.建立台账；<br>2.每季度会商). Each line is a paragraph of the cell, as in a Word cell; the tags are no words.
 */
function brokenLines(text: string, cell: Span): Cell {
  const local = text.slice(cell.start, cell.end);
  const lines: Cell = [];
  let from = cell.start;
  for (const match of local.matchAll(LINE_BREAK)) {
    lines.push(trimmed(text, from, cell.start + match.index));
    from = cell.start + match.index + match[0].length;
  }
  if (lines.length === 0) return [cell];
  lines.push(trimmed(text, from, cell.end));
  const kept = lines.filter((line) => line.end > line.start);
  return kept.length > 0 ? kept : [{ start: cell.start, end: cell.start }];
}

function isPipeRow(text: string, line: TextLine): boolean {
  return PIPE_ROW.test(text.slice(line.start, line.end));
}

function tabCells(text: string, line: TextLine): Span[] {
  return fields(text, line.start, line.end, 9);
}

/** A pipe row's cells: between its pipes, the outer ones left out; `\|` is a pipe in a cell's words. */
function pipeCells(text: string, line: TextLine): Span[] {
  let start = text.indexOf('|', line.start) + 1;
  let end = line.end;
  while (end > start && /[ \t]/u.test(text[end - 1])) end--;
  if (text[end - 1] === '|' && text[end - 2] !== '\\') end--;
  return fields(text, start, end, 124);
}

/** The fields of text[start, end) apart at a separator character (tab 9, pipe 124), each trimmed of blanks. */
function fields(text: string, start: number, end: number, separator: number): Span[] {
  const cells: Span[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && (text.charCodeAt(i) !== separator || (separator === 124 && text[i - 1] === '\\'))) continue;
    cells.push(trimmed(text, from, i));
    from = i + 1;
  }
  return cells;
}

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /[\s\u3000]/u.test(text[start])) start++;
  while (end > start && /[\s\u3000]/u.test(text[end - 1])) end--;
  return { start, end };
}

/** A regular grid: short rows filled out with empty cells, a one-cell row merged across the table. */
function tableBlock(rows: Cell[][], start: number, end: number): TableBlock {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const grid = rows.map((row, r): TableCell[] =>
    Array.from({ length: width }, (_, c): TableCell => {
      const cell = row[c];
      if (cell) {
        const paragraphs = cell.filter((span) => span.end > span.start).map((span): ParagraphBlock => ({ kind: 'paragraph', span }));
        return { span: { start: cell[0].start, end: cell[cell.length - 1].end }, paragraphs };
      }
      const at = row[row.length - 1].at(-1)!.end;
      const empty = { start: at, end: at };
      return row.length === 1 ? { span: empty, paragraphs: [], mergedFrom: { row: r, column: 0 } } : { span: empty, paragraphs: [] };
    }),
  );
  return { kind: 'table', span: { start, end }, rows: grid };
}
