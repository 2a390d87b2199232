import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { positionOf } from '../helpers.js';
import { tempProject } from '../temp-project.js';
import { runCli } from './run-cli.js';

const BROKEN = resolve(import.meta.dirname, '../../examples/broken-plan.json');

function withBrokenPlan(config: unknown) {
  const root = tempProject(config === undefined ? {} : { 'rectlint.config.json': config });
  copyFileSync(BROKEN, join(root, 'broken-plan.json'));
  return root;
}

async function json(root: string, args: string[] = []) {
  const run = await runCli(['check', 'broken-plan.json', '-f', 'json', ...args], root);
  return { code: run.code, stderr: run.stderr, file: run.stdout ? JSON.parse(run.stdout)[0] : undefined };
}

describe('a config builds on rectlint:recommended unless it says otherwise', () => {
  it('a config that only turns one rule off keeps every other rule: broken-plan.json is still returned', async () => {
    const none = await json(withBrokenPlan(undefined));
    for (const config of [{ rules: { overdue: 'off' } }, {}]) {
      const { code, file } = await json(withBrokenPlan(config));
      expect(code).toBe(1);
      expect(file.verdict.key).toBe('returned');
      expect(file.score).toBeLessThan(100);
      const ids = new Set(file.messages.map((m: any) => m.ruleId));
      expect(ids.has('require-cause-analysis')).toBe(true);
      expect(ids.has('overdue')).toBe('rules' in config ? false : true);
    }
    // {} is exactly the recommended preset.
    expect((await json(withBrokenPlan({}))).file.messages).toEqual(none.file.messages);
  });

  it('"extends": [] starts from nothing: the rules it turns on, and only those', async () => {
    const { code, file } = await json(withBrokenPlan({ extends: [], rules: { 'require-cause-analysis': 'error' } }));
    expect(code).toBe(1);
    expect([...new Set(file.messages.map((m: any) => m.ruleId))]).toEqual(['require-cause-analysis']);
  });

  it('takes ESLint’s numeric severities, 0 off, 1 warn, 2 error, in a config and in --rule', async () => {
    const { file } = await json(withBrokenPlan({ extends: [], rules: { 'require-cause-analysis': 2, 'require-measures': { severity: 1 }, overdue: 0 } }));
    const severities = Object.fromEntries(file.messages.map((m: any) => [m.ruleId, m.severity]));
    expect(severities).toEqual({ 'require-cause-analysis': 2, 'require-measures': 1 });
    const flagged = await json(withBrokenPlan({ extends: [], rules: { 'require-cause-analysis': 2 } }), ['--rule', 'require-cause-analysis:1']);
    expect(flagged.file.messages.every((m: any) => m.severity === 1)).toBe(true);
  });
});

describe('a run in which no rule is on is a configuration error (exit 2) naming the config', () => {
  it('"extends": [] with no rule on', async () => {
    const root = withBrokenPlan({ extends: [] });
    const run = await runCli(['check', 'broken-plan.json'], root);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `rectlint: 配置错误: ${join(root, 'rectlint.config.json')}:2:3: 没有启用任何规则，检查 broken-plan.json 什么也判断不了：去掉 "extends": [] 以沿用 rectlint:recommended，或在 rules 中启用规则 (no rule is on, so checking broken-plan.json would judge nothing: drop "extends": [] to build on rectlint:recommended, or turn rules on)\n`,
    );
  });

  it('every rule turned off, in the config, by an override, or by --rule flags', async () => {
    const root = withBrokenPlan({ extends: [], rules: { 'require-cause-analysis': 'error' }, overrides: [{ files: ['broken-*.json'], rules: { 'require-cause-analysis': 'off' } }] });
    const run = await runCli(['check', 'broken-plan.json'], root);
    expect([run.code, run.stderr]).toEqual([2, expect.stringContaining('没有启用任何规则，检查 broken-plan.json')]);
    const flags = await runCli(['check', 'broken-plan.json', '--rule', 'require-cause-analysis:off'], withBrokenPlan({ extends: [], rules: { 'require-cause-analysis': 'error' } }));
    expect([flags.code, flags.stderr]).toEqual([2, expect.stringContaining('没有启用任何规则（含 --rule）')]);
  });
});

describe('--rule names a rule: an unknown id is a usage error with "did you mean"', () => {
  it('refuses nosuch and overdu before checking anything', async () => {
    const root = tempProject({ 'plan.json': basePlan() });
    const unknown = await runCli(['check', '--rule', 'nosuch:error'], root);
    expect([unknown.code, unknown.stdout]).toEqual([2, '']);
    expect(unknown.stderr).toBe('rectlint: --rule: 未知规则 “nosuch” (unknown rule "nosuch")\n运行 rectlint check --help 查看用法 (see rectlint check --help)\n');
    const typo = await runCli(['check', '--rule', 'overdu:off'], root);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('--rule: 未知规则 “overdu”，是否应为 “overdue”？ (unknown rule "overdu"; did you mean "overdue"?)');
    const baseline = await runCli(['baseline', '--rule', 'overdu:off'], root);
    expect([baseline.code, baseline.stderr]).toEqual([2, expect.stringContaining('是否应为 “overdue”')]);
  });
});

describe('config errors are all reported at once, each at its line and column', () => {
  it('an unknown property, a bad severity, an unknown rule and a mistyped option, with "did you mean"', async () => {
    const text = [
      '{',
      '  "extend": "rectlint:strict",',
      '  "rules": {',
      '    "require-deadline": "fatal",',
      '    "overdu": "off",',
      '    "report-timeliness": { "severity": "warn", "options": { "month": 3 } }',
      '  }',
      '}',
      '',
    ].join('\n');
    const root = tempProject({ 'rectlint.config.json': text, 'plan.json': basePlan() });
    const run = await runCli(['check'], root);
    expect(run.code).toBe(2);
    const file = join(root, 'rectlint.config.json');
    const at = (needle: string) => {
      const { line, column } = positionOf(text, needle);
      return `${file}:${line}:${column}`;
    };
    expect(run.stderr).toBe(
      [
        'rectlint: 配置错误（4 处）:',
        `  ${at('"extend"')}: 未知配置项 “extend”，是否应为 “extends”？ (unknown property "extend"; did you mean "extends"?)`,
        `  ${at('"require-deadline"')}: /rules/require-deadline 应为以下值之一：off、info、warn、error、0、1、2 (must be one of: off, info, warn, error, 0, 1, 2)`,
        `  ${at('"overdu"')}: 未知规则 “overdu”，是否应为 “overdue”？ (unknown rule "overdu"; did you mean "overdue"?)`,
        `  ${at('"month"')}: 规则 “report-timeliness” 没有选项 “month”，是否应为 “months”？ (rule "report-timeliness" has no option "month"; did you mean "months"?)`,
        '',
      ].join('\n'),
    );
  });

  it('a mistyped preset is reported with the schema’s complaints, not after they are fixed', async () => {
    const text = '{\n  "extends": ["rectlint:strictt"],\n  "rulez": {}\n}\n';
    const root = tempProject({ 'rectlint.config.json': text, 'plan.json': basePlan() });
    const run = await runCli(['check'], root);
    expect(run.code).toBe(2);
    const file = join(root, 'rectlint.config.json');
    expect(run.stderr).toBe(
      [
        'rectlint: 配置错误（2 处）:',
        `  ${file}:2:15: 未知预设 “rectlint:strictt”，是否应为 “rectlint:strict”？可用：rectlint:recommended、rectlint:strict、rectlint:publish (unknown preset; did you mean "rectlint:strict"?)`,
        `  ${file}:3:3: 未知配置项 “rulez”，是否应为 “rules”？ (unknown property "rulez"; did you mean "rules"?)`,
        '',
      ].join('\n'),
    );
  });
});
