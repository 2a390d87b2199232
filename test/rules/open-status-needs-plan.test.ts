import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { positionOf, toText } from '../helpers.js';
import { findings, located, messages } from './findings.js';

const RULE = 'open-status-needs-plan';

/** 3.2-style: 国有资产出租 needs 区财政局 approval, so it stays open past the concentrated period. */
function openPlan(status: 'ongoing' | 'basically-done' | 'in-progress' = 'ongoing') {
  const plan = basePlan();
  const problem = plan.aspects[0].problems[0];
  problem.status = status;
  delete problem.completionDate;
  return plan;
}

describe(RULE, () => {
  it('passes completed problems, and open ones with an allowed reason and a future milestone', () => {
    expect(findings(basePlan(), RULE)).toEqual([]);
    const plan = openPlan('basically-done');
    const problem = plan.aspects[0].problems[0];
    problem.openReason = '3处房产属历史遗留问题，资产性质变更须经区财政局审批，短时间内无法解决';
    problem.nextMilestone = '2022-09-30';
    expect(findings(plan, RULE)).toEqual([]);
  });

  it('reports a missing reason and a missing milestone, placed on the problem', () => {
    const plan = openPlan();
    const text = toText(plan);
    const problemStart = { line: positionOf(text, '"id": "1.1"').line - 1, column: 9 };
    expect(located(plan, RULE)).toEqual([
      { message: '问题 1.1 状态为“持续整改”，未说明未完成的原因', path: ['aspects', 0, 'problems', 0, 'openReason'], ...problemStart },
      { message: '问题 1.1 状态为“持续整改”，没有下一节点日期', path: ['aspects', 0, 'problems', 0, 'nextMilestone'], ...problemStart },
    ]);
  });

  it('reports a reason outside the allowed grounds, and a milestone that has passed', () => {
    const plan = openPlan('basically-done');
    const problem = plan.aspects[0].problems[0];
    problem.openReason = '工作任务重、人手紧张';
    problem.nextMilestone = '2022-06-30';
    const text = toText(plan);
    expect(located(plan, RULE)).toEqual([
      {
        message: '问题 1.1 未完成的原因不属于可以持续整改的情形（限于体制机制不完善、历史遗留、短期内无法解决或涉及司法诉讼）',
        path: ['aspects', 0, 'problems', 0, 'openReason'],
        ...positionOf(text, '"工作任务重、人手紧张"'),
      },
      {
        message: '问题 1.1 的下一节点 2022-06-30 已过（基准日 2022-07-10），应更新进展或节点',
        path: ['aspects', 0, 'problems', 0, 'nextMilestone'],
        ...positionOf(text, '"2022-06-30"'),
      },
    ]);
    expect(findings(plan, RULE, { ruleOptions: { reasons: [] }, asOf: '2022-06-30' })).toEqual([]);
  });

  it('treats a not-completed problem with a long-term deadline as open-ended, whatever its status', () => {
    const plan = openPlan('in-progress');
    expect(findings(plan, RULE)).toEqual([]);
    plan.aspects[0].problems[0].deadline = '长期坚持';
    expect(messages(plan, RULE, { locale: 'en' })).toEqual([
      'problem 1.1 is "in progress" but gives no reason why it stays open',
      'problem 1.1 is "in progress" but has no next milestone date',
    ]);
    const done = basePlan();
    done.aspects[0].problems[0].deadline = '长期坚持';
    done.aspects[0].problems[0].status = 'done-ongoing';
    expect(findings(done, RULE)).toEqual([]);
  });
});
