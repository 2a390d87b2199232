import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../src/api.js';
import { ConfigError } from '../src/config/config-error.js';
import { loadConfig } from '../src/config/load-config.js';
import { basePlan } from './fixtures/base-plan.js';
import { CORE_RULE_IDS, positionOf, toText } from './helpers.js';
import { tempProject } from './temp-project.js';

const PLUGINS = resolve(import.meta.dirname, 'fixtures/plugins');

function planWithoutCauses() {
  const plan = basePlan();
  delete plan.aspects[0].problems[0].causes;
  delete plan.aspects[0].problems[0].responsibleDepartment;
  return plan;
}

async function configError(files: Record<string, unknown>): Promise<ConfigError> {
  const root = tempProject(files);
  try {
    await loadConfig(join(root, 'rectlint.config.json'));
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  it('applies rectlint:recommended when there is no config file', async () => {
    const config = await loadConfig(undefined, tempProject({}));
    expect(config.settings['require-cause-analysis']).toEqual({ severity: 'error' });
    expect(config.settings['require-responsible-leader']).toEqual({ severity: 'error' });
  });

  it('layers presets, extended files, rules with options, and bare severities that keep preset options', async () => {
    const root = tempProject({
      'base.json': { extends: 'rectlint:strict', rules: { 'meeting-frequency': 'off' } },
      'rectlint.config.json': { extends: ['./base.json'], rules: { 'require-responsible-leader': 'warn', 'require-measures': { severity: 'warn', options: { minimum: 2 } } } },
    });
    const config = await loadConfig(join(root, 'rectlint.config.json'));
    expect(config.settings['require-responsible-leader']).toEqual({ severity: 'warn', options: { requireDepartment: true, requirePerson: true } });
    expect(config.settings['require-measures']).toEqual({ severity: 'warn', options: { minimum: 2 } });
    expect(config.settings['meeting-frequency']).toEqual({ severity: 'off' });
  });

  it('finds the nearest config walking up, and applies overrides by glob', async () => {
    const root = tempProject({
      'rectlint.config.json': {
        extends: 'rectlint:recommended',
        rules: { 'require-cause-analysis': 'warn' },
        overrides: [{ files: ['archive/**'], rules: { 'require-cause-analysis': 'off' } }],
      },
      'plans/a.json': planWithoutCauses(),
      'archive/old.json': planWithoutCauses(),
      'team/rectlint.config.json': { extends: 'rectlint:strict' },
      'team/b.json': planWithoutCauses(),
    });
    const { results } = await lintFiles(['.'], { cwd: root, today: '2026-11-24' });
    // Core rules only: the presets gain other rules over time.
    const summary = results.map((r) => [r.filePath.slice(root.length + 1), r.diagnostics.filter((d) => CORE_RULE_IDS.includes(d.ruleId)).map((d) => `${d.ruleId}:${d.severity}`)]);
    expect(summary).toEqual([
      ['archive/old.json', []],
      ['plans/a.json', ['require-cause-analysis:warn']],
      ['team/b.json', ['require-cause-analysis:error', 'require-responsible-leader:error']],
    ]);
  });

  it('leaves JSON Schemas (*.schema.json) and tooling files out of a directory walk by default', async () => {
    const root = tempProject({ 'plan.json': basePlan(), 'plan.schema.json': { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' }, 'package.json': { name: 'x' }, 'rectlint.config.json': { extends: 'rectlint:recommended' } });
    const { results } = await lintFiles(['.'], { cwd: root, today: '2026-11-24' });
    expect(results.map((r) => r.filePath.slice(root.length + 1))).toEqual(['plan.json']);
  });

  it('honours files and ignores when walking a directory, but checks an explicitly named file', async () => {
    const root = tempProject({
      'rectlint.config.json': { extends: 'rectlint:recommended', files: ['plans/**/*.json'], ignores: ['plans/drafts/**'] },
      'plans/a.json': basePlan(),
      'plans/drafts/b.json': '{',
      'notes/c.json': '{',
    });
    const walked = await lintFiles(['.'], { cwd: root, today: '2026-11-24' });
    expect(walked.results.map((r) => r.filePath.slice(root.length + 1))).toEqual(['plans/a.json']);
    const named = await lintFiles(['notes/c.json', 'plans/drafts/b.json'], { cwd: root, today: '2026-11-24' });
    expect(named.results.map((r) => r.filePath.slice(root.length + 1))).toEqual(['notes/c.json']);
  });

  it('loads a third-party plugin through the same loader as the built-in rules, with option defaults', async () => {
    const root = tempProject({
      'rectlint.config.json': { extends: 'rectlint:recommended', plugins: [join(PLUGINS, 'acme-plugin.js')], rules: { 'acme/require-feedback': { severity: 'error', options: { minLength: 5 } } } },
      'plan.json': basePlan(),
    });
    const { results } = await lintFiles(['plan.json'], { cwd: root, today: '2026-11-24' });
    const problemLine = positionOf(toText(basePlan()), '"id": "1.1"').line - 1;
    expect(results[0].diagnostics.map((d) => [d.ruleId, d.message, d.range.start.line])).toEqual([['acme/require-feedback', '问题 1.1 未附反馈原文', problemLine]]);
  });

  it('names the file, line and column of a bad config', async () => {
    const syntax = await configError({ 'rectlint.config.json': '{\n  "extends": "rectlint:recommended",\n}\n' });
    expect([syntax.line, syntax.column, syntax.detail]).toEqual([2, 36, 'JSON 语法错误：多余的逗号：JSON 的最后一项后面不能有逗号 (trailing comma: JSON allows no comma after the last item)']);
    const unknownKey = await configError({ 'rectlint.config.json': '{\n  "extend": "rectlint:strict"\n}\n' });
    expect([unknownKey.line, unknownKey.column, unknownKey.detail]).toEqual([2, 3, '未知配置项 “extend”，是否应为 “extends”？ (unknown property "extend"; did you mean "extends"?)']);
    expect(unknownKey.file.endsWith('rectlint.config.json')).toBe(true);
  });

  it('rejects unknown rules with a suggestion, bad options, unknown presets, cycles and broken plugins', async () => {
    expect((await configError({ 'rectlint.config.json': { rules: { 'require-deadlines': 'error' } } })).detail).toBe(
      '未知规则 “require-deadlines”，是否应为 “require-deadline”？ (unknown rule "require-deadlines"; did you mean "require-deadline"?)',
    );
    const badOption = await configError({ 'rectlint.config.json': { rules: { 'require-measures': { severity: 'error', options: { minimum: 0 } } } } });
    expect([badOption.detail, badOption.line, badOption.column]).toEqual(['/rules/require-measures/options/minimum 应当为 >= 1 (must be >= 1)', 6, 9]);
    expect((await configError({ 'rectlint.config.json': { rules: { 'require-measures': { severity: 'error', options: { minimun: 2 } } } } })).detail).toBe(
      '规则 “require-measures” 没有选项 “minimun”，是否应为 “minimum”？ (rule "require-measures" has no option "minimun"; did you mean "minimum"?)',
    );
    expect((await configError({ 'rectlint.config.json': { extends: 'rectlint:strictest' } })).detail).toContain('未知预设 “rectlint:strictest”');
    expect((await configError({ 'rectlint.config.json': { extends: './a.json' }, 'a.json': { extends: './rectlint.config.json' } })).detail).toBe('配置文件循环继承 (extends cycle)');
    expect((await configError({ 'rectlint.config.json': { plugins: [join(PLUGINS, 'not-a-plugin.js')] } })).detail).toContain('exports no rules array');
    expect((await configError({ 'rectlint.config.json': { plugins: ['./missing-plugin.js'] } })).detail).toContain('无法加载插件 “./missing-plugin.js”');
  });
});

describe('folders outside the working directory', () => {
  it('finds the plans in a folder named by absolute path, with no config anywhere', async () => {
    const plans = tempProject({ 'a.json': basePlan(), 'sub/b.json': basePlan() });
    const elsewhere = tempProject({});
    const { results, unmatched } = await lintFiles([plans], { cwd: elsewhere, today: '2026-11-24' });
    expect(results.map((r) => r.filePath)).toEqual([join(plans, 'a.json'), join(plans, 'sub/b.json')]);
    expect(unmatched).toEqual([]);
  });
});
