import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/api.js';
import { judge } from '../../src/core/verdict.js';
import { basePlan } from '../fixtures/base-plan.js';
import { tempProject } from '../temp-project.js';
import { runCli } from './run-cli.js';

const EXAMPLES = resolve(import.meta.dirname, '../../examples');

/** The example plans: one accepted (complete-plan), four returned, each for its errors (seed-b also for its score). */
const EXPECTED = {
  'broken-plan.json': 'returned',
  'complete-plan.json': 'accepted',
  'seed-a-jiaotong-xingzheng-shenpi.json': 'returned',
  'seed-b-jinpu-jiaotong.json': 'returned',
  'weak-plan.json': 'returned',
} as const;

/** broken-plan.json's score and the run's average, as the JSON format gives them (they move as rules are added). */
async function figures() {
  const files = JSON.parse(await examplesIn('json'));
  const broken = files.find((f: any) => f.filePath.endsWith('broken-plan.json')).score as number;
  const average = Math.round((10 * files.reduce((n: number, f: any) => n + f.score, 0)) / files.length) / 10;
  return { broken, average, brokenRe: String(broken).replace('.', '\\.') };
}

async function examplesIn(format: string, extra: string[] = []) {
  const root = tempProject({});
  const out = join(root, `out.${format}`);
  const run = await runCli(['check', EXAMPLES, '-f', `${format}:${out}`, ...extra], root);
  expect(run.code).toBe(1);
  return readFileSync(out, 'utf8');
}

describe('the verdict: one per plan, the same in every format, never contradicting the exit code', () => {
  it('is judged from the result: unreadable, error findings, and the pass mark (60 unless --min-score)', () => {
    expect(judge({ fatal: false, errorCount: 0, score: 60 })).toEqual({ key: 'accepted', label: { zh: '通过', en: 'accepted' }, passMark: 60, reasons: [] });
    expect(judge({ fatal: false, errorCount: 0, score: 59.9 }).reasons).toEqual([{ kind: 'score', score: 59.9, passMark: 60 }]);
    expect(judge({ fatal: false, errorCount: 2, score: 99 }).reasons).toEqual([{ kind: 'errors', count: 2 }]);
    expect(judge({ fatal: true, errorCount: 1, score: 0 }).reasons).toEqual([{ kind: 'unreadable' }]);
    expect(judge({ fatal: false, errorCount: 0, score: 50 }, { minScore: 40 }).key).toBe('accepted');
    expect(judge({ fatal: false, errorCount: 0, score: 85 }, { minScore: 90 }).key).toBe('returned');
  });

  it('json: every plan with a verdict; a returned plan is never graded 合格 or better', async () => {
    const files = JSON.parse(await examplesIn('json'));
    const verdicts = Object.fromEntries(files.map((f: any) => [f.filePath.split('/').at(-1), f.verdict.key]));
    expect(verdicts).toEqual(EXPECTED);
    for (const f of files) {
      expect(f.verdict.key === 'returned').toBe(f.errorCount > 0 || f.score < 60 || f.fatalErrorCount > 0);
      expect(f.gradeKey === 'fail').toBe(f.verdict.key === 'returned');
    }
    const broken = files.find((f: any) => f.filePath.endsWith('broken-plan.json'));
    expect(broken.score).toBeGreaterThanOrEqual(75);
    expect([broken.grade, broken.verdict]).toEqual(['不合格', { key: 'returned', label: '退回修改', passMark: 60, reasons: [{ kind: 'errors', count: 10 }] }]);
  });

  it('stylish: the header and the table say 退回修改 / 不合格 for broken-plan (a score of 良好), the closing line says the gate failed', async () => {
    const { broken, average, brokenRe } = await figures();
    const text = await examplesIn('stylish');
    expect(text).toContain(`examples/broken-plan.json  得分 ${broken} · 不合格 · 退回修改（10 个错误）`);
    // An accepted plan with no finding is a line of the table only (ESLint's stylish leaves clean files out).
    expect(text).toMatch(/examples\/complete-plan\.json +100\.0 {2}优秀 {4}通过 /);
    expect(text).not.toContain('examples/complete-plan.json  得分');
    expect(text).toMatch(new RegExp(`examples/broken-plan\\.json +${brokenRe} {2}不合格 {2}退回修改`));
    expect(text).not.toMatch(new RegExp(`${brokenRe} {2}合格`));
    expect(text.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^✖ 未通过：4 份方案退回修改 · 5 份方案，1 份通过 · 审核发现 \\d+ 条（\\d+ 个错误，\\d+ 个警告，\\d+ 个提示） · 平均得分 ${average}$`));
    const english = await examplesIn('stylish', ['--locale', 'en']);
    expect(english).toContain(`examples/broken-plan.json  score ${broken} · fail · returned (10 errors)`);
    expect(english.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^✖ failed: 4 plans returned · 5 plans, 1 accepted · \\d+ findings \\(\\d+ errors, \\d+ warnings, \\d+ info\\) · average score ${average}$`));
  });

  it('html: the summary counts 4 returned plans of 5, and each plan shows its verdict', async () => {
    const page = await examplesIn('html');
    expect(page).toMatch(/<li class="alert"><span>退回修改的方案<\/span><b>4<\/b><\/li>/);
    expect(page.match(/<span class="badge verdict-returned"/g)).toHaveLength(4);
    expect(page.match(/<span class="badge verdict-accepted"/g)).toHaveLength(1);
    expect(page).toContain('<div class="verdict verdict-returned">退回修改（10 个错误）</div>');
    expect(page).not.toContain('class="badge grade-pass"');
  });

  it('csv, junit, markdown and sarif carry the same verdict', async () => {
    const { broken, brokenRe } = await figures();
    const csv = await examplesIn('csv');
    const brokenRow = csv.split('\r\n').find((line) => line.includes('broken-plan.json'))!;
    expect(brokenRow).toContain(`,${broken},不合格,退回修改（10 个错误）,`);
    const junit = await examplesIn('junit');
    expect(junit.match(/<property name="verdict" value="returned"\/>/g)).toHaveLength(4);
    expect(junit.match(/<property name="verdict" value="accepted"\/>/g)).toHaveLength(1);
    expect(junit).toContain('<failure message="退回修改（10 个错误）" type="verdict">');
    const markdown = await examplesIn('markdown');
    expect(markdown).toMatch(new RegExp(`examples/broken-plan\\.json \\| ${brokenRe} \\| 不合格 \\| 退回修改（10 个错误） \\|`));
    const sarif = JSON.parse(await examplesIn('sarif'));
    const artifacts = sarif.runs[0].artifacts.map((a: any) => [a.location.uri.split('/').at(-1), a.properties.verdict, a.properties.grade]);
    expect(artifacts).toEqual(Object.entries(EXPECTED).map(([name, verdict]) => [name, verdict, verdict === 'accepted' ? 'excellent' : 'fail']));
  });

  it('--explain-score says why the grade is not what the score alone would give', async () => {
    const { broken } = await figures();
    const text = await examplesIn('stylish', ['--explain-score']);
    expect(text).toContain(`等级 不合格：退回修改（10 个错误）；仅凭得分 ${broken} 应为${broken >= 90 ? '优秀' : '良好'}，等级以审核结论为准`);
    expect(text).toContain('等级 优秀：通过（及格线 60）');
  });

  it('a plan scoring under the pass mark with warnings only is returned (exit 1), and --min-score moves the mark both ways', async () => {
    const plan = basePlan();
    for (const problem of plan.aspects[0].problems) delete problem.causes;
    const root = tempProject({ 'rectlint.config.json': { extends: [], rules: { 'require-cause-analysis': { severity: 'warn' } } }, 'plan.json': plan });
    const { results } = await lintFiles(['plan.json'], { cwd: root });
    const score = results[0].score.score;
    expect(score).toBeLessThan(100);
    const strict = await runCli(['check', '--min-score', String(score + 1)], root);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain(`plan.json  得分 ${score} · 不合格 · 退回修改（得分 ${score} 低于及格线 ${score + 1}）`);
    expect(strict.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✖ 未通过：1 份方案退回修改 · 1 份方案，0 份通过/);
    const lenient = await runCli(['check', '--min-score', '0'], root);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/^plan\.json {2}得分 [\d.]+ · (优秀|良好|合格) · 通过\n/);
  });

  it('a plan whose errors are all in the baseline is judged again: accepted, with its score’s grade', async () => {
    const plan = basePlan();
    delete plan.aspects[0].problems[0].causes;
    const root = tempProject({ 'plan.json': plan });
    expect((await runCli(['baseline'], root)).code).toBe(0);
    const run = await runCli(['check', '--baseline', '-f', 'json'], root);
    expect(run.code).toBe(0);
    const [file] = JSON.parse(run.stdout);
    expect([file.errorCount, file.verdict.key, file.gradeKey === 'fail']).toEqual([0, 'accepted', false]);
  });

  it('the Node API judges with minScore and returns the verdict on every result', async () => {
    const root = tempProject({ 'plan.json': basePlan() });
    const { results } = await lintFiles(['plan.json'], { cwd: root, minScore: 100.1 });
    expect(results[0].verdict).toEqual({ key: 'returned', label: { zh: '退回修改', en: 'returned' }, passMark: 100.1, reasons: [{ kind: 'score', score: 100, passMark: 100.1 }] });
    expect(results[0].score.grade.key).toBe('fail');
  });
});
