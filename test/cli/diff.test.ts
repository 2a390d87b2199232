import { copyFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
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
