/**
 * `rectlint init --ledger`: the 整改台账 template an office sends out. Its header is read as the fields it names, its
 * status and date columns carry Excel's checks, the untouched template (its example row still the example) is not a
 * plan, and the template filled in as a unit fills it reads field for field, each value at its cell.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_FIELDS, TEMPLATE_HEADERS, TEMPLATE_HEADER_ROW, TEMPLATE_SHEET } from '../../src/cli/ledger-template.js';
import { STATUSES } from '../../src/core/status.js';
import { findLedgers } from '../../src/import/ledger/index.js';
import { Lexicon } from '../../src/import/lexicon.js';
import { readXlsx } from '../../src/read/xlsx/index.js';
import { checkFile, findingsOf, problemsOf } from '../import/ledger-helpers.js';
import { tempProject } from '../temp-project.js';
import { runCli } from './run-cli.js';

const FILE = '整改台账模板.xlsx';

async function template(): Promise<{ root: string; bytes: Uint8Array }> {
  const root = tempProject({});
  const run = await runCli(['init', '--ledger'], root);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`已写入 ${join(root, FILE)}\n`);
  return { root, bytes: readFileSync(join(root, FILE)) };
}

describe('rectlint init --ledger', () => {
  it('writes a sheet whose header the ledger reader maps column for column, with a status list and date checks', async () => {
    const { bytes } = await template();
    const document = await readXlsx(bytes);
    if ('error' in document) throw new Error(document.error.en);
    const { ledgers } = findLedgers(document, Lexicon.of());
    expect(ledgers).toHaveLength(1);
    expect(ledgers[0].header.columns).toEqual(TEMPLATE_FIELDS);
    expect(TEMPLATE_FIELDS).toEqual(expect.arrayContaining(['sequence', 'aspect', 'feedback', 'causes', 'measures', 'leader', 'department', 'person', 'deadline', 'status', 'evidence']));

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet(TEMPLATE_SHEET)!;
    expect((sheet.getRow(TEMPLATE_HEADER_ROW).values as unknown[]).slice(1)).toEqual(TEMPLATE_HEADERS);
    const column = (field: string) => TEMPLATE_FIELDS.indexOf(field as never) + 1;
    // Far below the example row, the checks still hold.
    const status = sheet.getCell(TEMPLATE_HEADER_ROW + 500, column('status')).dataValidation;
    expect(status).toMatchObject({ type: 'list', formulae: [`"${STATUSES.map((s) => s.zh).join(',')}"`] });
    const deadline = sheet.getCell(TEMPLATE_HEADER_ROW + 500, column('deadline')).dataValidation;
    // A warning only: 长期坚持 and 立行立改 are deadlines too.
    expect(deadline).toMatchObject({ type: 'date', operator: 'between', errorStyle: 'warning' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: TEMPLATE_HEADER_ROW });
  });

  it('refuses to overwrite a file without --force, and writes to the name given', async () => {
    const { root } = await template();
    const again = await runCli(['init', '--ledger'], root);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('已存在；用 --force 覆盖');
    expect((await runCli(['init', '--ledger', '--force'], root)).code).toBe(0);
    expect((await runCli(['init', '--ledger', '模板.csv'], root)).code).toBe(2);
    expect((await runCli(['init', '--ledger', '第二轮.xlsx'], root)).code).toBe(0);
    expect(readFileSync(join(root, '第二轮.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('is not a plan while its example row is still the example', async () => {
    const { root } = await template();
    const run = await runCli(['check', FILE, '-f', 'json', '--as-of', '2026-03-01'], root);
    expect(run.code).toBe(1);
    const [file] = JSON.parse(run.stdout);
    expect(file.verdict.key).toBe('returned');
    // The example's words are reported as unfilled at their own cells (row 4 of the sheet).
    const placeholders = file.messages.filter((m: { message: string }) => /（反馈意见的方面|（巡察反馈的问题原文|（从思想认识/u.test(m.message));
    expect(placeholders.length).toBeGreaterThan(0);
    expect(placeholders.every((m: { line: number }) => m.line === TEMPLATE_HEADER_ROW + 1)).toBe(true);
  });

  it('reads perfectly once filled in: every field, every status of its list, dates and text deadlines, each at its cell', async () => {
    const { bytes } = await template();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet(TEMPLATE_SHEET)!;
    sheet.getCell('A1').value = '关于落实县委第三巡察组反馈意见的整改台账';
    sheet.getCell('A2').value = '填报单位（盖章）：县民政局';
    sheet.getCell(2, 8).value = '填报日期：2026年3月1日';
    const done = (s: string) => s === 'done' || s === 'done-ongoing';
    STATUSES.forEach((status, i) => {
      const n = i + 1;
      const values: Record<string, unknown> = {
        sequence: n,
        aspect: n <= 4 ? '社会救助方面' : '养老服务方面',
        feedback: `第${n}项问题：低保对象动态管理不到位`,
        causes: '1．思想上重视不够；2．核查机制不健全',
        measures: '1．开展低保对象全面核查；2．建立季度复核制度',
        leader: '副局长 周某',
        department: '社会救助股',
        person: `经办人${n}`,
        deadline: n === 8 ? '长期坚持' : new Date(Date.UTC(2026, 5, 30)),
        status: status.zh,
        progress: '已完成首轮核查',
        completion: done(status.key) ? new Date(Date.UTC(2026, 1, 20)) : null,
        evidence: done(status.key) ? '《县民政局低保复核办法》（县民发〔2026〕3号）' : '/',
        remarks: null,
      };
      const row = sheet.getRow(TEMPLATE_HEADER_ROW + n);
      TEMPLATE_FIELDS.forEach((field, c) => (row.getCell(c + 1).value = values[field] as ExcelJS.CellValue));
    });
    const filled = new Uint8Array(await book.xlsx.writeBuffer());
    const { imported, result } = await checkFile(filled, 'filled.xlsx', '2026-03-01');

    expect(imported.plan.report).toMatchObject({ title: '关于落实县委第三巡察组反馈意见的整改台账', issuer: '县民政局', date: '2026-03-01' });
    expect(imported.plan.aspects.map((a) => [a.title, a.problems.length])).toEqual([
      ['社会救助方面', 4],
      ['养老服务方面', STATUSES.length - 4],
    ]);
    const problems = problemsOf(imported);
    expect(problems.map((p) => p.status)).toEqual(STATUSES.map((s) => s.key));
    for (const [i, p] of problems.entries()) {
      expect(p).toMatchObject({
        id: String(i + 1),
        causes: ['思想上重视不够', '核查机制不健全'],
        measures: [{ text: '开展低保对象全面核查' }, { text: '建立季度复核制度' }],
        responsibleLeader: '副局长 周某',
        responsibleDepartment: '社会救助股',
        responsiblePerson: `经办人${i + 1}`,
        deadline: i === 7 ? '长期坚持' : '2026-06-30',
      });
      if (done(p.status!)) expect([p.completionDate, p.evidence?.[0]]).toEqual(['2026-02-20', expect.objectContaining({ reference: '县民发〔2026〕3号' })]);
      else expect(p.evidence).toBeUndefined();
    }
    // Nothing is left unread, and a finding points at the sheet's cell.
    expect(findingsOf(result, 'import-unrecognized')).toEqual([]);
    expect(findingsOf(result, 'require-problems')).toEqual([]);
    const postponed = result.diagnostics.find((d) => d.problemId === String(STATUSES.findIndex((s) => s.key === 'postponed') + 1) && d.range.place?.cell !== undefined);
    expect(postponed?.range.place).toMatchObject({ sheet: TEMPLATE_SHEET });
  });
});
