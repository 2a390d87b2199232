/**
 * A ledger with no 佐证材料 column tells its evidence in the progress it reports (已完成。印发《…》〔2024〕7号): that is
 * the problem's evidence, as in a narrative report. Where the table has a 佐证材料 column, its blank or 无 is the unit's
 * own word and stands; a text the unit only followed (按照《…》) is no evidence; a plan's table reports nothing done.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkFile, findingsOf, problemsOf, wordDocument } from './ledger-helpers.js';

async function workbook(rows: (string | number)[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('台账');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const HEADER = ['序号', '问题', '整改措施', '责任领导', '完成时限', '完成情况'];
const ROWS = [
  [1, '议事规则执行不严', '修订议事规则', '局长 石坚', '2024年5月31日', '已完成。修订印发《局党组议事规则》（水党发〔2024〕7号）。'],
  [2, '干部请销假不规范', '建立请销假登记', '副局长 林岚', '2024年4月30日', '已完成，局务会议纪要已存档。'],
  [3, '业务培训针对性不强', '按需制定培训计划', '副局长 林岚', '2024年5月31日', '已完成。按照《干部教育培训工作条例》开展培训。'],
  [4, '档案管理混乱', '整理2020年以来档案', '局长 石坚', '2024年3月31日', '已完成。'],
];

describe('evidence in a ledger’s progress cells', () => {
  it('is read from a table with no 佐证材料 column, cell by cell, placed at its words', async () => {
    const { imported, result } = await checkFile(await workbook([['县水务局巡察整改落实台账'], HEADER, ...ROWS]), 'taizhang.xlsx', '2024-06-30');
    expect(problemsOf(imported).map((p) => [p.id, p.evidence?.map((e) => [e.type, e.title, e.reference ?? null]) ?? null])).toEqual([
      ['1', [['文件', '《局党组议事规则》', '水党发〔2024〕7号']]],
      ['2', [['会议纪要', '会议纪要', null]]],
      ['3', null],
      ['4', null],
    ]);
    // Each finding stands at the problem's 完成情况 cell (column F; the title is row 1, the header row 2).
    expect(findingsOf(result, 'completed-requires-evidence').map((d) => [d.problemId, d.range.place])).toEqual([
      ['3', expect.objectContaining({ sheet: '台账', cell: 'F5' })],
      ['4', expect.objectContaining({ sheet: '台账', cell: 'F6' })],
    ]);
  });

  it('leaves the evidence to the 佐证材料 column when there is one: its 无 stands', async () => {
    const rows = ROWS.map((row) => [...row, '无']);
    const { imported, result } = await checkFile(await workbook([[...HEADER, '佐证材料'], ...rows]), 'taizhang.xlsx', '2024-06-30');
    expect(problemsOf(imported).map((p) => p.evidence ?? null)).toEqual([null, null, null, null]);
    expect(findingsOf(result, 'completed-requires-evidence').map((d) => d.problemId)).toEqual(['1', '2', '3', '4']);
  });

  it('reads a Word table the same way, and a plan’s table (整改方案) not at all', async () => {
    const table = [HEADER, ...ROWS.map((row) => row.map(String))];
    const report = await checkFile(await wordDocument('县水务局党组关于巡察整改情况的报告', table), 'report.docx', '2024-06-30');
    expect(problemsOf(report.imported).map((p) => p.evidence?.length ?? 0)).toEqual([1, 1, 0, 0]);
    const plan = await checkFile(await wordDocument('县水务局党组巡察整改方案', table), 'plan.docx', '2024-06-30');
    expect(problemsOf(plan.imported).map((p) => p.evidence?.length ?? 0)).toEqual([0, 0, 0, 0]);
  });
});
