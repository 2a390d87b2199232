import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { positionOf, toText } from '../helpers.js';
import { findings, located, messages } from './findings.js';

const RULE = 'vague-deadline';

function undated(deadlineText: string) {
  const plan = basePlan();
  const problem = plan.aspects[0].problems[0];
  delete problem.deadline;
  problem.deadlineText = deadlineText;
  return plan;
}

describe(RULE, () => {
  it('reports a deadline that is only 尽快, on the deadline text', () => {
    const plan = undated('尽快');
    const text = toText(plan);
    expect(located(plan, RULE)).toEqual([
      { message: '问题 1.1 的时限“尽快”含糊，没有具体日期', path: ['aspects', 0, 'problems', 0, 'deadlineText'], ...positionOf(text, '"尽快"') },
    ]);
    expect(messages(undated('近期完成，并逐步建立长效机制'), RULE)).toEqual(['问题 1.1 的时限“近期完成，并逐步建立长效机制”含糊（“近期”），没有具体日期']);
  });

  it('accepts vague words next to a date, a span or a period, and a vague text when the date field is filled', () => {
    for (const wording of ['2022年底前逐步完成', '反馈后3个月内尽快完成', '三个月内及时整改到位', '上半年适时召开']) {
      expect(findings(undated(wording), RULE)).toEqual([]);
    }
    const plan = basePlan();
    plan.aspects[0].problems[0].deadlineText = '尽快';
    expect(findings(plan, RULE)).toEqual([]);
  });

  it('leaves long-term and immediate markers to their own rules', () => {
    const plan = basePlan();
    const problem = plan.aspects[0].problems[0];
    problem.deadline = '长期坚持';
    problem.deadlineText = '长期坚持，定期开展';
    expect(findings(plan, RULE)).toEqual([]);
  });

  it('bounds a vague measure deadline by its problem’s date, and reports it when there is none', () => {
    const plan = basePlan();
    const problem = plan.aspects[0].problems[0];
    problem.measures![0].deadlineText = '近期';
    expect(findings(plan, RULE)).toEqual([]);
    delete problem.deadline;
    expect(messages(plan, RULE, { locale: 'en' })).toEqual(['the measure’s deadline "近期" is vague and gives no date']);
  });

  it('takes its word list from the options', () => {
    expect(findings(undated('尽快'), RULE, { ruleOptions: { vagueWords: ['择机'] } })).toEqual([]);
  });
});
