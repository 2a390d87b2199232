import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from './cli/run-cli.js';
import { CORE_RULE_IDS } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '..');

describe('npx rectlint check examples --format json (the issue’s acceptance)', () => {
  const run = runBin(['check', 'examples', '--format', 'json'], ROOT);
  const files = JSON.parse(run.stdout) as any[];
  const byName = (name: string) => files.find((f) => f.filePath === resolve(ROOT, 'examples', name));

  it('exits 1, because the broken plan has errors', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
  });

  it('scores the complete plan 100 with no finding at all', () => {
    const complete = byName('complete-plan.json');
    expect([complete.score, complete.grade, complete.messages]).toEqual([100, '优秀', []]);
  });

  it('shows each core rule firing on the broken plan at the right line and column', () => {
    const broken = byName('broken-plan.json');
    const core = broken.messages.filter((m: any) => CORE_RULE_IDS.includes(m.ruleId)).map((m: any) => [m.ruleId, m.line, m.column, m.problemId ?? null]);
    expect(core).toEqual([
      ['completed-requires-evidence', 56, 21, '1.1'],
      ['require-cause-analysis', 61, 9, '1.2'],
      ['require-deadline', 79, 9, '1.3'],
      ['require-responsible-leader', 105, 9, '2.1'],
      ['require-deadline', 139, 23, '2.2'],
      ['completed-requires-evidence', 175, 69, '2.3'],
      ['require-measures', 184, 9, '3.1'],
      ['require-measures', 214, 38, '3.2'],
      ['meeting-frequency', 227, 15, null],
    ]);
    expect(new Set(core.map(([ruleId]: string[]) => ruleId))).toEqual(new Set(CORE_RULE_IDS));
    // Each place is what the finding is about.
    const lines = readFileSync(resolve(ROOT, 'examples/broken-plan.json'), 'utf8').split('\n');
    const at = (line: number, column: number) => lines[line - 1].slice(column - 1);
    expect(at(56, 21)).toMatch(/^"done"/);
    expect(at(139, 23)).toMatch(/^"2022-10-31"/);
    expect(at(175, 69)).toMatch(/^"2023-07-31"/);
    expect(at(214, 38)).toMatch(/^""/);
    expect(at(227, 15)).toMatch(/^"自2023年起，每季度至少召开一次安全生产工作分析会"/);
    expect(broken.gradeKey).not.toBe('excellent');
  });

  it('checks the two seed reports expressed as plans without schema findings', () => {
    for (const name of ['seed-a-jiaotong-xingzheng-shenpi.json', 'seed-b-jinpu-jiaotong.json']) {
      const seed = byName(name);
      expect(seed.messages.filter((m: any) => m.ruleId === 'schema' || m.ruleId === 'parse')).toEqual([]);
      expect(seed.errorCount).toBeGreaterThan(0);
    }
  });
});
