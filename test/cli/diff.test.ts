import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { docx } from '../import/docx-fixture.js';
import { tempProject } from '../temp-project.js';
import { runCli } from './run-cli.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/plan-and-report');

function project(): string {
  const root = tempProject({});
  for (const name of ['plan.json', 'report.json', 'report.txt']) copyFileSync(join(FIXTURES, name), join(root, name));
  return root;
}

describe('rectlint diff', () => {
  it('a plan and its report: problems dropped, moved and changed, findings fixed and new, the scores (stylish)', async () => {
    const root = project();
    const run = await runCli(['diff', 'plan.json', 'report.json'], root);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual(['plan.json → report.json', '', '问题：新增 0 · 删去 1 · 移动 1 · 修改 7', '  - 2.3 非遗保护项目经费结余未清理  plan.json:91:9']);
    expect(lines).toContain('  ↷ 3.1 → 3.2 年轻干部培养力度不足（按标题对应，相似度 80%）');
    expect(lines).toContain('  ~ 1.2 整改时限：2023-05-31 → 2023-08-31');
    expect(lines).toContain('  ~ 1.3 整改时限：2023-06-30 → 2023-06-30（延期至 2023-10-31）');
    expect(lines).toContain('  ~ 2.1 状态：已完成 → 正在推进');
    expect(lines).toContain('  ✖ report.json:114:5  方案中的问题 2.3“非遗保护项目经费结余未清理”（plan.json:91:9）在报告中没有下落  problem-dropped');
    expect(lines.at(-2)).toMatch(/^得分 [\d.]+ → [\d.]+（-[\d.]+） · 结论 通过 → 退回修改$/);
  });

  it('json gives the whole comparison, with places; --locale en', async () => {
    const root = project();
    const run = await runCli(['diff', 'plan.json', 'report.json', '-f', 'json', '--locale', 'en'], root);
    const diff = JSON.parse(run.stdout);
    expect(diff.before).toMatchObject({ name: 'plan.json', verdict: 'accepted' });
    expect(diff.after).toMatchObject({ name: 'report.json', verdict: 'returned' });
    expect(diff.problems.dropped).toEqual([{ id: '2.3', title: '非遗保护项目经费结余未清理', path: ['aspects', 1, 'problems', 2], line: 91, column: 9 }]);
    expect(diff.problems.moved[0]).toMatchObject({ from: { id: '3.1' }, to: { id: '3.2', line: 187, column: 9 }, by: 'title', similarity: 0.8 });
    expect(diff.problems.changed.find((c: any) => c.problem.id === '2.1').changes).toEqual([{ field: 'status', from: 'done', to: 'in progress' }]);
    expect(diff.findings.new.filter((d: any) => d.ruleId === 'problem-dropped').map((d: any) => [d.line, d.column])).toEqual([[45, 11], [114, 5], [189, 20]]);
    expect(Object.keys(diff.findings)).toEqual(['fixed', 'new', 'remaining', 'goneWithProblem']);
  });

  it('reads any format: the text report against the JSON plan', async () => {
    const root = project();
    const diff = JSON.parse((await runCli(['diff', 'plan.json', 'report.txt', '-f', 'json'], root)).stdout);
    expect(diff.problems.dropped.map((p: any) => p.id)).toEqual(['2.3']);
    expect(diff.problems.moved.map((m: any) => [m.from.id, m.to.id, m.to.line])).toEqual([['2.4', '2.3', 37]]);
  });

  it('reads any format on either side: a Word report against the JSON plan, a text report against an Excel 台账 plan', async () => {
    const root = project();
    const reportText = readFileSync(join(root, 'report.txt'), 'utf8');
    writeFileSync(join(root, 'report.docx'), await docx(reportText.split('\n').filter((line) => line.trim() !== '')));
    // The plan as an office's 台账: an aspect row, then a row per problem, its measures numbered in one cell.
    const plan = JSON.parse(readFileSync(join(root, 'plan.json'), 'utf8'));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['序号', '反馈问题', '原因分析', '整改措施', '责任领导', '整改时限', '完成情况']);
    const words: Record<string, string> = { 'not-started': '未开始', 'in-progress': '正在推进', done: '已完成' };
    for (const aspect of plan.aspects) {
      sheet.addRow([`${'一二三'[Number(aspect.id) - 1]}、${aspect.title}`]);
      for (const p of aspect.problems) {
        sheet.addRow([p.id, p.title, (p.causes ?? []).join('；'), p.measures.map((m: { text: string }, i: number) => `${i + 1}.${m.text}`).join('\n'), p.responsibleLeader, p.deadline, words[p.status]]);
      }
    }
    writeFileSync(join(root, 'plan.xlsx'), new Uint8Array(await workbook.xlsx.writeBuffer()));

    const word = JSON.parse((await runCli(['diff', 'plan.json', 'report.docx', '-f', 'json'], root)).stdout);
    const excel = JSON.parse((await runCli(['diff', 'plan.xlsx', 'report.txt', '-f', 'json'], root)).stdout);
    for (const diff of [word, excel]) {
      expect(diff.problems.dropped.map((p: any) => p.id)).toEqual(['2.3']);
      expect(diff.problems.moved.map((m: any) => [m.from.id, m.to.id])).toEqual([['2.4', '2.3']]);
      const changed = (id: string) => diff.problems.changed.find((c: any) => c.problem.id === id)?.changes ?? [];
      expect(changed('1.2')).toContainEqual({ field: 'deadline', from: '2023-05-31', to: '2023-08-31' });
      expect(changed('2.1')).toContainEqual({ field: 'status', from: '已完成', to: '正在推进' });
      expect(diff.findings.new.filter((d: any) => d.ruleId === 'problem-dropped').length).toBeGreaterThan(0);
    }
    // Each place in its file's own terms: a Word paragraph, a 台账 cell (row 9, column B: problem 2.3's title).
    expect(word.after.name).toBe('report.docx');
    expect(excel.problems.dropped[0]).toMatchObject({ title: '非遗保护项目经费结余未清理', line: 9, column: 2 });
    const stylish = (await runCli(['diff', 'plan.xlsx', 'report.txt'], root)).stdout;
    expect(stylish).toContain('  - 2.3 非遗保护项目经费结余未清理  plan.xlsx:9:2');
    expect(stylish).toMatch(/✖ report\.txt:\d+:\d+  方案中的问题 2\.3“非遗保护项目经费结余未清理”（plan\.xlsx:9:2）在报告中没有下落  problem-dropped/);
  });

  it('usage: two files, an existing file, a known format; an unreadable version is exit 1', async () => {
    const root = project();
    expect((await runCli(['diff', 'plan.json'], root)).code).toBe(2);
    expect((await runCli(['diff', 'plan.json', 'nope.json'], root)).stderr).toContain('没有这个文件 (no such file): "nope.json"');
    expect((await runCli(['diff', 'plan.json', 'report.json', '-f', 'html'], root)).code).toBe(2);
    writeFileSync(join(root, 'broken.json'), '{ "aspects": [ }');
    const broken = await runCli(['diff', 'plan.json', 'broken.json'], root);
    expect([broken.code, broken.stderr.startsWith('rectlint: broken.json:1:')]).toEqual([1, true]);
    expect((await runCli(['diff', '--help'], root)).stdout).toMatch(/^rectlint diff 旧版本 新版本/);
  });
});
