import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judge, verdictText } from '../../src/core/verdict.js';
import { basePlan } from '../fixtures/base-plan.js';
import { tempProject } from '../temp-project.js';
import { runCli } from './run-cli.js';

/** A 进展通报 that gives totals only: nothing in it can be checked problem by problem. */
const NOTICE = readFileSync(new URL('./fixtures/totals-only-notice.txt', import.meta.url), 'utf8');

describe('a verdict says what it did not cover: no problem checked item by item', () => {
  it('is judged from how many problems were checked; an unreadable file or an unknown count has no limit', () => {
    const none = judge({ fatal: false, errorCount: 0, score: 100, problemsChecked: 0 });
    expect(none).toEqual({ key: 'accepted', label: { zh: '通过', en: 'accepted' }, passMark: 60, reasons: [], limits: [{ kind: 'no-problem-checked' }] });
    expect([verdictText(none, false), verdictText(none, true)]).toEqual(['通过（未逐条核对任何问题）', 'accepted (no problem checked item by item)']);
    const returned = judge({ fatal: false, errorCount: 2, score: 90, problemsChecked: 0 });
    expect(verdictText(returned, false)).toBe('退回修改（2 个错误；未逐条核对任何问题）');
    expect(judge({ fatal: false, errorCount: 0, score: 100, problemsChecked: 3 }).limits).toBeUndefined();
    expect(judge({ fatal: false, errorCount: 0, score: 100 }).limits).toBeUndefined();
    expect(judge({ fatal: true, errorCount: 1, score: 0, problemsChecked: 0 }).limits).toBeUndefined();
  });

  it('a notice giving totals only is accepted with the limit in its line, the table and the closing line; exit 0', async () => {
    const root = tempProject({ 'notice.txt': NOTICE, 'plan.json': basePlan() });
    const alone = await runCli(['check', 'notice.txt'], root);
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain('notice.txt  得分 100 · 优秀 · 通过（未逐条核对任何问题）');
    const run = await runCli(['check', 'notice.txt', 'plan.json'], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/notice\.txt +100\.0 {2}优秀 {2,}通过（未逐条核对任何问题） /);
    // The plan checked beside it, its per-problem tallies dropped since no format prints them, has no limit.
    expect(run.stdout).toMatch(/plan\.json +[\d.]+ {2}(优秀|良好|合格) {2,}通过 +0 /);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✔ 通过 · 2 份方案，2 份通过（其中 1 份未逐条核对任何问题） · /);
    const json = await runCli(['check', 'notice.txt', 'plan.json', '-f', 'json'], root);
    const files = Object.fromEntries(JSON.parse(json.stdout).map((f: any) => [f.filePath.split('/').at(-1), f.verdict]));
    expect(files['notice.txt']).toEqual({ key: 'accepted', label: '通过', passMark: 60, reasons: [], limits: [{ kind: 'no-problem-checked' }] });
    expect(files['plan.json'].limits).toBeUndefined();
    const english = await runCli(['check', 'notice.txt', '--locale', 'en'], root);
    expect(english.stdout).toContain('score 100 · excellent · accepted (no problem checked item by item)');
  });

  it('a plan that lists problems, checked by plan-level rules only, says none was checked item by item', async () => {
    const root = tempProject({ 'plan.json': basePlan(), 'rectlint.config.json': { extends: [], rules: { 'declared-count': 'error' } } });
    const run = await runCli(['check', 'plan.json', '-f', 'json'], root);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)[0].verdict.limits).toEqual([{ kind: 'no-problem-checked' }]);
    const all = await runCli(['check', 'plan.json', '-f', 'json'], tempProject({ 'plan.json': basePlan() }));
    expect(JSON.parse(all.stdout)[0].verdict.limits).toBeUndefined();
  });
});
