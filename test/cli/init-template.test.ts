import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { positionOf } from '../helpers.js';
import { tempProject } from '../temp-project.js';
import { runCli } from './run-cli.js';

describe('rectlint init then rectlint check: the untouched template is not a plan', () => {
  it('is returned, each placeholder reported where it stands by the rule that needs the field', async () => {
    const root = tempProject({});
    expect((await runCli(['init'], root)).code).toBe(0);
    const run = await runCli(['check', 'plan.json', '-f', 'json'], root);
    expect(run.code).toBe(1);
    const [file] = JSON.parse(run.stdout);
    expect(file.verdict.key).toBe('returned');
    const text = readFileSync(join(root, 'plan.json'), 'utf8');
    const found = file.messages.map((m: any) => [m.ruleId, m.line, m.column]);
    const expected = [
      ['require-problems', '"（反馈意见的第一个方面）"'],
      ['require-problems', '"（问题标题）"'],
      ['require-problems', '"（巡察组反馈原文）"'],
      ['require-cause-analysis', '"（原因分析）"'],
      ['require-responsible-leader', '"（责任领导）"'],
      ['require-responsible-leader', '"（责任部门）"'],
      ['require-responsible-leader', '"（责任人）"'],
      ['require-measures', '"（整改措施：'],
    ].map(([rule, needle]) => {
      const { line, column } = positionOf(text, needle);
      return [rule, line, column];
    });
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const m of file.messages) expect(m.message).toMatch(/占位文字/);
  });
});
