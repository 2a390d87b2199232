/**
 * An Excel workbook (.xlsx) as a document: each visible sheet a table (its rows from the first to the last with
 * words in them, rows with nothing of their own left out), each cell on a line of its own in the document's text,
 * placed at its sheet and cell (`明细!D7`) with line = row and column = column. Merged ranges become merged cells
 * pointing at the range's first cell; values are written as the sheet shows them (see cell-text.ts). Frozen panes,
 * filters, styles and hidden sheets (usually the lists a drop-down offers) play no part.
 */
import type { Cell, Workbook, Worksheet } from 'exceljs';
import type { SourceRange } from '../../core/source-range.js';
import type { LocalizedText } from '../../rule-kit/types.js';
import { cellAddress } from '../cell-address.js';
import { compoundFileProblem, isCompoundFile } from '../compound-file.js';
import { lineParagraphs } from '../line-paragraphs.js';
import type { SourceDocument, TableBlock, TableCell } from '../model.js';
import { PlacedTextBuilder } from '../placed-text.js';
import { cellText, dateOf } from './cell-text.js';
import { bigSheets } from './sheet-sizes.js';
import { paddedWidth } from '../padded-width.js';

/** More rows than any 整改台账 holds: a sheet this long is a data dump, and reading it would take a gigabyte. */
export const MAX_SHEET_ROWS = 10_000;

const WORKBOOK = { zh: 'Excel 文件', en: 'Excel workbook', modern: '.xlsx' };

export type ReadXlsx = SourceDocument | { error: LocalizedText; text: string; range?: SourceRange };

export async function readXlsx(bytes: Uint8Array): Promise<ReadXlsx> {
  if (isCompoundFile(bytes)) return { error: compoundFileProblem(bytes, WORKBOOK), text: '' };
  let workbook: Workbook;
  try {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(bytes);
    const tooLong = (await bigSheets(zip)).find((sheet) => sheet.rows > MAX_SHEET_ROWS);
    if (tooLong) return sheetTooLong(tooLong.name, tooLong.rows);
    // Loaded on first use: checking JSON plans never pays for it.
    const { default: ExcelJS } = await import('exceljs');
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { error: { zh: `无法读取 Excel 文件（.xlsx），文件可能已损坏：${detail}`, en: `cannot read the Excel workbook (.xlsx), it may be damaged: ${detail}` }, text: '' };
  }
  const out = new PlacedTextBuilder();
  const blocks: TableBlock[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') continue;
    const table = sheetTable(out, sheet);
    if (table) blocks.push(table);
  }
  const { text, locate } = out.build();
  for (const table of blocks) for (const row of table.rows) for (const cell of row) cell.paragraphs = lineParagraphs(text, cell.span);
  return { format: 'xlsx', text, blocks, locate, encoding: 'xlsx' };
}

function sheetTooLong(sheet: string, rows: number): ReadXlsx {
  const at = MAX_SHEET_ROWS + 1;
  const position = { line: at, column: 1, offset: 0 };
  return {
    error: {
      zh: `工作表“${sheet}”有 ${rows} 行，超过可检查的 ${MAX_SHEET_ROWS} 行：这不像一份整改台账；请只保留台账所在的工作表，或拆分后分别检查`,
      en: `sheet “${sheet}” has ${rows} rows, more than the ${MAX_SHEET_ROWS} that are checked: this does not look like a rectification ledger; keep only the ledger's sheet, or split it`,
    },
    text: '',
    range: { start: position, end: position, place: { sheet, cell: cellAddress(at, 1) } },
  };
}

/** One sheet as a table, or undefined when it holds no words. */
function sheetTable(out: PlacedTextBuilder, sheet: Worksheet): TableBlock | undefined {
  const texts = new Map<Cell, string>();
  const textOf = (cell: Cell) => {
    let text = texts.get(cell);
    if (text === undefined) texts.set(cell, (text = cellText(cell.value, cell.numFmt).trim()));
    return text;
  };
  // The rows and columns with words of their own; merged cells repeat their master's value, so they are not counted.
  const rowNumbers: number[] = [];
  const widths: number[] = [];
  let held = 0;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    let own = 0;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      if (textOf(cell) === '') return;
      own = Math.max(own, c);
      held++;
    });
    if (own > 0) {
      rowNumbers.push(r);
      widths.push(own);
    }
  });
  if (rowNumbers.length === 0) return undefined;
  const gridRowOf = new Map(rowNumbers.map((r, i) => [r, i]));
  // A merged range reaching past the last column with words still belongs to the table.
  rowNumbers.forEach((r, i) => {
    sheet.getRow(r).eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && gridRowOf.has(Number(cell.master.row))) widths[i] = Math.max(widths[i], c);
    });
  });
  const width = paddedWidth(widths, held);
  const start = out.offset;
  const rows: TableCell[][] = rowNumbers.map((r, i) => {
    const row = sheet.getRow(r);
    const cells: TableCell[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const master = cell.isMerged ? cell.master : cell;
      const masterRow = gridRowOf.get(Number(master.row));
      const merged = master !== cell && masterRow !== undefined;
      const folds = c === width && widths[i] > width;
      if (merged && !folds) {
        cells.push({ span: { start: out.offset, end: out.offset }, paragraphs: [], mergedFrom: { row: masterRow, column: Number(master.col) - 1 } });
        continue;
      }
      // Every cell, even an empty one, has a line of its own, so a finding about an empty cell can point at it.
      let span = out.append(merged ? '' : textOf(cell), { sheet: sheet.name, cell: cellAddress(r, c) }, { line: r, column: c });
      // A row wider than the grid keeps its further words in its last cell, each placed at its own cell.
      if (folds) {
        row.eachCell({ includeEmpty: false }, (further, f) => {
          if (f <= width || textOf(further) === '' || (further.isMerged && further.master !== further)) return;
          out.append('\t', { sheet: sheet.name, cell: cellAddress(r, f) }, { line: r, column: f });
          span = { start: span.start, end: out.append(textOf(further), { sheet: sheet.name, cell: cellAddress(r, f) }, { line: r, column: f }).end };
        });
      }
      out.newline();
      const date = dateOf(cell.value);
      cells.push({ span, paragraphs: [], ...(date ? { date } : {}) });
    }
    return cells;
  });
  return { kind: 'table', span: { start, end: out.offset }, rows, name: sheet.name };
}
