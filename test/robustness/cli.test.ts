import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { runBin, runCli } from '../cli/run-cli.js';
import { tempProject } from '../temp-project.js';
import { toText } from '../helpers.js';

/** A plugin module with one rule, its meta and visitor given as source text. */
function pluginSource(meta: string, visitor: string): string {
  return `export default { rules: [{ meta: { id: 'p/rule', type: 'problem', category: 'completeness', defaultSeverity: 'error', docs: { description: { zh: 'p', en: 'p' } }, messages: { m: { zh: '问题 {{id}}', en: 'problem {{id}}' } }, ${meta} }, create(context) { return { ${visitor} }; } }] };\n`;
}

function planMissingCauses(): string {
  const plan: any = basePlan();
  plan.aspects[0].problems[0].causes = [];
  return toText(plan);
}

describe('the command line on hostile input', () => {
  it('a file named like an Object method is a file, not a command: `rectlint constructor`', async () => {
    const root = tempProject({ constructor: toText(basePlan()) });
    const run = await runCli(['constructor', '-f', 'json'], root);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).map((r: any) => r.filePath)).toEqual([join(root, 'constructor')]);
    expect(run.code).toBe(0);
  });

  it('a plugin rule with meta.weight NaN is a configuration error naming it, not a score of NaN', async () => {
    const root = tempProject({
      'rectlint.config.json': { extends: 'rectlint:recommended', plugins: ['./p.js'], rules: { 'p/rule': 'error' } },
      'p.js': pluginSource('weight: NaN', ''),
      'plan.json': toText(basePlan()),
    });
    const run = await runCli(['check'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('exports rule "p/rule" with meta.weight NaN (a finite number ≥ 0)');
    expect(run.stdout).not.toContain('NaN');
  });

  it('a plugin report that sets line, column, rule id and severity is placed by the core (JSON shows real lines)', async () => {
    const root = tempProject({
      'rectlint.config.json': { extends: 'rectlint:recommended', plugins: ['./p.js'], rules: { 'p/rule': 'warn' } },
      'p.js': pluginSource('weight: 1', `problem(problem, path) { context.report({ path: [...path, 'title'], messageId: 'm', data: { id: problem.id }, line: -5, column: -5, ruleId: 'parse', severity: 'error' }); }`),
      'plan.json': toText(basePlan()),
    });
    const [result] = JSON.parse((await runCli(['check', '-f', 'json'], root)).stdout);
    const found = result.messages.filter((m: any) => m.ruleId === 'p/rule');
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect([m.severity, m.line > 0, m.column > 0]).toEqual([1, true, true]);
    expect(result.messages.map((m: any) => m.ruleId)).not.toContain('parse');
  });

  it('an async visitor that rejects is one rule-error per file, exit 2, no stack trace, on one thread and on two', () => {
    const root = tempProject({
      'rectlint.config.json': { extends: 'rectlint:recommended', plugins: ['./p.js'], rules: { 'p/rule': 'error' } },
      'p.js': pluginSource('weight: 1', `async problem() { throw new Error('rejected later'); }`),
    });
    mkdirSync(join(root, 'plans'));
    for (let i = 0; i < 4; i++) writeFileSync(join(root, 'plans', `plan-${i}.json`), planMissingCauses());
    for (const threads of ['1', '2']) {
      const run = runBin(['check', 'plans', '-f', 'json', '--concurrency', threads], root);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).not.toMatch(/at .*\.js:\d+|rejected later/);
      const results = JSON.parse(run.stdout);
      expect(results).toHaveLength(4);
      for (const r of results) {
        expect(r.messages.map((m: any) => m.ruleId)).toEqual(['rule-error', 'require-cause-analysis']);
        expect(r.messages[0].message).toBe('规则 p/rule 运行出错：a visitor returned a promise: rules run synchronously');
      }
    }
  }, 60_000);

  it('a corrupt cache is reported once and ignored; a cache path that is a directory loses no output', async () => {
    const root = tempProject({ 'plan.json': planMissingCauses(), '.rectlintcache': '{"format": 1, "rectlint": "x"' });
    const corrupt = await runCli(['check', '--cache', '-f', 'json'], root);
    expect(corrupt.stderr.match(/缓存文件 .* 已损坏，已忽略/g)).toHaveLength(1);
    expect(JSON.parse(corrupt.stdout)[0].messages.map((m: any) => m.ruleId)).toEqual(['require-cause-analysis']);
    // Rewritten after the run: the next run reads it without a word.
    expect((await runCli(['check', '--cache'], root)).stderr).toBe('');

    const entriesNull = tempProject({ 'plan.json': planMissingCauses() });
    writeFileSync(join(entriesNull, '.rectlintcache'), JSON.stringify({ format: 1, rectlint: JSON.parse(readFileSync(join(root, '.rectlintcache'), 'utf8')).rectlint, entries: null }));
    const nulls = await runCli(['check', '--cache', '-f', 'json'], entriesNull);
    expect([nulls.code, nulls.stderr.includes('已损坏')]).toEqual([1, true]);

    const directory = tempProject({ 'plan.json': planMissingCauses(), '.rectlintcache/keep': '' });
    const run = await runCli(['check', '--cache', '-f', 'json'], directory);
    expect(JSON.parse(run.stdout)[0].messages.map((m: any) => m.ruleId)).toEqual(['require-cause-analysis']);
    expect(run.stderr).toMatch(/无法(读取|写入)缓存文件/);
    expect(run.code).toBe(1);
  });

  it('baseline entries that are null, text or objects of the wrong shape are ignored and said once; the others apply', async () => {
    const baseline = { format: 1, files: { 'plan.json': [null, 'x', { ruleId: 'require-cause-analysis', path: '/causes', problemId: '1.1', count: 1 }, { ruleId: 7 }], 'toString': {}, constructor: null } };
    const root = tempProject({ 'plan.json': planMissingCauses(), 'rectlint-baseline.json': baseline });
    const run = await runCli(['check', '--baseline', '-f', 'json'], root);
    expect(run.stderr.match(/不是有效的基线条目/g)).toHaveLength(1);
    expect(run.stderr).toContain('有 5 条记录');
    const [result] = JSON.parse(run.stdout);
    expect([result.messages.length, result.suppressedMessages.map((m: any) => m.ruleId)]).toEqual([0, ['require-cause-analysis']]);
    expect(run.code).toBe(0);
  });
});
