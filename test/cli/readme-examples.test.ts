/**
 * The README's worked examples of holding a report to its plan and of `rectlint diff` are what the CLI prints for
 * the fixtures (test/fixtures/plan-and-report, and the round of test/cli/batch-rules.test.ts): every line the README shows (but "…") is a line of the output, the
 * columns' padding aside. A change to a rule, a message or the score shows here as a stale README.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyRound, independentRound } from '../fixtures/round.js';
import { toText } from '../helpers.js';
import { tempProject } from '../temp-project.js';
import { runCli } from './run-cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures/plan-and-report');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The lines of the first ```text block of the README section headed `heading`. */
function example(heading: string): string[] {
  const section = README.slice(README.indexOf(`\n${heading}`));
  const block = /```text\n([\s\S]*?)```/.exec(section)![1];
  return block.split('\n').filter((line) => line.trim() !== '' && line.trim() !== '…');
}

const squeezed = (line: string) => line.trim().replace(/\s+/g, ' ');

function project(): string {
  const root = tempProject({});
  for (const name of ['plan.json', 'report.json']) copyFileSync(join(FIXTURES, name), join(root, name));
  return root;
}

describe('README examples', () => {
  it('plan and report: rectlint check report.json --as-of 2023-07-15', async () => {
    const shown = example('## Plan and report');
    const printed = (await runCli(['check', 'report.json', '--as-of', '2023-07-15'], project())).stdout.split('\n').map(squeezed);
    expect(shown.length).toBeGreaterThan(5);
    for (const line of shown) expect(printed, line).toContain(squeezed(line));
  });

  it('diff: rectlint diff plan.json report.json', async () => {
    const [command, ...shown] = example('## diff');
    expect(command).toBe('$ rectlint diff plan.json report.json');
    const printed = (await runCli(['diff', 'plan.json', 'report.json'], project())).stdout.split('\n').map(squeezed);
    expect(shown.length).toBeGreaterThan(5);
    for (const line of shown) expect(printed, line).toContain(squeezed(line));
  });

  it('batch rules: the round of test/cli/batch-rules.test.ts', async () => {
    const config = { extends: [], rules: { 'copied-across-plans': 'warn', 'template-text': 'warn', 'require-measures': 'error' } };
    const plans = copyRound(independentRound(24), 2, [9, 17]);
    const root = tempProject({ 'rectlint.config.json': config, ...Object.fromEntries(plans.map(({ plan }, i) => [`plans/${i < 12 ? 'north' : 'south'}/p${String(i).padStart(2, '0')}.json`, toText(plan)])) });
    const shown = example('## Batch rules');
    const printed = (await runCli(['check', 'plans'], root)).stdout.split('\n').map(squeezed);
    expect(shown.length).toBeGreaterThan(2);
    for (const line of shown) expect(printed, line).toContain(squeezed(line));
  });
});
