import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { positionOf, toText } from '../helpers.js';
import { tempProject } from '../temp-project.js';
import { BIN, runBin, runCli } from './run-cli.js';

const PLUGINS = resolve(import.meta.dirname, '../fixtures/plugins');

function brokenPlan() {
  const plan = basePlan();
  delete plan.aspects[0].problems[0].causes;
  return plan;
}

const CORE_RULES = ['require-cause-analysis', 'require-responsible-leader', 'require-deadline', 'require-measures', 'completed-requires-evidence', 'meeting-frequency'];

/** Only the six core rules, so scores here do not move when rules are added to the presets. */
function coreConfig(overrides: Record<string, string> = {}) {
  return { extends: [], rules: { ...Object.fromEntries(CORE_RULES.map((id) => [id, 'error'])), ...overrides } };
}

function warningOnlyConfig() {
  return coreConfig({ 'require-cause-analysis': 'warn' });
}

describe('rectlint check: exit codes', () => {
  it('exits 0 when the gate passes, printing each file’s score', async () => {
    const root = tempProject({ 'plan.json': basePlan() });
    const run = await runCli(['check'], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('plan.json  得分 100 · 优秀 · 通过\n\n✔ 通过 · 1 份方案，1 份通过 · 审核发现 0 条（0 个错误，0 个警告，0 个提示） · 平均得分 100\n');
  });

  it('exits 1 on an error finding, with the finding located', async () => {
    const root = tempProject({ 'rectlint.config.json': coreConfig(), 'plan.json': brokenPlan() });
    const run = await runCli(['check', 'plan.json', '--format', 'json'], root);
    expect(run.code).toBe(1);
    const [file] = JSON.parse(run.stdout);
    const { line, column } = positionOf(toText(brokenPlan()), '"id": "1.1"');
    expect(file.messages).toEqual([
      {
        ruleId: 'require-cause-analysis',
        severity: 2,
        message: '问题 1.1 缺少原因分析',
        // The problem's brace through its first member: the item is underlined, not one character.
        line: line - 1,
        column: column - 2,
        endLine: line,
        endColumn: column + '"id": "1.1"'.length,
        path: ['aspects', 0, 'problems', 0, 'causes'],
        messageId: 'missing',
        problemId: '1.1',
      },
    ]);
    expect(file).toMatchObject({ filePath: join(root, 'plan.json'), errorCount: 1, warningCount: 0, fatalErrorCount: 0, grade: '不合格', gradeKey: 'fail', asOf: '2022-07-10' });
    expect(file.verdict).toEqual({ key: 'returned', label: '退回修改', passMark: 60, reasons: [{ kind: 'errors', count: 1 }] });
    // 16 of 18: cause analysis (weight 2) is the only failed check; the error returns the plan, so it is 不合格.
    expect(file.score).toBe(88.9);
  });

  it('exits 1 when warnings exceed --max-warnings, 0 at the limit', async () => {
    const root = tempProject({ 'rectlint.config.json': warningOnlyConfig(), 'plan.json': brokenPlan() });
    expect((await runCli(['check', '--max-warnings', '1'], root)).code).toBe(0);
    const over = await runCli(['check', '--max-warnings', '0'], root);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('rectlint：警告 1 个，超过 --max-warnings 0\n');
  });

  it('exits 1 when a plan scores under --min-score', async () => {
    const root = tempProject({ 'rectlint.config.json': warningOnlyConfig(), 'plan.json': brokenPlan() });
    expect((await runCli(['check', '--min-score', '88.9'], root)).code).toBe(0);
    const under = await runCli(['check', '--min-score', '95', '--locale', 'en'], root);
    expect(under.code).toBe(1);
    expect(under.stderr).toBe(`rectlint: ${join(root, 'plan.json')} scores 88.9, under the pass mark 95\n`);
    expect(under.stdout).toContain('plan.json  score 88.9 · fail · returned (score 88.9 under the pass mark 95)');
  });

  it('exits 2 on a bad flag, a bad value, or a pattern matching nothing — and still checks the rest', async () => {
    const root = tempProject({ 'plan.json': basePlan() });
    for (const args of [['--frobnicate'], ['--as-of', '2022/07/01'], ['--min-score', 'high'], ['--rule', 'require-deadline'], ['-f', 'pdf'], ['--locale', 'fr']]) {
      const run = await runCli(['check', ...args], root);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^rectlint: /);
      expect(run.stdout).toBe('');
    }
    const missing = await runCli(['check', 'plan.json', 'nope/*.json'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('rectlint：没有整改方案文件匹配 “nope/*.json”\n');
    expect(missing.stdout).toContain('plan.json  得分 100');
  });

  it('exits 2 when a directory holds no plan, and reads a --config from elsewhere relative to the working directory', async () => {
    const root = tempProject({ 'plans/a.json': basePlan(), 'notes/readme.txt': '说明', 'elsewhere/strict.json': { extends: 'rectlint:recommended', files: ['plans/**/*.json'] } });
    const empty = await runCli(['check', 'notes'], root);
    expect([empty.code, empty.stderr]).toEqual([2, 'rectlint：没有整改方案文件匹配 “notes”\n']);
    const configured = await runCli(['check', 'plans', '--config', 'elsewhere/strict.json', '-f', 'json'], root);
    expect(configured.code).toBe(0);
    expect(JSON.parse(configured.stdout).map((f: any) => f.filePath)).toEqual([join(root, 'plans/a.json')]);
  });

  it('exits 2 on a configuration error, naming the file and place', async () => {
    const root = tempProject({ 'rectlint.config.json': '{ "rules": { "require-deadline": "fatal" } }', 'plan.json': basePlan() });
    const run = await runCli(['check'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`rectlint: 配置错误: ${join(root, 'rectlint.config.json')}:1:14: /rules/require-deadline 应为以下值之一：off、info、warn、error、0、1、2 (must be one of: off, info, warn, error, 0, 1, 2)\n`);
  });

  it('exits 2 when a rule crashes, reporting it and checking every file', async () => {
    const root = tempProject({
      'rectlint.config.json': { extends: 'rectlint:recommended', plugins: [join(PLUGINS, 'crashing-plugin.js')], rules: { 'crashing/on-aspect': 'error' } },
      'a.json': basePlan(),
      'b.json': brokenPlan(),
    });
    const run = await runCli(['check', '-f', 'json'], root);
    expect(run.code).toBe(2);
    const files = JSON.parse(run.stdout);
    // The crash is placed on the aspect it happened at, which comes before the problem.
    expect(files.map((f: any) => f.messages.map((m: any) => m.ruleId))).toEqual([['rule-error'], ['rule-error', 'require-cause-analysis']]);
    expect(files[0].messages[0].message).toBe("规则 crashing/on-aspect 运行出错：Cannot read properties of undefined (reading 'length')");
  });
});

describe('rectlint check: options', () => {
  it('--rule overrides a severity, --quiet keeps errors only', async () => {
    const root = tempProject({ 'plan.json': brokenPlan() });
    const off = await runCli(['check', '--rule', 'require-cause-analysis:off'], root);
    expect(off.code).toBe(0);
    const warn = await runCli(['check', '--rule', 'require-cause-analysis:warn', '--quiet', '-f', 'json'], root);
    expect([warn.code, JSON.parse(warn.stdout)[0].messages]).toEqual([0, []]);
  });

  it('--as-of moves "today" for time-based rules', async () => {
    const plan = basePlan();
    plan.meetings = [plan.meetings![0]];
    const root = tempProject({ 'plan.json': plan });
    expect((await runCli(['check', '--as-of', '2022-06-30'], root)).code).toBe(0);
    const later = await runCli(['check', '--as-of', '2022-07-01', '-f', 'json'], root);
    expect(JSON.parse(later.stdout)[0].messages.map((m: any) => m.message)).toEqual(['2022年第二季度：要求至少1次，实际0次（每季度至少召开一次安全生产工作分析会）']);
  });

  it('takes the locale from LANG unless --locale says otherwise', async () => {
    const root = tempProject({ 'plan.json': brokenPlan() });
    expect((await runCli(['check'], root, { LANG: 'en_US.UTF-8' })).stdout).toContain('problem 1.1 has no cause analysis');
    expect((await runCli(['check', '--locale', 'zh-CN'], root, { LANG: 'en_US.UTF-8' })).stdout).toContain('问题 1.1 缺少原因分析');
    expect((await runCli(['check'], root, { LANG: undefined })).stdout).toContain('问题 1.1 缺少原因分析');
  });

  it('writes to -o, and several formats at once with -f name:file', async () => {
    const root = tempProject({ 'plans/plan.json': brokenPlan() });
    const run = await runCli(['check', 'plans', '-f', 'stylish', '-f', 'json:out/result.json'], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('require-cause-analysis');
    expect(JSON.parse(readFileSync(join(root, 'out/result.json'), 'utf8'))[0].errorCount).toBe(1);
    const toFile = await runCli(['check', 'plans', '-f', 'json', '-o', 'only.json'], root);
    expect(toFile.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(root, 'only.json'), 'utf8'))).toHaveLength(1);
  });

  it('--explain-score prints the breakdown by category, rule and problem', async () => {
    const root = tempProject({ 'rectlint.config.json': coreConfig(), 'plan.json': brokenPlan() });
    const run = await runCli(['check', '--explain-score'], root);
    expect(run.stdout).toContain('得分明细：100 × 通过权重 ÷ 适用权重');
    expect(run.stdout).toContain('合计  16/18 = 88.9');
    expect(run.stdout).toMatch(/require-cause-analysis\s+2 × 0\/1\s+0/);
    expect(run.stdout).toMatch(/1\.1\s+10\/12\s+83\.3/);
    // The json format prints the same tallies; a run that prints none does not keep them (see plan-free.test.ts).
    const json = JSON.parse((await runCli(['check', '--explain-score', '-f', 'json'], root)).stdout);
    expect(json[0].scoreBreakdown.byProblem.map((p: { problemId: string; passedWeight: number; applicableWeight: number }) => [p.problemId, p.passedWeight, p.applicableWeight])).toContainEqual(['1.1', 10, 12]);
    expect(json[0].scoreBreakdown.byRule.length).toBeGreaterThan(0);
  });

  it('colors only when asked: FORCE_COLOR on, NO_COLOR and --no-color off', async () => {
    const root = tempProject({ 'plan.json': brokenPlan() });
    expect((await runCli(['check'], root, { FORCE_COLOR: '1' })).stdout).toContain('\u001b[');
    expect((await runCli(['check'], root, { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).not.toContain('\u001b[');
    expect((await runCli(['check', '--no-color'], root, { FORCE_COLOR: '1' })).stdout).not.toContain('\u001b[');
    expect((await runCli(['check'], root)).stdout).not.toContain('\u001b[');
  });
});

describe('the rectlint binary', () => {
  it('reports a malformed file at its line and column with exit 1 and no stack trace, checking the others', () => {
    const root = tempProject({ 'bad.json': '{\n  "inspection": {\n    "team": "区委第一巡察组"\n  \n', 'good.json': basePlan(), 'latin1.json': new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]) });
    const run = runBin(['check', '.', '--no-color'], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('bad.json  得分 0 · 不合格 · 退回修改（文件无法作为整改方案读取）\n  5:1  错误  缺少右花括号 }  parse');
    // An accepted plan with nothing to print is a line of the table.
    expect(run.stdout).toMatch(/\n {2}good\.json +100\.0 {2}优秀 /);
    expect(run.stdout).toContain('latin1.json  得分 0 · 不合格 · 退回修改（文件无法作为整改方案读取）\n  1:7  错误  文件不是有效的 UTF-8 编码  parse');
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });

  it('stops quietly when its reader goes away early (| head)', () => {
    // Enough output (hundreds of findings) to overflow the pipe's buffer after head has gone.
    const plan = basePlan();
    plan.aspects[0].problems = Array.from({ length: 400 }, (_, i) => ({ ...brokenPlan().aspects[0].problems[0], id: `1.${i + 1}` }));
    const root = tempProject({ 'plan.json': plan });
    const child = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" check . -f json | head -c 10`], { cwd: root, encoding: 'utf8' });
    expect(child.stdout).toBe('[\n  {\n    ');
    expect(child.stderr).toBe('');
  });

  it('prints its version and help', () => {
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8'));
    expect(runBin(['--version'], '.').stdout).toBe(`${pkg.version}\n`);
    expect(runBin(['check', '--help'], '.').stdout).toContain('退出码 / exit codes');
  });
});
