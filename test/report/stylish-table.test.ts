import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/api.js';
import { summarizePlan } from '../../src/formatters/report/plan-summary.js';
import { basePlan } from '../fixtures/base-plan.js';
import { runCli } from '../cli/run-cli.js';
import { tempProject } from '../temp-project.js';
import { reportFixture } from './fixture-plans.js';

function tableOf(stdout: string): string[] {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => l.startsWith('  方案  ') || l.startsWith('  plan  '));
  if (start < 0) return [];
  const end = lines.indexOf('', start);
  return lines.slice(start, end);
}

describe('stylish per-plan summary table', () => {
  it('ends a multi-plan run with one aligned line per plan before the totals', async () => {
    const root = reportFixture();
    const run = await runCli(['check', 'plans'], root);
    const table = tableOf(run.stdout);
    expect(table).toHaveLength(6);
    expect(table[0]).toBe('  方案                                      得分  等级    结论      错误  警告  逾期  无佐证  会议缺失');
    expect(table[5]).toBe('  plans/e-broken.json                        0.0  不合格  退回修改     1     0     0       0         0');
    // Columns come from the plan's summary; rules landing later change the counts, not the layout.
    // The same run as the output's: batch rules judge the plans of a run together, so a plan's score is its round's.
    const results = (await lintFiles(['plans'], { cwd: root })).results.filter((r) => r.filePath.endsWith('b-weak.json'));
    const s = summarizePlan(results[0], root);
    const weak = table.find((l) => l.includes('b-weak'))!;
    expect(weak.trim().split(/ {2,}/)).toEqual(['plans/b-weak.json', s.score.toFixed(1), s.grade.label.zh, s.verdict.label.zh, ...[s.errors, s.warnings, s.overdue, 2, 1].map(String)]);
    expect(s.noEvidence).toBe(2);
    expect(s.missedMeetings).toBe(1);
    expect(run.stdout.indexOf(table[0])).toBeGreaterThan(run.stdout.indexOf('plans/e-broken.json  得分 0'));
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✖ 未通过：\d 份方案退回修改 · 5 份方案，\d 份通过 · 审核发现 \d+ 条/);
  });

  it('keeps the output of a single plan as it was: no table', async () => {
    const root = tempProject({ 'plan.json': basePlan() });
    const run = await runCli(['check'], root);
    expect(run.stdout).toBe('plan.json  得分 100 · 优秀 · 通过\n\n✔ 通过 · 1 份方案，1 份通过 · 审核发现 0 条（0 个错误，0 个警告，0 个提示） · 平均得分 100\n');
  });

  it('uses English headings with --locale en', async () => {
    const root = reportFixture();
    const table = tableOf((await runCli(['check', 'plans', '--locale', 'en'], root)).stdout);
    expect(table[0]).toBe('  plan                                     score  grade      verdict   errors  warnings  overdue  no evidence  missed mtgs');
  });
});
