/**
 * The 整改台账 template an office sends out (`rectlint init --ledger`): one sheet with a title, 填报单位 and
 * 填报日期 lines, a header whose every column is a field the ledger reader maps (named as the field lexicon names
 * it), a drop-down of the statuses it reads, date checks on the date columns, and an example row whose words say
 * what belongs in each cell (so an untouched template is never judged a plan). Filled in, it reads field for field.
 */
import type { DataValidation, Workbook } from 'exceljs';
import { STATUSES } from '../core/status.js';
import { FIELDS, type FieldId } from '../import/lexicon.js';

interface TemplateColumn {
  field: FieldId;
  /** Width in characters. */
  width: number;
  /** The example row's words: what belongs in the cell. */
  example: string | Date;
  /** The hint shown when a cell of the column is selected. */
  hint: string;
}

const COLUMNS: readonly TemplateColumn[] = [
  { field: 'sequence', width: 6, example: '1', hint: '问题序号：按反馈意见的顺序编号，1、2、3……' },
  { field: 'aspect', width: 16, example: '（反馈意见的方面，如：党的政治建设方面）', hint: '问题所属方面：同一方面的问题可合并单元格' },
  { field: 'feedback', width: 36, example: '（巡察反馈的问题原文，一个问题一行）', hint: '反馈问题：照录反馈意见中的问题表述' },
  { field: 'causes', width: 28, example: '（从思想认识、制度机制、监督管理等方面剖析问题产生的原因）', hint: '原因分析：剖析主观原因，不只写客观原因' },
  { field: 'measures', width: 40, example: '（1．措施一：做什么、何时完成；2．措施二：……）', hint: '整改措施：具体、可检验，多条措施用 1．2．3．编号' },
  { field: 'leader', width: 14, example: '（责任领导的职务和姓名）', hint: '责任领导：写明职务和姓名' },
  { field: 'department', width: 14, example: '（牵头的科室或单位）', hint: '责任单位：牵头的科室或单位' },
  { field: 'person', width: 12, example: '（具体责任人姓名）', hint: '责任人：具体经办的责任人' },
  { field: 'deadline', width: 16, example: new Date(Date.UTC(2026, 5, 30)), hint: '整改时限：填日期（如 2026-06-30）；长期任务填“长期坚持”，当即整改填“立行立改”' },
  { field: 'status', width: 14, example: '正在推进', hint: '整改状态：从下拉列表中选择' },
  { field: 'progress', width: 32, example: '（截至填报日期的整改进展和成效）', hint: '整改情况：已做了什么、取得了什么成效' },
  { field: 'completion', width: 14, example: '', hint: '完成日期：整改完成的日期，未完成的不填' },
  { field: 'evidence', width: 28, example: '（佐证材料的名称和文号，如：《关于……的通知》（×发〔2026〕1号））', hint: '佐证材料：文件、会议纪要、台账等的名称和文号；没有的填“/”' },
  { field: 'remarks', width: 12, example: '', hint: '备注' },
];

/** Rows the drop-down and date checks cover: more than any 台账 holds. */
const ROWS = 1000;
const TITLE = '关于落实（巡察组名称）反馈意见的整改台账';
const DATE_FORMAT = 'yyyy"年"m"月"d"日"';

/** The header words of the template's columns, in order (the field lexicon's name of each field). */
export const TEMPLATE_HEADERS: readonly string[] = COLUMNS.map((column) => FIELDS[column.field].zh);
/** The template's fields, column by column. */
export const TEMPLATE_FIELDS: readonly FieldId[] = COLUMNS.map((column) => column.field);
/** The sheet the template's 台账 stands on, and the row of its header (1-based). */
export const TEMPLATE_SHEET = '整改台账';
export const TEMPLATE_HEADER_ROW = 3;

export async function ledgerTemplate(): Promise<Uint8Array> {
  // Loaded on first use: `rectlint init` without --ledger never pays for it.
  const { default: ExcelJS } = await import('exceljs');
  const book: Workbook = new ExcelJS.Workbook();
  book.creator = 'rectlint';
  const sheet = book.addWorksheet(TEMPLATE_SHEET, {
    views: [{ state: 'frozen', ySplit: TEMPLATE_HEADER_ROW }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${TEMPLATE_HEADER_ROW}:${TEMPLATE_HEADER_ROW}` },
  });
  const last = COLUMNS.length;
  sheet.columns = COLUMNS.map((column) => ({ width: column.width }));

  sheet.mergeCells(1, 1, 1, last);
  const title = sheet.getCell(1, 1);
  title.value = TITLE;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 32;
  const half = Math.ceil(last / 2);
  sheet.mergeCells(2, 1, 2, half);
  sheet.mergeCells(2, half + 1, 2, last);
  sheet.getCell(2, 1).value = '填报单位（盖章）：（单位名称）';
  sheet.getCell(2, half + 1).value = '填报日期：    年  月  日';

  const header = sheet.getRow(TEMPLATE_HEADER_ROW);
  header.values = TEMPLATE_HEADERS as string[];
  header.height = 30;
  header.eachCell((cell, c) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = BORDER;
    cell.note = COLUMNS[c - 1].hint;
  });

  const example = sheet.getRow(TEMPLATE_HEADER_ROW + 1);
  example.values = COLUMNS.map((column) => column.example);
  COLUMNS.forEach((column, c) => {
    const cell = example.getCell(c + 1);
    cell.alignment = { vertical: 'top', wrapText: true };
    cell.border = BORDER;
    if (column.example instanceof Date) cell.numFmt = DATE_FORMAT;
  });

  // Ranges of cells share one rule; exceljs writes them as such but does not declare the collection in its types.
  const validations = (sheet as unknown as { dataValidations: { add(range: string, rule: DataValidation): void } }).dataValidations;
  COLUMNS.forEach((column, c) => {
    const letter = sheet.getColumn(c + 1).letter;
    const range = `${letter}${TEMPLATE_HEADER_ROW + 1}:${letter}${TEMPLATE_HEADER_ROW + ROWS}`;
    const prompt = { showInputMessage: true, promptTitle: FIELDS[column.field].zh, prompt: column.hint };
    if (column.field === 'status') {
      const list = STATUSES.map((status) => status.zh).join(',');
      validations.add(range, { type: 'list', allowBlank: true, formulae: [`"${list}"`], showErrorMessage: true, errorTitle: '整改状态', error: `请从下拉列表中选择：${list}`, ...prompt });
    } else if (column.field === 'deadline' || column.field === 'completion') {
      // A warning, not a stop: 长期坚持 and 立行立改 are deadlines too.
      const dates = [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2099, 11, 31))];
      validations.add(range, { type: 'date', operator: 'between', allowBlank: true, formulae: dates, showErrorMessage: true, errorStyle: 'warning', errorTitle: FIELDS[column.field].zh, error: '请填写日期（如 2026-06-30）；长期任务填“长期坚持”，当即整改填“立行立改”', ...prompt });
      sheet.getColumn(c + 1).numFmt = DATE_FORMAT;
    }
  });
  sheet.autoFilter = { from: { row: TEMPLATE_HEADER_ROW, column: 1 }, to: { row: TEMPLATE_HEADER_ROW, column: last } };
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
