/**
 * A finding in a ledger keeps its place in the file's own terms in every output format: the sheet's cell
 * (明细!D7) beside line = row and column = column, a Word table cell, a PDF page and line.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv04Module from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { describePlace, whereText } from '../../src/formatters/place.js';
import { runCli } from '../cli/run-cli.js';
import { tempProject } from '../temp-project.js';

/** A one-sheet ledger whose second problem has no 完成时限 (cell E3 of sheet 2024明细). */
async function ledger(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('2024明细');
  sheet.addRow(['序号', '反馈问题', '整改措施', '责任领导', '完成时限', '整改状态', '佐证材料']);
  sheet.addRow([1, '制度执行不严', '修订制度', '局长 甲', '2024年6月底前', '正在推进', '']);
  sheet.addRow([2, '台账登记不全', '补齐台账', '副局长 乙', null, '正在推进', '']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const CONFIG = { extends: [], rules: { 'require-deadline': 'error' } };

async function output(format: string): Promise<string> {
  const root = tempProject({ 'rectlint.config.json': CONFIG, '台账.xlsx': await ledger() });
  const out = join(root, 'out.txt');
  const run = await runCli(['check', '台账.xlsx', '-f', `${format}:${out}`, '--as-of', '2024-05-01'], root);
  expect(run.code).toBe(1);
  return readFileSync(out, 'utf8');
}

describe('places in every format', () => {
  it('describes a place in both locales', () => {
    expect(describePlace({ sheet: '明细', cell: 'D7' }, 'zh-CN')).toBe('明细!D7');
    expect(describePlace({ sheet: '2024 明细', cell: 'D7' }, 'en')).toBe("'2024 明细'!D7");
    expect(describePlace({ cell: 'E4' }, 'zh-CN')).toBe('E4');
    expect(describePlace({ table: 1, row: 3, column: 4, paragraph: 57 }, 'zh-CN')).toBe('表1第3行第4列');
    expect(describePlace({ table: 1, row: 3, column: 4, paragraph: 57 }, 'en')).toBe('table 1 row 3 col 4');
    expect(describePlace({ paragraph: 12 }, 'en')).toBe('paragraph 12');
    expect(describePlace({ page: 2, pageLine: 14 }, 'zh-CN')).toBe('第2页第14行');
    expect(describePlace({ page: 2, pageLine: 14, table: 1, row: 3, column: 4 }, 'en')).toBe('page 2 line 14, table 1 row 3 col 4');
    expect(describePlace(undefined, 'zh-CN')).toBeUndefined();
    expect(whereText({ start: { line: 4, column: 5, offset: 0 }, end: { line: 4, column: 6, offset: 0 }, place: { sheet: '明细', cell: 'E4' } }, 'zh-CN')).toBe('4:5 明细!E4');
  });

  it('stylish, junit, markdown, csv and html print line:column and the cell', async () => {
    for (const format of ['stylish', 'junit', 'markdown', 'csv', 'html']) expect(await output(format), format).toContain('3:5 2024明细!E3');
  });

  it('json gives the place and its words; github and checkstyle put the cell before the message', async () => {
    const [file] = JSON.parse(await output('json'));
    expect(file.messages.find((m: { ruleId: string }) => m.ruleId === 'require-deadline')).toMatchObject({ line: 3, column: 5, place: { sheet: '2024明细', cell: 'E3' }, placeText: '2024明细!E3' });
    expect(await output('github')).toMatch(/^::error file=台账\.xlsx,line=3,endLine=3,col=5,endColumn=6,title=rectlint require-deadline::2024明细!E3: /mu);
    expect(await output('checkstyle')).toContain('message="2024明细!E3: ');
  });

  it('sarif gives the cell as a logical location, with no character offsets into the reader’s text, and stays valid', async () => {
    const log = JSON.parse(await output('sarif'));
    const [location] = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'require-deadline').locations;
    expect(location).toEqual({
      physicalLocation: { artifactLocation: expect.anything(), region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 6 } },
      logicalLocations: [{ fullyQualifiedName: '2024明细!E3' }],
      properties: { place: { sheet: '2024明细', cell: 'E3' } },
    });
    const Ajv04 = ((Ajv04Module as any).default ?? Ajv04Module) as typeof Ajv04Module.default;
    const ajv = new Ajv04({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../shared/data/sarif/sarif-schema-2.1.0.json'), 'utf8')));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });
});
