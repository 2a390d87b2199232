/**
 * A PDF's text layer as a document: each page's text runs rebuilt into printed lines (page numbers and running
 * heads left out), tables drawn with borders into regular grids (merged cells where a border is not drawn) and the
 * body's lines into paragraphs (joined across line and page breaks). Every stretch of the text keeps its page and
 * line (and a table cell its table, row and column); line:column count the PDF's printed lines from its start.
 * A PDF with no text at all is a scan: that is said, not read as an empty report.
 */
import type { SourcePlace } from '../../core/source-range.js';
import type { LocalizedText } from '../../rule-kit/types.js';
import type { Block, ParagraphBlock, SourceDocument, Span, TableBlock, TableCell } from '../model.js';
import { PlacedTextBuilder } from '../placed-text.js';
import { chromeLines } from './chrome.js';
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
  /** Body fragments outside every table, one per printed line at most. */
  body: Fragment[];
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const document = await openPdf(bytes);
  if ('error' in document) return { error: document.error, text: '' };
  const pages: PageLayout[] = [];
  let offset = 0;
  try {
    for (let n = 1; n <= document.numPages; n++) {
      const content = await pageContent(document, n);
      const lines = printedLines(n, content.runs, offset);
      offset = lines.length > 0 ? lines[lines.length - 1].offset + lines[lines.length - 1].text.length + 1 : offset;
      pages.push({ content, lines, tables: [], body: [] });
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
  for (const page of pages) layOut(page, chrome);
  return assemble(pages, printed);
}

/** Sorts a page's runs into its tables' cells and its body lines. */
function layOut(page: PageLayout, chrome: ReadonlySet<PrintedLine>): void {
  page.tables = ruledGrids(page.content.rulings).map((grid) => ({ grid, cells: Array.from({ length: (grid.xs.length - 1) * (grid.ys.length - 1) }, () => []) }));
  for (const line of page.lines) {
    // A table's header repeated at the top of every page is no running head: words inside a table are kept.
    if (chrome.has(line) && !line.runs.some((run) => page.tables.some((table) => cellAt(table.grid, run.x + run.width / 2, run.y - run.size * 0.35)))) continue;
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
  type Item = { kind: 'lines'; from: number; to: number } | { kind: 'table'; page: PageLayout; table: PageTable };
  const items: Item[] = [];
  for (const page of pages) {
    const entries = [
      ...page.body.map((fragment) => ({ y: fragment.line.y, fragment })),
      ...page.tables.map((table) => ({ y: table.grid.ys[0], table })),
    ].sort((a, b) => a.y - b.y);
    for (const entry of entries) {
      if ('table' in entry) {
        items.push({ kind: 'table', page, table: entry.table });
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
      blocks.push(tableBlock(out, printed, item.page, item.table, ++tableCount));
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

/** A ruled table as a grid of cells, each cell's lines joined into paragraphs at its numbered items. */
function tableBlock(out: PlacedTextBuilder, printed: string, page: PageLayout, table: PageTable, number: number): TableBlock {
  const { grid } = table;
  const columns = grid.xs.length - 1;
  const start = out.offset;
  const rows: TableCell[][] = [];
  for (let r = 0; r + 1 < grid.ys.length; r++) {
    const row: TableCell[] = [];
    for (let c = 0; c < columns; c++) {
      const index = r * columns + c;
      const origin = grid.origin[index];
      if (origin !== index) {
        row.push({ span: { start: out.offset, end: out.offset }, paragraphs: [], mergedFrom: { row: Math.floor(origin / columns), column: origin % columns } });
        continue;
      }
      row.push(cellOf(out, printed, page, table.cells[index], { table: number, row: r + 1, column: c + 1 }, grid.ys[r]));
    }
    rows.push(row);
  }
  return { kind: 'table', span: { start, end: out.offset }, rows };
}

const ITEM_MARK = /^\s*(?:\d{1,2}\s*[.．、](?!\d)|[(（]\s*\d{1,2}\s*[)）]|[\u2460-\u2473]|[一二三四五六七八九十]{1,2}是)/u;

function cellOf(out: PlacedTextBuilder, printed: string, page: PageLayout, fragments: readonly Fragment[], cell: { table: number; row: number; column: number }, top: number): TableCell {
  const sorted = [...fragments].sort((a, b) => a.line.y - b.line.y || a.x0 - b.x0);
  if (sorted.length === 0) {
    // An empty cell still has a line of its own, placed on the page's line at its top, so a finding can point at it.
    const near = page.lines.find((line) => line.y >= top) ?? page.lines[page.lines.length - 1];
    const span = near ? out.appendFromSource('', { page: page.content.number, pageLine: near.pageLine, ...cell }, near.offset, true) : out.append('');
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
