/**
 * A ledger without a 佐证材料 column whose 备注 points to the proof (佐证材料见附件2, 详见附件): the remark is the
 * problem's evidence too, so a done problem with its proof in the remarks is not reported without evidence; a
 * remark that points to nothing (已约谈3人) gives none.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { checkFile, findingsOf, problemsOf } from './ledger-helpers.js';

describe('a 备注 column pointing to the proof', () => {
  it('reads such a remark as evidence and keeps it as a remark', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('台账');
    sheet.addRow(['序号', '问题', '整改措施', '责任领导', '完成时限', '完成情况', '备注']);
    sheet.addRow([1, '食堂账目公示不及时', '每月公示食堂收支', '副校长 温良', '2024-05-31', '已完成', '佐证材料见附件2']);
    sheet.addRow([2, '校车安全检查记录缺失', '建立校车每日检查台账', '副校长 温良', '2024-04-30', '已完成', '已约谈驾驶员3人']);
    sheet.addRow([3, '教师考勤制度执行不严', '推行刷脸考勤', '校长 冷杉', '2024-06-30', '已完成', '详见附件']);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const { imported, result } = await checkFile(bytes, 'taizhang.xlsx', '2024-07-01');
    expect(problemsOf(imported).map((p) => [p.title, p.evidence?.map((e) => e.title), p['x-remarks' as never]])).toEqual([
      ['食堂账目公示不及时', ['佐证材料见附件2'], '佐证材料见附件2'],
      ['校车安全检查记录缺失', undefined, '已约谈驾驶员3人'],
      ['教师考勤制度执行不严', ['详见附件'], '详见附件'],
    ]);
    expect(findingsOf(result, 'completed-requires-evidence').map((d) => d.problemId)).toEqual(['2']);
  });
});

describe('a 备注 column that states the status', () => {
  it('gives the status where no column states one', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('台账');
    sheet.addRow(['序号', '问题', '整改措施', '责任领导', '完成时限', '备注']);
    sheet.addRow([1, '图书采购程序不规范', '修订采购办法', '副馆长 苗圃', '2024-05-31', '已完成']);
    sheet.addRow([2, '数字资源利用率低', '开展数字阅读推广', '馆长 林泉', '2024-12-31', '正在推进，已开展推广活动6场']);
    const { imported } = await checkFile(new Uint8Array(await book.xlsx.writeBuffer()), 'taizhang.xlsx', '2024-07-01');
    expect(problemsOf(imported).map((p) => [p.title, p.status, p.statusText])).toEqual([
      ['图书采购程序不规范', 'done', '已完成'],
      ['数字资源利用率低', 'in-progress', '正在推进'],
    ]);
  });
});

describe('a 备注 label that states a status, in a report whose status label says another', () => {
  it('leaves the status to the status label, whichever comes first', () => {
    const heading = ['市体育局党组关于巡察整改情况的报告', '', '一、场馆管理方面'];
    const before = importReport([...heading, '1.体育馆出租收入未入账', '整改措施：追缴并入账。', '备注：已完成追缴。', '整改状态：正在推进'].join('\n'));
    const after = importReport([...heading, '1.体育馆出租收入未入账', '整改措施：追缴并入账。', '整改状态：正在推进', '备注：已完成追缴。'].join('\n'));
    for (const { plan } of [before, after]) expect(plan.aspects[0].problems.map((p) => p.status)).toEqual(['in-progress']);
  });
});
