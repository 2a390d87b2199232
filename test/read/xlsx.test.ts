/**
 * Excel workbooks as documents and ledgers, built here with exceljs: several sheets (a 汇总 sheet's totals are
 * declared counts), merged ranges, date cells in several number formats, hidden sheets, and the bad files an office
 * receives (damaged, password-protected, a data dump of 100 000 rows).
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../src/read/xlsx/cell-text.js';
import { MAX_SHEET_ROWS, readXlsx } from '../../src/read/xlsx/index.js';
import { runCli } from '../cli/run-cli.js';
import { checkFile, findingsOf, problemsOf } from '../import/ledger-helpers.js';
import { tempProject } from '../temp-project.js';

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A workbook with a 统计 sheet, a hidden list sheet and a 问题清单 sheet in a layout of its own. */
async function ledgerWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet('统计');
  summary.addRow(['方面', '反馈问题数', '已整改', '整改中', '整改完成率']);
  summary.addRow(['机构编制', 2, 1, 1, 0.5]);
  summary.addRow(['干部监督', 2, 1, 1, 0.5]);
  summary.addRow(['合计', 4, 2, 2, 0.5]);
  summary.getCell('E4').numFmt = '0.0%';
  const lists = workbook.addWorksheet('选项', { state: 'hidden' });
  lists.addRow(['已完成', '整改中', '未启动']);
  const detail = workbook.addWorksheet('问题清单');
  detail.mergeCells('A1:H1');
  detail.getCell('A1').value = '某区委编办巡察整改问题清单';
  detail.addRow(['编报单位：某区委编办', null, null, null, null, '统计截至：2024年5月31日']);
  detail.addRow(['序号', '所属方面', '问题表现', '整改举措', '牵头领导', '责任科室', '完成时间', '整改状态']);
  detail.addRow([1, '机构编制', '超编进人问题未清理', '1、清理超编人员\n2、建立编制台账', '主任 甲', '编制科', new Date(Date.UTC(2024, 2, 31)), '已完成']);
  detail.addRow([2, null, '编制台账更新不及时', '按月更新台账', '副主任 乙', '编制科', '2024年9月底前', '整改中']);
  detail.addRow([3, '干部监督', '个人事项报告抽查不足', '扩大抽查比例', '副主任 丙', '监督科', new Date(Date.UTC(2024, 3, 30)), '整改中']);
  detail.addRow([4, null, '谈心谈话记录缺失', '建立谈话记录', '副主任 丙', '监督科', '长期坚持', '已完成']);
  detail.mergeCells('B4:B5');
  detail.mergeCells('B6:B7');
  detail.getCell('G4').numFmt = 'yyyy"年"m"月"d"日"';
  detail.getCell('G6').numFmt = 'm/d/yy';
  return bytesOf(workbook);
}

describe('the Excel reader', () => {
  it('reads each visible sheet as a table, cells placed at sheet and cell with line = row and column = column', async () => {
    const document = await readXlsx(await ledgerWorkbook());
    if ('error' in document) throw new Error(document.error.en);
    const tables = document.blocks.filter((block) => block.kind === 'table');
    expect(tables.map((table) => table.kind === 'table' && table.name)).toEqual(['统计', '问题清单']);
    const detail = tables[1];
    if (detail.kind !== 'table') throw new Error();
    const words = (r: number, c: number) => document.text.slice(detail.rows[r][c].span.start, detail.rows[r][c].span.end);
    expect([words(3, 6), words(5, 6), words(3, 3)]).toEqual(['2024年3月31日', '4/30/24', '1、清理超编人员\n2、建立编制台账']);
    expect(detail.rows[4][1].mergedFrom).toEqual({ row: 3, column: 1 });
    expect(detail.rows[0][7].mergedFrom).toEqual({ row: 0, column: 0 });
    const cell = detail.rows[3][6];
    expect(document.locate(cell.span.start, cell.span.end)).toMatchObject({ start: { line: 4, column: 7 }, place: { sheet: '问题清单', cell: 'G4' } });
  });

  it('writes dates and numbers as their format shows them', () => {
    const date = new Date(Date.UTC(2024, 0, 5));
    expect(formatDate(date, 'yyyy"年"m"月"d"日"')).toBe('2024年1月5日');
    expect(formatDate(date, 'yyyy/mm/dd')).toBe('2024/01/05');
    expect(formatDate(date, '[$-804]yyyy"年"m"月"')).toBe('2024年1月');
    expect(formatDate(date, 'yyyy-m-d h:mm')).toBe('2024-1-5');
    expect(formatDate(date, undefined)).toBe('2024-01-05');
    expect(formatNumber(0.70588, '0.00%')).toBe('70.59%');
    expect(formatNumber(12, 'General')).toBe('12');
  });

  it('reads the ledger sheet as problems and the 统计 sheet as declared totals', async () => {
    const { imported, result } = await checkFile(await ledgerWorkbook(), 'ledger.xlsx', '2024-05-31');
    expect(imported.plan.aspects.map((a) => [a.title, a.problems.map((p) => p.id)])).toEqual([
      ['机构编制', ['1', '2']],
      ['干部监督', ['3', '4']],
    ]);
    expect(problemsOf(imported).map((p) => [p.deadline, p.status])).toEqual([
      ['2024-03-31', 'done'],
      ['2024-09-30', 'in-progress'],
      ['2024-04-30', 'in-progress'],
      ['长期坚持', 'done'],
    ]);
    expect(problemsOf(imported)[0].measures?.map((m) => m.text)).toEqual(['清理超编人员', '建立编制台账']);
    expect(imported.plan.declared).toMatchObject({ problems: 4, completed: 2, inProgress: 2, completionRate: '50.0%' });
    expect(imported.plan.report).toMatchObject({ title: '某区委编办巡察整改问题清单', issuer: '某区委编办', date: '2024-05-31' });
    const [overdue] = findingsOf(result, 'overdue');
    expect([overdue.problemId, overdue.range.place, overdue.range.start]).toEqual(['3', { sheet: '问题清单', cell: 'G6' }, expect.objectContaining({ line: 6, column: 7 })]);
    expect(findingsOf(result, 'declared-count')).toEqual([]);
  });

  it('says why a damaged or password-protected workbook cannot be read, and the other files are still checked', async () => {
    const good = await ledgerWorkbook();
    const root = tempProject({
      'damaged.xlsx': good.subarray(0, Math.floor(good.length / 2)),
      'protected.xlsx': readFileSync(resolve(import.meta.dirname, '../fixtures/ledgers/password-protected.xlsx')),
      'good.xlsx': good,
    });
    const run = await runCli(['check', 'damaged.xlsx', 'protected.xlsx', 'good.xlsx', '-f', 'json', '--as-of', '2024-05-31'], root);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; message: string; line: number; column: number }[] }[];
    const byName = (name: string) => results.find((r) => r.filePath.endsWith(name))!;
    expect(byName('damaged.xlsx').messages).toEqual([expect.objectContaining({ ruleId: 'parse', line: 1, column: 1, message: expect.stringMatching(/^无法读取 Excel 文件（\.xlsx），文件可能已损坏：/u) })]);
    expect(byName('protected.xlsx').messages).toEqual([expect.objectContaining({ ruleId: 'parse', message: expect.stringMatching(/^Excel 文件设有打开密码（已加密），无法读取：请在 Office 或 WPS 中取消密码后另存为 \.xlsx$/u) })]);
    expect(byName('good.xlsx').messages.some((d) => d.ruleId === 'overdue')).toBe(true);
  });

  it('refuses a 100 000-row sheet with a finding at its sheet and row, before loading it', async () => {
    const root = tempProject({});
    const file = resolve(root, 'dump.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
    const sheet = writer.addWorksheet('数据');
    sheet.addRow(['序号', '反馈问题', '整改措施', '责任领导', '整改时限']).commit();
    for (let i = 1; i < 100_000; i++) sheet.addRow([i, `问题${i}`, '措施', '领导', '2024年1月']).commit();
    await writer.commit();
    const document = await readXlsx(readFileSync(file));
    expect('error' in document && document).toMatchObject({
      error: { zh: expect.stringContaining(`工作表“数据”有 100000 行，超过可检查的 ${MAX_SHEET_ROWS} 行`) },
      range: { start: { line: MAX_SHEET_ROWS + 1, column: 1 }, place: { sheet: '数据', cell: `A${MAX_SHEET_ROWS + 1}` } },
    });
  }, 60_000);

  it('pads rows to the table\'s width; a word typed in a far column stays in its row\'s last cell, placed at its own', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['序号', '问题', '时限', '状态']);
    sheet.addRow([1, '台账不全']);
    sheet.addRow([2, '制度缺失', '2024年6月底前', '已完成']);
    sheet.addRow([3, '考核走样', '长期坚持']);
    sheet.getCell('XFD3').value = '草稿';
    const document = await readXlsx(await bytesOf(workbook));
    if ('error' in document) throw new Error(document.error.en);
    const [table] = document.blocks;
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((row) => row.length)).toEqual([4, 4, 4, 4]);
    const blank = table.rows[1][3];
    expect(document.locate(blank.span.start, blank.span.end).place).toEqual({ sheet: '台账', cell: 'D2' });
    const folded = table.rows[2][3];
    expect(document.text.slice(folded.span.start, folded.span.end)).toBe('已完成\t草稿');
    expect(document.locate(folded.span.end - 2, folded.span.end).place).toEqual({ sheet: '台账', cell: 'XFD3' });
  });


  it('keeps a sparse sheet\'s columns where its only words stand in a far column', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('备注');
    for (let r = 1; r <= 300; r++) sheet.getCell(`H${r}`).value = `备注${r}`;
    const document = await readXlsx(await bytesOf(workbook));
    if ('error' in document) throw new Error(document.error.en);
    const [table] = document.blocks;
    if (table?.kind !== 'table') throw new Error('no table');
    expect(new Set(table.rows.map((row) => row.length))).toEqual(new Set([8]));
    const last = table.rows[299][7];
    expect(document.text.slice(last.span.start, last.span.end)).toBe('备注300');
  });
});
