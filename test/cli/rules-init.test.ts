import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../temp-project.js';
import { runCli } from './run-cli.js';

describe('rectlint rules', () => {
  it('lists every built-in rule with its presets and option defaults', async () => {
    const run = await runCli(['rules', '-f', 'json'], tempProject({}));
    const rows = JSON.parse(run.stdout);
    const leader = rows.find((r: any) => r.id === 'require-responsible-leader');
    expect(leader).toEqual({
      id: 'require-responsible-leader',
      category: '责任落实',
      weight: 2,
      presets: { recommended: 'error', strict: 'error', publish: 'error' },
      scope: 'plan',
      description: '每个问题都明确责任领导（可要求责任部门和责任人）',
      options: { requireDepartment: false, requirePerson: false },
    });
    expect(rows.map((r: any) => r.id)).toEqual(expect.arrayContaining(['require-cause-analysis', 'require-deadline', 'require-measures', 'completed-requires-evidence', 'meeting-frequency']));
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
});
