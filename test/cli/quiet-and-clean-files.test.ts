import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const REPO = resolve(import.meta.dirname, '../..');
const PLANS = ['examples/broken-plan.json', 'examples/complete-plan.json', 'examples/weak-plan.json'];

const tableRow = (stdout: string, name: string) => stdout.split('\n').find((line) => line.startsWith(`  ${name} `));

describe('--quiet changes which findings are printed, not the facts about a plan', () => {
  it('keeps the table’s columns, the score, the counts and the closing line; prints errors only', async () => {
    const loud = await runCli(['check', ...PLANS], REPO);
    const quiet = await runCli(['check', ...PLANS, '--quiet'], REPO);
    // broken-plan has 2 warnings, one of them overdue: the 警告 and 逾期 columns keep them under --quiet.
    expect(tableRow(quiet.stdout, 'examples/broken-plan.json')).toMatch(/^ {2}examples\/broken-plan\.json +\d+\.\d {2}不合格 {2}退回修改 +10 +2 +1 +2 +1$/);
    for (const plan of PLANS) expect(tableRow(quiet.stdout, plan), plan).toBe(tableRow(loud.stdout, plan));
    expect(quiet.stdout.trimEnd().split('\n').at(-1)).toBe(loud.stdout.trimEnd().split('\n').at(-1));
    expect(loud.stdout).toMatch(/ 警告 .* overdue\n/);
    expect(quiet.stdout).not.toMatch(/^ +\d+:\d+ {2}(警告|提示) /m);
    expect(loud.stdout).toMatch(/^ +\d+:\d+ {2}警告 /m);
    expect(quiet.code).toBe(loud.code);
  });

  it('json and csv: the same counts and review figures, only error messages listed', async () => {
    const loud = JSON.parse((await runCli(['check', PLANS[0], '-f', 'json'], REPO)).stdout);
    const quiet = JSON.parse((await runCli(['check', PLANS[0], '-f', 'json', '--quiet'], REPO)).stdout);
    expect(quiet[0]).toMatchObject({ errorCount: loud[0].errorCount, warningCount: 2, score: loud[0].score });
    expect(quiet[0].messages.map((m: any) => m.severity)).toEqual(loud[0].messages.filter((m: any) => m.severity === 2).map(() => 2));
    const csv = (args: string[]) => runCli(['check', PLANS[0], '-f', 'csv', ...args], REPO).then((r) => r.stdout.split('\n')[1].split(',').slice(0, 5));
    expect(await csv(['--quiet'])).toEqual(await csv([]));
  });

  it('warnings still count toward --max-warnings (as in ESLint)', async () => {
    const run = await runCli(['check', PLANS[0], '--quiet', '--max-warnings', '0', '--min-score', '0', '--rule', 'declared-arithmetic:off', ...['require-cause-analysis', 'require-deadline', 'require-responsible-leader', 'require-measures', 'completed-requires-evidence', 'meeting-frequency'].flatMap((id) => ['--rule', `${id}:off`])], REPO);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('rectlint：警告 2 个，超过 --max-warnings 0');
  });
});

describe('stylish leaves out plans with nothing to print, as ESLint leaves out clean files', () => {
  it('an accepted plan without findings is only a line of the table; a returned one keeps its block', async () => {
    const run = await runCli(['check', ...PLANS], REPO);
    expect(run.stdout).not.toContain('examples/complete-plan.json  得分');
    expect(tableRow(run.stdout, 'examples/complete-plan.json')).toMatch(/100\.0 {2}优秀 {4}通过 +0 +0 +0 +0 +0$/);
    expect(run.stdout).toMatch(/^examples\/broken-plan\.json {2}得分 [\d.]+ · 不合格 · 退回修改（10 个错误）\n/);
    // With one plan there is no table: its header is where its score shows.
    expect((await runCli(['check', PLANS[1]], REPO)).stdout).toMatch(/^examples\/complete-plan\.json {2}得分 100 · 优秀 · 通过\n\n✔ 通过/);
  });
});

describe('--max-warnings as in ESLint', () => {
  it('-1 (written apart or with =) means no limit; 0 fails on a warning; errors aside', async () => {
    // weak-plan: one error (principal-is-first-responsible, turned off here) and warnings.
    const args = ['check', 'examples/weak-plan.json', '--rule', 'principal-is-first-responsible:off', '--min-score', '0'];
    expect((await runCli([...args], REPO)).code).toBe(0);
    expect((await runCli([...args, '--max-warnings', '-1'], REPO)).code).toBe(0);
    expect((await runCli([...args, '--max-warnings=-1'], REPO)).code).toBe(0);
    const zero = await runCli([...args, '--max-warnings', '0'], REPO);
    expect(zero.code).toBe(1);
    expect(zero.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✖ 未通过：警告 \d+ 个，超过 --max-warnings 0 · /);
  });
});
