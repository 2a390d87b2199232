import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { schemaReference } from '../../src/cli/init.js';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../temp-project.js';
import { runCli } from './run-cli.js';

const REPO_ROOT = resolve(import.meta.dirname, '../..');

describe('rectlint rules', () => {
  it('lists every built-in rule with its presets and option defaults', async () => {
    const run = await runCli(['rules', '-f', 'json'], tempProject({}));
    const rows = JSON.parse(run.stdout);
    const leader = rows.find((r: any) => r.id === 'require-responsible-leader');
    expect(leader).toEqual({
      id: 'require-responsible-leader',
      category: 'accountability',
      weight: 2,
      presets: { recommended: 'error', strict: 'error', publish: 'error' },
      scope: 'plan',
      description: { zh: '每个问题都明确责任领导（可要求责任部门和责任人）', en: 'Each problem names its responsible leader (optionally department and person)' },
      options: { requireDepartment: false, requirePerson: false },
    });
    expect(rows.map((r: any) => r.id)).toEqual(expect.arrayContaining(['require-cause-analysis', 'require-deadline', 'require-measures', 'completed-requires-evidence', 'meeting-frequency']));
    // The same keys and values whatever the locale: machines read ids, not labels.
    expect((await runCli(['rules', '-f', 'json', '--locale', 'en'], tempProject({}))).stdout).toBe(run.stdout);
    const table = await runCli(['rules', '--locale', 'en'], tempProject({}));
    expect(table.stdout).toMatch(/meeting-frequency\s+verifiability\s+2\s+error\/error\/error\s+Each recurring commitment.*\(includePartialFirstPeriod=false\)\n/);
    // Word lists are summarised in the table; -f json gives them whole.
    expect(table.stdout).toMatch(/vague-deadline .*\(vagueWords=\[\d+ entries\]\)\n/);
  });
});

describe('rectlint init', () => {
  it('writes a starter config and a skeleton plan that parses, and refuses to overwrite', async () => {
    const root = tempProject({});
    expect((await runCli(['init'], root)).code).toBe(0);
    const config = JSON.parse(readFileSync(join(root, 'rectlint.config.json'), 'utf8'));
    expect(config.extends).toBe('rectlint:recommended');
    const check = await runCli(['check', '-f', 'json'], root);
    const [plan] = JSON.parse(check.stdout);
    expect(plan.messages.filter((m: any) => m.ruleId === 'schema' || m.ruleId === 'parse')).toEqual([]);
    const again = await runCli(['init'], root);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('已存在；用 --force 覆盖');
    expect((await runCli(['init', '--force'], root)).code).toBe(0);
  });

  it('points $schema at the schemas of the rectlint that ran, from where the files are, so an editor resolves them', async () => {
    const root = tempProject({});
    await runCli(['init'], root);
    for (const [file, schema] of [['rectlint.config.json', 'config.schema.json'], ['plan.json', 'plan.schema.json']]) {
      const reference = JSON.parse(readFileSync(join(root, file), 'utf8')).$schema as string;
      expect(reference.endsWith(`/schemas/${schema}`), reference).toBe(true);
      // Resolved from the file's folder, it is this repository's schema (a fresh folder has no node_modules).
      expect(resolve(root, reference)).toBe(resolve(REPO_ROOT, 'schemas', schema));
      expect(existsSync(resolve(root, reference))).toBe(true);
    }
    // In a project that installed rectlint, the path is the usual one.
    expect(schemaReference('/work/project', 'plan', { packageRoot: '/work/project/node_modules/rectlint' })).toBe('./node_modules/rectlint/schemas/plan.schema.json');
    expect(schemaReference('/work/project/plans', 'config', { packageRoot: '/work/project/node_modules/rectlint' })).toBe('../node_modules/rectlint/schemas/config.schema.json');
    expect(schemaReference('/work/project', 'plan', {})).toBe('https://rectlint.dev/schemas/plan.schema.json');
  });

  it('speaks the user’s locale', async () => {
    const zh = await runCli(['init'], tempProject({}));
    expect(zh.stdout).toMatch(/^已写入 .*rectlint\.config\.json\n已写入 .*plan\.json\n请填写 plan\.json/);
    const en = await runCli(['init'], tempProject({}), { LANG: 'en_US.UTF-8' });
    expect(en.stdout).toMatch(/^wrote .*rectlint\.config\.json\nwrote .*plan\.json\nFill in plan\.json/);
    const root = tempProject({ 'plan.json': {} });
    const refused = await runCli(['init', '--locale', 'en'], root);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('plan.json exists; use --force to overwrite');
    expect(refused.stderr).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('every command takes --help', () => {
  it.each(['check', 'baseline', 'rules', 'init', 'import', 'diff', 'lsp', 'serve'])('rectlint %s --help prints its usage and exits 0', async (command) => {
    const run = await runCli([command, '--help'], tempProject({}));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^rectlint ${command}\\b`));
    expect(run.stderr).toBe('');
    expect((await runCli([command, '-h'], tempProject({}))).stdout).toBe(run.stdout);
  });

  it('rectlint --help names every command and says each takes --help', async () => {
    const run = await runCli(['--help'], tempProject({}));
    for (const command of ['check', 'baseline', 'rules', 'init', 'import', 'diff', 'lsp', 'serve']) expect(run.stdout).toContain(`rectlint ${command}`);
    expect(run.stdout).toContain('--help');
  });
});

describe('a mistyped command is a usage error, not a path to check', () => {
  it('rectlint chek examples: exit 2, "did you mean check", nothing checked', async () => {
    const root = tempProject({ 'examples/plan.json': {} });
    const run = await runCli(['chek', 'examples'], root);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('rectlint: 未知命令 “chek”，是否应为 “check”？ (unknown command "chek"; did you mean "check"?)\n运行 rectlint --help 查看用法 (see rectlint --help)\n');
    expect((await runCli(['frobnicate'], root)).stderr).toMatch(/^rectlint: 未知命令 “frobnicate” \(unknown command "frobnicate"\)\n/);
  });

  it('a path that exists, a file name or a glob is still checked: rectlint plans, rectlint plan.json, rectlint "*.json"', async () => {
    const root = tempProject({ 'plans/a.json': {} });
    const folder = await runCli(['plans', '-f', 'json'], root);
    expect(JSON.parse(folder.stdout).map((r: any) => r.filePath)).toEqual([join(root, 'plans', 'a.json')]);
    // Not a bare word: looked for as a path, and reported as matching nothing.
    const missing = await runCli(['nothing.json'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('没有整改方案文件匹配 “nothing.json”');
  });
});
