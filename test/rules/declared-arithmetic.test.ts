import { describe, expect, it } from 'vitest';
import { expectedRate } from '../../rules/declared-arithmetic.js';
import { basePlan } from '../fixtures/base-plan.js';
import { valueOf } from '../fixtures/value-position.js';
import { at, lintWithRule, positionOf, ruleDiagnostics, toText } from '../helpers.js';

const RULE = 'declared-arithmetic';

function findings(declared: Record<string, unknown>, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const plan = basePlan();
  plan.declared = declared;
  const text = toText(plan);
  return { text, found: ruleDiagnostics(lintWithRule(text, RULE, { locale }), RULE) };
}

describe(RULE, () => {
  it('rounds completed ÷ total to the printed decimals', () => {
    expect(expectedRate(688, 697, 2)).toBe('98.71');
    expect(expectedRate(19, 25, 0)).toBe('76');
    expect(expectedRate(1, 3, 1)).toBe('33.3');
    expect(expectedRate(2, 3, 0)).toBe('67');
    expect(expectedRate(1, 8, 2)).toBe('12.50');
  });

  it('compares at the printed precision: 98.7% is right for 688 ÷ 697 at one decimal', () => {
    expect(findings({ problems: 697, completed: 688, basicallyDone: 4, notDone: 5, completionRate: '98.7%' }).found).toEqual([]);
  });

  it('passes the published figures 688+4+5=697 at 98.71% and 19+6=25 at 76%', () => {
    expect(findings({ problems: 697, completed: 688, basicallyDone: 4, notDone: 5, completionRate: '98.71%' }).found).toEqual([]);
    expect(findings({ problems: 25, completed: 19, inProgress: 6, completionRate: '76%' }).found).toEqual([]);
  });

  it('counts the statuses against the unit they count (statusOf): 160 tasks, 150 + 10 done and in progress, 93.75%', () => {
    expect(findings({ aspects: 5, problems: 17, tasks: 160, completed: 150, inProgress: 10, completionRate: '93.75%', statusOf: 'tasks' }).found).toEqual([]);
    const { text, found } = findings({ problems: 17, tasks: 160, completed: 150, inProgress: 9, statusOf: 'tasks' });
    expect(found.map((d) => [d.message, at(d)])).toEqual([['各状态数之和 159（已完成 150 + 正在推进 9）与申报总数 160 不符', valueOf(text, '"tasks": 160')]]);
    // Without statusOf the same counts are compared with the problems, as reports mostly mean.
    expect(findings({ problems: 17, tasks: 160, completed: 150, inProgress: 10 }).found.map((d) => d.message)).toEqual(['各状态数之和 160（已完成 150 + 正在推进 10）与申报总数 17 不符']);
  });

  it('reports status counts that do not add up to the total, on the total', () => {
    const { text, found } = findings({ problems: 28, completed: 19, inProgress: 6 });
    const plan = basePlan();
    plan.declared = { problems: 28, completed: 19, inProgress: 6 };
    expect(lintWithRule(toText(plan), RULE).score.byRule.find((tally) => tally.ruleId === RULE)).toMatchObject({ applicable: 1, passed: 0 });
    expect(found.map((d) => [d.message, at(d)])).toEqual([['各状态数之和 25（已完成 19 + 正在推进 6）与申报总数 28 不符', valueOf(text, '"problems": 28')]]);
  });

  it('reports a completion rate that is not completed ÷ total as printed', () => {
    const { text, found } = findings({ problems: 697, completed: 688, basicallyDone: 4, notDone: 5, completionRate: '98.72%' });
    expect(found.map((d) => [d.message, at(d)])).toEqual([['完成率 98.72% 与 688 ÷ 697 = 98.71% 不符', positionOf(text, '"98.72%"')]]);
  });

  it('takes the sum of two or more status counts as the total when none is declared', () => {
    expect(findings({ completed: 19, inProgress: 6, completionRate: '76%' }).found).toEqual([]);
    expect(findings({ completed: 19, inProgress: 6, completionRate: '80%' }).found.map((d) => d.messageId)).toEqual(['rate']);
  });

  it('reports more completed than the total', () => {
    expect(findings({ problems: 9, completed: 12 }).found.map((d) => d.message)).toEqual(['已完成 12 项，超过申报总数 9']);
  });

  it('is not applicable when nothing can be checked', () => {
    const plan = basePlan();
    plan.declared = { problems: 9, inProgress: 3 };
    expect(lintWithRule(toText(plan), RULE).score.byRule.find((tally) => tally.ruleId === RULE)).toBeUndefined();
  });

  it('speaks English', () => {
    expect(findings({ problems: 28, completed: 19, inProgress: 6 }, 'en').found.map((d) => d.message)).toEqual(['the status counts add up to 25 (19 done + 6 in progress), not the declared total 28']);
  });
});
