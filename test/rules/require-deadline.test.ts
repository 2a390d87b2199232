import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { at, lintWithRule, positionOf, ruleDiagnostics, toText } from '../helpers.js';

const RULE = 'require-deadline';

describe(RULE, () => {
  it('accepts a date on or after the feedback date, and the long-term markers', () => {
    const plan = basePlan();
    expect(ruleDiagnostics(lintWithRule(toText(plan), RULE), RULE)).toEqual([]);
    for (const marker of ['长期坚持', '立行立改', '持续整改'] as const) {
      plan.aspects[0].problems[0].deadline = marker;
      expect(ruleDiagnostics(lintWithRule(toText(plan), RULE), RULE)).toEqual([]);
    }
    plan.aspects[0].problems[0].deadline = '2022-02-18';
    expect(ruleDiagnostics(lintWithRule(toText(plan), RULE), RULE)).toEqual([]);
  });

  it('reports a missing deadline', () => {
    const plan = basePlan();
    delete plan.aspects[0].problems[0].deadline;
    const [d] = ruleDiagnostics(lintWithRule(toText(plan), RULE), RULE);
    expect(d.message).toBe('问题 1.1 没有整改时限：请填写日期，或“长期坚持”“立行立改”等标记');
    expect(d.path).toEqual(['aspects', 0, 'problems', 0, 'deadline']);
  });

  it('accepts a problem whose every measure has a deadline', () => {
    const plan = basePlan();
    delete plan.aspects[0].problems[0].deadline;
    plan.aspects[0].problems[0].measures![0].deadline = '2022-04-30';
    expect(ruleDiagnostics(lintWithRule(toText(plan), RULE), RULE)).toEqual([]);
  });

  it('reports a deadline before the feedback date, on problems and measures, at the value', () => {
    const plan = basePlan();
    plan.aspects[0].problems[0].deadline = '2022-01-31';
    plan.aspects[0].problems[0].measures![0].deadline = '2022-02-17';
    const text = toText(plan);
    const found = ruleDiagnostics(lintWithRule(text, RULE), RULE);
    expect(found.map((d) => [d.message, at(d)])).toEqual([
      ['整改时限 2022-01-31 早于反馈日期 2022-02-18', positionOf(text, '"2022-01-31"')],
      ['整改时限 2022-02-17 早于反馈日期 2022-02-18', positionOf(text, '"2022-02-17"')],
    ]);
  });

  it('treats an unreadable deadline as none (the schema says why)', () => {
    const plan = basePlan();
    (plan.aspects[0].problems[0] as { deadline: string }).deadline = '尽快';
    const text = toText(plan);
    const result = lintWithRule(text, RULE);
    expect(ruleDiagnostics(result, RULE).map((d) => d.messageId)).toEqual(['missing']);
    expect(ruleDiagnostics(result, 'schema').map((d) => [d.message, at(d)])).toEqual([
      ['“整改时限”（deadline）应为 YYYY-MM-DD 格式的日期，或时限标记“长期坚持”“立行立改”“持续整改”，实际为“尽快”', positionOf(text, '"尽快"')],
    ]);
  });
});
