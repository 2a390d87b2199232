/**
 * A column whose header joins two fields (责任领导及责任单位, 整改时限及完成情况, 责任单位及责任人, 责任领导/责任单位)
 * holds both in each cell: the cell is split where the second field's words begin, and a cell holding the first
 * field alone stays whole. A column of the second field's own keeps it, and the joined column is read whole.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkFile, findingsOf, problemsOf } from './ledger-helpers.js';

async function workbook(rows: (string | number)[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('台账');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const owners = (bytes: Uint8Array, asOf = '2024-10-31') => checkFile(bytes, 'taizhang.xlsx', asOf);

describe('a header joining two fields', () => {
  it('责任领导及责任单位 and 整改时限及完成情况: each cell gives both, split where the second begins', async () => {
    const { imported, result } = await owners(
      await workbook([
        ['序号', '存在问题', '整改措施', '责任领导及责任单位', '整改时限及完成情况'],
        [1, '档案管理混乱', '整理档案', '局长 孟川、办公室', '2024年6月底前；已完成'],
        [2, '执法记录不全', '配齐执法记录仪', '副局长 谷雨，执法大队', '2024年9月30日 正在推进'],
        [3, '学习流于形式', '制定学习计划', '局长 孟川、副局长 谷雨、机关党委', '长期坚持；持续推进'],
        [4, '接待超标', '清退超标费用', '副局长 谷雨', '立行立改'],
      ]),
    );
    expect(problemsOf(imported).map((p) => [p.responsibleLeader, p.responsibleDepartment ?? null, p.deadline ?? null, p.status ?? null])).toEqual([
      ['局长 孟川', '办公室', '2024-06-30', 'done'],
      ['副局长 谷雨', '执法大队', '2024-09-30', 'in-progress'],
      ['局长 孟川、副局长 谷雨', '机关党委', '长期坚持', 'ongoing'],
      ['副局长 谷雨', null, '立行立改', null],
    ]);
    // Problem 2 is past its deadline and still in progress; the finding stands at the status's words in E3.
    expect(findingsOf(result, 'overdue').map((d) => [d.problemId, d.range.place])).toEqual([['2', expect.objectContaining({ cell: 'E3' })]]);
  });

  it('责任单位及责任人 and 责任领导/责任单位: a person’s name or a unit after the unit or leader', async () => {
    const { imported } = await owners(
      await workbook([
        ['序号', '存在问题', '整改措施', '责任领导/责任单位', '责任单位及责任人', '完成时限'],
        [1, '档案管理混乱', '整理档案', '局长 孟川/办公室', '办公室 林可', '2024年6月30日'],
        [2, '执法记录不全', '配齐执法记录仪', '副局长 谷雨', '执法大队、周正', '2024年9月30日'],
      ]),
    );
    // The department has a column of its own (责任领导/责任单位 names it second): the joined 责任单位及责任人 column
    // is the department's; 责任领导/责任单位 is then read whole as the leader.
    expect(problemsOf(imported).map((p) => [p.responsibleLeader, p.responsibleDepartment ?? null, p.responsiblePerson ?? null])).toEqual([
      ['局长 孟川/办公室', '办公室', '林可'],
      ['副局长 谷雨', '执法大队', '周正'],
    ]);
  });
});
