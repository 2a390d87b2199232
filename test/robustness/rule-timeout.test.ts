/**
 * A plugin rule that never finishes is stopped by its time budget (`--rule-timeout`): the run ends with every other
 * finding and one rule-error for that rule, placed where it was stopped. Run through the built binary, since files
 * are checked in watched worker threads when a plugin is loaded.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { runBin } from '../cli/run-cli.js';
import { tempProject } from '../temp-project.js';
import { toText } from '../helpers.js';

/** p/loop loops forever on a problem whose title says 无限; p/each notes every problem (info); p/never returns a promise that never settles. */
const PLUGIN = `
const meta = (id) => ({ id, type: 'problem', category: 'completeness', defaultSeverity: 'error', weight: 1, docs: { description: { zh: id, en: id } }, messages: { m: { zh: '问题 {{id}}', en: 'problem {{id}}' } } });
export default { rules: [
  { meta: meta('p/loop'), create() { return { problem(problem) { if (String(problem.title).includes('无限')) for (;;) {} } }; } },
  { meta: meta('p/each'), create(context) { return { problem(problem, path) { context.report({ path, messageId: 'm', data: { id: problem.id }, maxSeverity: 'info' }); } }; } },
  { meta: meta('p/never'), create() { setInterval(() => {}, 1000); return { plan() { return new Promise(() => {}); } }; } },
] };
`;

function project(): string {
  const missingCause: any = basePlan();
  missingCause.aspects[0].problems[0].causes = [];
  const looping: any = basePlan();
  looping.aspects[0].problems.push({ ...looping.aspects[0].problems[0], id: '1.2', title: '无限期拖延的问题', causes: [] });
  const root = tempProject({
    'rectlint.config.json': { extends: 'rectlint:recommended', plugins: ['./plugin.js'], rules: { 'p/loop': 'error', 'p/each': 'warn', 'p/never': 'error' } },
    'plugin.js': PLUGIN,
  });
  mkdirSync(join(root, 'plans'));
  writeFileSync(join(root, 'plans', 'a.json'), toText(missingCause));
  writeFileSync(join(root, 'plans', 'b.json'), toText(looping));
  writeFileSync(join(root, 'plans', 'c.json'), toText(basePlan()));
  return root;
}

const messages = (result: any) => result.messages.map((m: any) => ({ ruleId: m.ruleId, line: m.line, column: m.column, message: m.message }));

describe('a rule that never finishes', () => {
  it('is stopped within its budget: every other finding, one rule-error where it was, exit code 2 (one thread and two)', () => {
    const root = project();
    // What every other rule finds: the same run with the looping rule off.
    const reference = runBin(['check', 'plans', '-f', 'json', '--rule', 'p/loop:off'], root);
    expect(reference.code, reference.stderr).toBe(2);
    const expected = JSON.parse(reference.stdout).map(messages);
    for (const threads of ['1', '2']) {
      const started = performance.now();
      const run = runBin(['check', 'plans', '-f', 'json', '--rule-timeout', '1', '--concurrency', threads], root);
      // Bounded: generous for a loaded machine, far from "never".
      expect(performance.now() - started).toBeLessThan(90_000);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toBe('');
      const results = JSON.parse(run.stdout);
      expect(results.map((r: any) => r.filePath.split('/').pop())).toEqual(['a.json', 'b.json', 'c.json']);
      const found = results.map(messages);
      const stopped = found[1].filter((m: any) => m.ruleId === 'rule-error' && m.message.includes('p/loop'));
      expect(stopped).toHaveLength(1);
      expect(stopped[0].message).toBe('规则 p/loop 运行出错：did not finish within 1 s on this file (the time budget of a rule, --rule-timeout); it was stopped');
      // Placed on the problem it was stuck in, where p/each's note on problem 1.2 is.
      const note = found[1].find((m: any) => m.ruleId === 'p/each' && m.message === '问题 1.2');
      expect([stopped[0].line, stopped[0].column]).toEqual([note.line, note.column]);
      // Every other finding, in every file, is the reference run's (p/never's rule-error included).
      expect(found.map((list: any[]) => list.filter((m) => m !== stopped[0]))).toEqual(expected);
      expect(found[0].map((m: any) => m.ruleId)).toEqual(expect.arrayContaining(['require-cause-analysis', 'p/each', 'rule-error']));
      expect(found[0].find((m: any) => m.ruleId === 'rule-error').message).toBe('规则 p/never 运行出错：a visitor returned a promise: rules run synchronously');
    }
  }, 240_000);

  it('a batch rule that never finishes is stopped too: one rule-error in every plan of its batch, the rest kept', () => {
    const root = project();
    writeFileSync(join(root, 'batch.js'), `export default { rules: [{ meta: { id: 'p/batch-loop', scope: 'batch', type: 'problem', category: 'completeness', defaultSeverity: 'warn', weight: 1, docs: { description: { zh: 'b', en: 'b' } }, messages: { m: { zh: 'm', en: 'm' } } }, create(context) { return { problem(problem, path) { context.collect({ path }); }, batch() { for (;;) {} } }; } }] };\n`);
    writeFileSync(join(root, 'rectlint.config.json'), JSON.stringify({ extends: 'rectlint:recommended', plugins: ['./batch.js'], rules: { 'p/batch-loop': 'warn' } }));
    const reference = JSON.parse(runBin(['check', 'plans', '-f', 'json', '--rule', 'p/batch-loop:off'], root).stdout).map(messages);
    const started = performance.now();
    const run = runBin(['check', 'plans', '-f', 'json', '--rule-timeout', '1'], root);
    expect(performance.now() - started).toBeLessThan(90_000);
    expect(run.code, run.stderr).toBe(2);
    const found = JSON.parse(run.stdout).map(messages);
    for (const [index, list] of found.entries()) {
      const stopped = list.filter((m: any) => m.ruleId === 'rule-error');
      expect(stopped).toEqual([{ ruleId: 'rule-error', line: 1, column: 1, message: '规则 p/batch-loop 运行出错：did not finish within 1 s on this batch of plans (the time budget of a rule, --rule-timeout); it was stopped' }]);
      expect(list.filter((m: any) => m.ruleId !== 'rule-error')).toEqual(reference[index]);
    }
  }, 240_000);

  it('a plugin whose loading never finishes (a top-level await that never settles) is a configuration error, not a silent exit', () => {
    const root = project();
    writeFileSync(join(root, 'plugin.js'), 'await new Promise(() => {});\nexport default { rules: [] };\n');
    const started = performance.now();
    const run = runBin(['check', 'plans'], root);
    expect(performance.now() - started).toBeLessThan(90_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('无法加载插件 “./plugin.js” (cannot load plugin): plugin "./plugin.js" did not finish loading within 10 s');
  }, 120_000);

  it('--rule-timeout takes seconds ≥ 0 (0: no limit), else it is a usage error', () => {
    const root = project();
    const run = runBin(['check', 'plans', '--rule-timeout', 'soon'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--rule-timeout 需要非负的秒数，0 为不限 (needs seconds ≥ 0; 0 is no limit), not "soon"');
  });
});
