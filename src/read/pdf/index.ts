/**
 * A PDF's text layer as a document: each page's text runs rebuilt into printed lines (page numbers and running
 * heads left out), tables drawn with borders into regular grids (merged cells where a border is not drawn), tables
 * printed without borders recognised from their header and the alignment of their words (aligned-tables.ts), and
 * the body's lines into paragraphs (joined across line and page breaks). Every stretch of the text keeps its page and
 * line (and a table cell its table, row and column); line:column count the PDF's printed lines from its start.
 * A PDF with no text at all is a scan: that is said, not read as an empty report.
 */
import type { SourcePlace } from '../../core/source-range.js';
import type { LocalizedText } from '../../rule-kit/types.js';
import type { Block, ParagraphBlock, SourceDocument, Span, TableBlock, TableCell } from '../model.js';
import { PlacedTextBuilder } from '../placed-text.js';
import type { HeaderTest, LineInks } from './aligned-header.js';
import { alignedTables, type AlignedTable } from './aligned-tables.js';
import { chromeLines } from './chrome.js';
import { inksOf } from './inks.js';
import { openPdf, pageContent, type PageContent } from './load.js';
import { marginsOf, paragraphsOf, type BodyLine } from './paragraphs.js';
import { printedLines, type PlacedRun, type PrintedLine } from './printed-lines.js';
import { cellAt, ruledGrids, type RuledGrid } from './ruled-tables.js';

export type ReadPdf = SourceDocument | { error: LocalizedText; text: string };

export const NO_TEXT_LAYER: LocalizedText = {
  zh: '扫描件，无文字层：这份 PDF 的页面是图片，没有可读取的文字；请提供带文字层的 PDF，或原始的 Word 文档（.docx）',
  en: 'a scan with no text layer: the pages of this PDF are images with no text to read; give a PDF with a text layer, or the original Word document (.docx)',
};

/** A piece of one printed line that belongs to one paragraph or one table cell. */
interface Fragment {
  line: PrintedLine;
  runs: PlacedRun[];
  x0: number;
  x1: number;
}

interface PageTable {
  grid: RuledGrid;
  /** Fragments by grid cell (row-major), each cell's in reading order. */
  cells: Fragment[][];
}

interface PageLayout {
  content: PageContent;
  lines: PrintedLine[];
  tables: PageTable[];
  /** Tables without borders that start on this page. */
  aligned: AlignedTable[];
  /** Body fragments outside every table, one per printed line at most. */
  body: Fragment[];
}

export interface PdfOptions {
  /** Which printed lines are a table's header: without it, only tables drawn with borders are read as tables. */
  tableHeader?: HeaderTest;
}

export async function readPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<ReadPdf> {
  const document = await openPdf(bytes);
  if ('error' in document) return { error: document.error, text: '' };
  const pages: PageLayout[] = [];
  let offset = 0;
  try {
    for (let n = 1; n <= document.numPages; n++) {
      const content = await pageContent(document, n);
      const lines = printedLines(n, content.runs, offset);
      offset = lines.length > 0 ? lines[lines.length - 1].offset + lines[lines.length - 1].text.length + 1 : offset;
      pages.push({ content, lines, tables: [], aligned: [], body: [] });
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { error: { zh: `无法读取 PDF 文件，文件可能已损坏：${detail}`, en: `cannot read the PDF, it may be damaged: ${detail}` }, text: '' };
  } finally {
    await document.destroy();
  }
  if (pages.every((page) => page.lines.length === 0)) return { error: NO_TEXT_LAYER, text: '' };
  const printed = pages.flatMap((page) => page.lines.map((line) => line.text)).join('\n');
  const chrome = chromeLines(pages.map((page) => ({ height: page.content.height, lines: page.lines })));
  for (const page of pages) page.tables = ruledGrids(page.content.rulings).map((grid) => ({ grid, cells: Array.from({ length: (grid.xs.length - 1) * (grid.ys.length - 1) }, () => []) }));
  const aligned = options.tableHeader ? alignedTables(unruledLines(pages, chrome), options.tableHeader) : [];
  const taken = new Set(aligned.flatMap((table) => [...table.lines]));
  for (const table of aligned) pages[table.header.lines[0].page - 1].aligned.push(table);
  for (const page of pages) layOut(page, chrome, taken);
  return assemble(pages, printed);
}

/** The printed lines of all pages with no words inside a ruled table, where a table without borders may stand. */
function unruledLines(pages: readonly PageLayout[], chrome: ReadonlySet<PrintedLine>): LineInks[] {
  return pages.flatMap((page) =>
    page.lines.filter((line) => !line.runs.some((run) => inRuledTable(page.tables, run))).map((line) => ({ line, inks: inksOf(line), chrome: chrome.has(line) })),
  );
}

function inRuledTable(tables: readonly PageTable[], run: PlacedRun): boolean {
  return run.text.trim() !== '' && tables.some((table) => cellAt(table.grid, run.x + run.width / 2, run.y - run.size * 0.35) !== undefined);
}

/** Sorts a page's runs into its tables' cells and its body lines (lines a table without borders took are its own). */
function layOut(page: PageLayout, chrome: ReadonlySet<PrintedLine>, taken: ReadonlySet<PrintedLine>): void {
  for (const line of page.lines) {
    if (taken.has(line)) continue;
    // A table's header repeated at the top of every page is no running head: words inside a table are kept.
    if (chrome.has(line) && !line.runs.some((run) => inRuledTable(page.tables, run))) continue;
    let current: { owner: Fragment[] | undefined; fragment: Fragment } | undefined;
    for (const run of line.runs) {
      const owner = ownerOf(page.tables, run, page.body);
      // A blank between two cells' words belongs to neither.
      if (run.text.trim() === '' && current?.owner !== owner) continue;
      if (current && current.owner === owner) {
        current.fragment.runs.push(run);
        current.fragment.x1 = run.x + run.width;
        continue;
      }
      const fragment: Fragment = { line, runs: [run], x0: run.x, x1: run.x + run.width };
      owner.push(fragment);
      current = { owner, fragment };
    }
  }
}

/** The list a run's fragment goes to: its table cell's, or the body's. */
function ownerOf(tables: readonly PageTable[], run: PlacedRun, body: Fragment[]): Fragment[] {
  const x = run.x + run.width / 2;
  const y = run.y - run.size * 0.35;
  for (const table of tables) {
    const at = cellAt(table.grid, x, y);
    if (!at) continue;
    const columns = table.grid.xs.length - 1;
    return table.cells[table.grid.origin[at.row * columns + at.column]];
  }
  return body;
}

/** The document's text, blocks and places, page by page: body paragraphs and tables in the order they stand. */
function assemble(pages: readonly PageLayout[], printed: string): SourceDocument {
  const out = new PlacedTextBuilder(printed);
  const blocks: Block[] = [];
  const bodyLines: (BodyLine & { fragment: Fragment })[] = [];
  let tableCount = 0;
  // The body's lines across all pages, for paragraphs that run over a page break; tables interrupt them.
  type Item = { kind: 'lines'; from: number; to: number } | { kind: 'table'; rows: GridRow[] };
  const items: Item[] = [];
  for (const page of pages) {
    const entries = [
      ...page.body.map((fragment) => ({ y: fragment.line.y, fragment })),
      ...page.tables.map((table) => ({ y: table.grid.ys[0], rows: ruledRows(page, table) })),
      ...page.aligned.map((table) => ({ y: table.header.lines[0].y, rows: alignedRows(table) })),
    ].sort((a, b) => a.y - b.y);
    for (const entry of entries) {
      if ('rows' in entry) {
        items.push({ kind: 'table', rows: entry.rows });
        continue;
      }
      const fragment = entry.fragment;
      const line: BodyLine & { fragment: Fragment } = { page: page.content.number, pageWidth: page.content.width, x0: fragment.x0, x1: fragment.x1, y: fragment.line.y, size: fragment.line.size, text: textOf(fragment, printed), fragment };
      bodyLines.push(line);
      const last = items.at(-1);
      if (last?.kind === 'lines') last.to = bodyLines.length;
      else items.push({ kind: 'lines', from: bodyLines.length - 1, to: bodyLines.length });
    }
  }
  const margins = marginsOf(bodyLines);
  for (const item of items) {
    if (item.kind === 'table') {
      blocks.push(tableBlock(out, printed, item.rows, ++tableCount));
      continue;
    }
    const run = bodyLines.slice(item.from, item.to);
    for (const paragraph of paragraphsOf(run, margins)) {
      const spans = paragraph.map((i, k) => appendFragment(out, printed, run[i].fragment, k > 0 ? run[paragraph[k - 1]].fragment : undefined));
      out.newline();
      blocks.push({ kind: 'paragraph', span: { start: spans[0].start, end: spans[spans.length - 1].end } });
    }
  }
  const { text, locate } = out.build();
  return { format: 'pdf', text, blocks, locate, encoding: 'pdf' };
}

function textOf(fragment: Fragment, printed: string): string {
  const last = fragment.runs[fragment.runs.length - 1];
  return printed.slice(fragment.runs[0].offset, last.offset + last.text.length);
}

function placeOf(fragment: Fragment, cell?: { table: number; row: number; column: number }): SourcePlace {
  return { page: fragment.line.page, pageLine: fragment.line.pageLine, ...cell };
}

/**
 * Appends a fragment's words, with a blank before it where two Latin words meet across a line break. (Where a
 * Chinese line broke at a blank, 副局长 / 王某, the blank is not printed and cannot be told from a plain wrap.)
 */
function appendFragment(out: PlacedTextBuilder, printed: string, fragment: Fragment, previous: Fragment | undefined, cell?: { table: number; row: number; column: number }): Span {
  const words = textOf(fragment, printed);
  if (previous && /[A-Za-z0-9]$/u.test(textOf(previous, printed)) && /^[A-Za-z0-9]/u.test(words)) out.append(' ');
  return out.appendFromSource(words, placeOf(fragment, cell), fragment.runs[0].offset, true);
}

/** A row of a table's grid: each cell's fragments, or where the merged area it continues starts. */
interface GridRow {
  cells: (Fragment[] | { mergedFrom: { row: number; column: number } })[];
  /** The printed line an empty cell of the row is placed on. */
  near: PrintedLine | undefined;
}

/** A ruled table's rows: its grid's cells, merged areas where a border is not drawn. */
function ruledRows(page: PageLayout, table: PageTable): GridRow[] {
  const { grid } = table;
  const columns = grid.xs.length - 1;
  const rows: GridRow[] = [];
  for (let r = 0; r + 1 < grid.ys.length; r++) {
    const near = page.lines.find((line) => line.y >= grid.ys[r]) ?? page.lines[page.lines.length - 1];
    const cells = Array.from({ length: columns }, (_, c) => {
      const index = r * columns + c;
      const origin = grid.origin[index];
      return origin === index ? table.cells[index] : { mergedFrom: { row: Math.floor(origin / columns), column: origin % columns } };
    });
    rows.push({ cells, near });
  }
  return rows;
}

/** A borderless table's rows: its header, then its rows (a spanning row's first cell merged across, cells set in the middle of rows merged down). */
function alignedRows(table: AlignedTable): GridRow[] {
  const header: GridRow = { cells: table.header.columns.map((column) => column.inks), near: table.header.lines[0] };
  return [
    header,
    ...table.rows.map((row, r) => ({
      cells: row.cells.map((inks, c) => {
        const origin = row.spanning && c > 0 ? { row: r + 1, column: 0 } : row.continues[c] !== undefined ? { row: row.continues[c]! + 1, column: c } : undefined;
        return origin ? { mergedFrom: origin } : inks;
      }),
      near: row.first,
    })),
  ];
}

/** A table as a grid of cells, each cell's lines joined into paragraphs at its numbered items. */
function tableBlock(out: PlacedTextBuilder, printed: string, grid: readonly GridRow[], number: number): TableBlock {
  const start = out.offset;
  const rows = grid.map((row, r) =>
    row.cells.map((cell, c): TableCell =>
      'mergedFrom' in cell ? { span: { start: out.offset, end: out.offset }, paragraphs: [], mergedFrom: cell.mergedFrom } : cellOf(out, printed, cell, { table: number, row: r + 1, column: c + 1 }, row.near),
    ),
  );
  return { kind: 'table', span: { start, end: out.offset }, rows };
}

const ITEM_MARK = /^\s*(?:\d{1,2}\s*[.．、](?!\d)|[(（]\s*\d{1,2}\s*[)）]|[\u2460-\u2473]|[一二三四五六七八九十]{1,2}是)/u;

function cellOf(out: PlacedTextBuilder, printed: string, fragments: readonly Fragment[], cell: { table: number; row: number; column: number }, near: PrintedLine | undefined): TableCell {
  // In printed order: a cell of a row the page breaks goes on at the next page's top.
  const sorted = [...fragments].sort((a, b) => a.line.offset - b.line.offset || a.x0 - b.x0);
  if (sorted.length === 0) {
    // An empty cell still has a line of its own, placed on the page's line at its top, so a finding can point at it.
    const span = near ? out.appendFromSource('', { page: near.page, pageLine: near.pageLine, ...cell }, near.offset, true) : out.append('');
    out.newline();
    return { span, paragraphs: [] };
  }
  const paragraphs: ParagraphBlock[] = [];
  let paragraphStart = out.offset;
  sorted.forEach((fragment, k) => {
    // A cell's lines wrap its words; a numbered item (1. （1） ① 一是) starts a paragraph of its own.
    const startsItem = k > 0 && ITEM_MARK.test(textOf(fragment, printed));
    if (startsItem) {
      paragraphs.push({ kind: 'paragraph', span: { start: paragraphStart, end: out.offset } });
      out.newline();
      paragraphStart = out.offset;
    }
    appendFragment(out, printed, fragment, k > 0 && !startsItem ? sorted[k - 1] : undefined, cell);
  });
  paragraphs.push({ kind: 'paragraph', span: { start: paragraphStart, end: out.offset } });
  const span = { start: paragraphs[0].span.start, end: out.offset };
  out.newline();
  return { span, paragraphs };
}
