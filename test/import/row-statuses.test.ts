/**
 * A ledger that lists a problem over several rows, one measure a row with its own status (the problem's cells
 * merged down over them): the problem is as far as its least advanced measure, and each measure keeps its row's
 * status, so a problem whose first row says 已完成 while a later row is 正在推进 is not reported done.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkFile, problemsOf } from './ledger-helpers.js';

describe('a status a measure row', () => {
  it('gives the problem its least advanced status and each measure its own', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('台账');
    sheet.addRow(['序号', '存在问题', '整改措施', '责任股室', '完成时限', '整改状态']);
    sheet.addRow([1, '农机补贴公示不及时', '1.补贴名单按季度公示', '农机股', '2024-06-30', '已完成']);
    sheet.addRow([null, null, '2.开展补贴资金回头看', '农机股', '2024-12-31', '正在推进']);
    sheet.addRow([2, '种子市场检查频次低', '每月开展一次种子市场检查', '执法大队', '长期坚持', '持续推进']);
    sheet.addRow([3, '动物防疫档案不全', '1.补齐免疫档案', '畜牧股', '2024-05-31', '已完成']);
    sheet.addRow([null, null, '2.推行电子档案', '畜牧股', '2024-08-31', '已完成']);
    sheet.mergeCells('A2:A3');
    sheet.mergeCells('B2:B3');
    sheet.mergeCells('A5:A6');
    sheet.mergeCells('B5:B6');
    const { imported } = await checkFile(new Uint8Array(await book.xlsx.writeBuffer()), 'taizhang.xlsx', '2024-09-01');
    const [first, second, third] = problemsOf(imported);
    expect([first.status, first.measures?.map((measure) => measure.status)]).toEqual(['in-progress', ['done', 'in-progress']]);
    expect([second.status, second.measures?.map((measure) => measure.status)]).toEqual(['ongoing', [undefined]]);
    // The same status on every row is the problem's alone.
    expect([third.status, third.measures?.map((measure) => measure.status)]).toEqual(['done', [undefined, undefined]]);
    const place = imported.spans.get(['aspects', 0, 'problems', 0, 'status'])!;
    expect(imported.source.locate(place.start, place.end).place).toEqual({ sheet: '台账', cell: 'F3' });
  });
});
