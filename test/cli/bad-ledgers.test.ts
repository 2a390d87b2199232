/**
 * The bad files an inspection office receives, checked in one run with a good ledger: a damaged workbook, one with an
 * open password, a 100 000-row data dump, a scanned PDF with no text layer and a Word file with no table and no
 * text. Each is one clear finding where its trouble is (never a stack trace), and the good file is still checked.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SHEET_ROWS } from '../../src/read/xlsx/index.js';
import { docx } from '../import/docx-fixture.js';
import { tempProject } from '../temp-project.js';
import { runCli } from './run-cli.js';

async function ledger(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('台账');
  sheet.addRow(['序号', '存在问题', '整改措施', '责任领导', '整改时限', '整改状态']);
  sheet.addRow([1, '政府采购未执行比价', '建立比价制度', '副局长 甲', '2024年3月底前', '正在推进']);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A one-page PDF whose page draws a rectangle and holds no text, as a scanner's PDF holds only an image. */
function scannedPdf(): Uint8Array {
  const stream = '0.2 g 72 600 400 120 re f';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

describe('bad files in one run', () => {
  it('gives each a clear finding at the right place and still checks the good ledger', async () => {
    const good = await ledger();
    const root = tempProject({
      'damaged.xlsx': good.subarray(0, Math.floor(good.length / 2)),
      'protected.xlsx': readFileSync(resolve(import.meta.dirname, '../fixtures/ledgers/password-protected.xlsx')),
      'scan.pdf': scannedPdf(),
      'blank.docx': await docx(['', '']),
      'good.xlsx': good,
    });
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(root, 'dump.xlsx'), useSharedStrings: false });
    const dump = writer.addWorksheet('导出数据');
    dump.addRow(['序号', '反馈问题', '整改措施', '责任领导', '整改时限']).commit();
    for (let i = 1; i < 100_000; i++) dump.addRow([i, `问题${i}`, '措施', '领导', '2024年1月']).commit();
    await writer.commit();

    const names = ['damaged.xlsx', 'protected.xlsx', 'dump.xlsx', 'scan.pdf', 'blank.docx', 'good.xlsx'];
    const run = await runCli(['check', ...names, '-f', 'json', '--as-of', '2024-05-31'], root);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    type Message = { ruleId: string; line: number; column: number; message: string; place?: unknown };
    const results = JSON.parse(run.stdout) as { filePath: string; verdict: { key: string }; messages: Message[] }[];
    const only = (name: string) => {
      const file = results.find((r) => r.filePath.endsWith(name))!;
      expect(file.messages).toHaveLength(1);
      expect(file.verdict.key).toBe('returned');
      return file.messages[0];
    };
    expect(only('damaged.xlsx')).toMatchObject({ ruleId: 'parse', line: 1, column: 1, message: expect.stringMatching(/^无法读取 Excel 文件（\.xlsx），文件可能已损坏/u) });
    expect(only('protected.xlsx')).toMatchObject({ ruleId: 'parse', message: expect.stringMatching(/^Excel 文件设有打开密码（已加密），无法读取/u) });
    expect(only('dump.xlsx')).toMatchObject({
      ruleId: 'parse',
      line: MAX_SHEET_ROWS + 1,
      column: 1,
      place: { sheet: '导出数据', cell: `A${MAX_SHEET_ROWS + 1}` },
      message: expect.stringContaining('工作表“导出数据”有 100000 行'),
    });
    expect(only('scan.pdf')).toMatchObject({ ruleId: 'parse', line: 1, column: 1, message: expect.stringMatching(/^扫描件，无文字层/u) });
    expect(only('blank.docx')).toMatchObject({ ruleId: 'parse', line: 1, column: 1, message: expect.stringMatching(/^文件为空/u) });
    const checked = results.find((r) => r.filePath.endsWith('good.xlsx'))!;
    expect(checked.messages.find((m) => m.ruleId === 'overdue')).toMatchObject({ line: 2, column: 5, place: { sheet: '台账', cell: 'E2' } });
  }, 120_000);
});
