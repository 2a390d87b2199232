import { closeSync, openSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import stylish from '../../src/formatters/stylish.js';
import { PLAIN_STYLES } from '../../src/formatters/styles.js';
import { counted } from '../../src/run/file-result.js';
import { MAX_FILE_BYTES } from '../../src/run/lint-file.js';
import { basePlan } from '../fixtures/base-plan.js';
import { runCli } from '../cli/run-cli.js';
import { tempProject } from '../temp-project.js';
import { lint, toText } from '../helpers.js';

const CONTEXT = { cwd: '/', locale: 'zh-CN' as const, chalk: PLAIN_STYLES, explainScore: false, rules: new Map(), version: '0' };

/** A plan of `count` problems, each without causes, leader and measures: three findings or more per problem. */
function hollowPlan(count: number): string {
  const plan: any = basePlan();
  const problem = { id: '', title: '问题', status: 'in-progress', deadline: '2022-12-31' };
  plan.aspects = [{ id: '1', title: '方面', problems: Array.from({ length: count }, (_, i) => ({ ...problem, id: `1.${i + 1}` })) }];
  return toText(plan);
}

describe('scale: large plans and long texts are checked and printed in time linear in their size', () => {
  it('a 40 000-problem plan with 120 000 findings is checked and printed (no stack overflow from spreading them)', () => {
    const text = hollowPlan(40_000);
    const result = lint(text);
    expect(result.diagnostics.length).toBeGreaterThanOrEqual(120_000);
    expect(result.diagnostics.filter((d) => d.ruleId === 'rule-error')).toEqual([]);
    const output = stylish([counted('/plan.json', result)], CONTEXT);
    expect(output.split('\n').length).toBeGreaterThan(result.diagnostics.length);
  }, 120_000);

  it('stylish prints a finding with a 200 000-character Chinese text (string width is linear in the length)', () => {
    const plan: any = basePlan();
    plan.aspects[0].problems[0].deadline = undefined;
    plan.aspects[0].problems[0].deadlineText = `尽快${'推进落实'.repeat(50_000)}\u001b[K`;
    const result = lint(toText(plan));
    const vague = result.diagnostics.find((d) => d.ruleId === 'vague-deadline')!;
    expect(vague.message.length).toBeGreaterThan(200_000);
    const output = stylish([counted('/plan.json', result)], CONTEXT);
    // The terminal escape in the plan's text is shown, never sent to the terminal.
    expect(output).not.toContain('\u001b');
    expect(output).toContain('\ufffd[K');
  }, 60_000);

  it('a file over the size limit is its own clear error, and the other files are still checked', async () => {
    const root = tempProject({ 'plan.json': basePlan() });
    // A sparse file: 1 GB on paper, nothing on disk, and never read.
    const huge = openSync(join(root, 'huge.json'), 'w');
    ftruncateSync(huge, 1024 * 1024 * 1024);
    closeSync(huge);
    expect(1024 * 1024 * 1024).toBeGreaterThan(MAX_FILE_BYTES);
    const run = await runCli(['check', '.', '-f', 'json'], root);
    const results = JSON.parse(run.stdout);
    expect(results.map((r: any) => [r.filePath.split('/').pop(), r.messages.map((m: any) => [m.ruleId, m.message])])).toEqual([
      ['huge.json', [['parse', '文件过大（1024 MB，上限 256 MB），未检查']]],
      ['plan.json', []],
    ]);
    expect(run.code).toBe(1);
  });
});
