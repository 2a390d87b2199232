import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { positionOf, toText } from '../helpers.js';
import { findings, located, messages } from './findings.js';

const RULE = 'immediate-fix-done';

/** 边巡边改: a problem the team asked to fix at once, done during the inspection. */
function immediatePlan() {
  const plan = basePlan();
  const problem = plan.aspects[0].problems[0];
  problem.tags = ['立行立改'];
  problem.completionDate = '2021-12-10';
  problem.measures![0].completionDate = '2021-12-08';
  return plan;
}

describe(RULE, () => {
  it('passes untagged problems and 立行立改 problems done in time', () => {
    expect(findings(basePlan(), RULE)).toEqual([]);
    expect(findings(immediatePlan(), RULE)).toEqual([]);
    expect(findings(immediatePlan(), RULE, { ruleOptions: { by: 'inspection-end' } })).toEqual([]);
  });

  it('reports a 立行立改 problem completed after the feedback, on its completion date', () => {
    const plan = immediatePlan();
    plan.aspects[0].problems[0].completionDate = '2022-03-15';
    const text = toText(plan);
    expect(located(plan, RULE)).toEqual([
      { message: '问题 1.1 标为“立行立改”，完成日期 2022-03-15 晚于巡察反馈日 2022-02-18', path: ['aspects', 0, 'problems', 0, 'completionDate'], ...positionOf(text, '"2022-03-15"') },
    ]);
  });

  it('can hold such problems to the last day of the inspection instead', () => {
    const plan = immediatePlan();
    plan.aspects[0].problems[0].completionDate = '2022-01-10';
    expect(findings(plan, RULE)).toEqual([]);
    expect(messages(plan, RULE, { ruleOptions: { by: 'inspection-end' } })).toEqual(['问题 1.1 标为“立行立改”，完成日期 2022-01-10 晚于巡察结束日 2021-12-15']);
  });

  it('reports a 立行立改 problem or measure that is still open, on its status', () => {
    const plan = immediatePlan();
    const problem = plan.aspects[0].problems[0];
    problem.tags = ['共性问题', '即知即改'];
    problem.status = 'in-progress';
    problem.measures!.push({ text: '退还违规收取的工本费', deadline: '立行立改', status: 'not-started' });
    const text = toText(plan);
    expect(located(plan, RULE)).toEqual([
      { message: '措施标为“立行立改”，应于巡察反馈日 2022-02-18 前整改完毕，但状态为“未启动”', path: ['aspects', 0, 'problems', 0, 'measures', 1, 'status'], ...positionOf(text, '"not-started"') },
      { message: '问题 1.1 标为“即知即改”，应于巡察反馈日 2022-02-18 前整改完毕，但状态为“正在推进”', path: ['aspects', 0, 'problems', 0, 'status'], ...positionOf(text, '"in-progress"') },
    ]);
  });

  it('is not due before the feedback date, and says nothing without a status', () => {
    const plan = immediatePlan();
    const problem = plan.aspects[0].problems[0];
    problem.status = 'in-progress';
    expect(findings(plan, RULE, { asOf: '2022-02-18' })).toEqual([]);
    delete problem.status;
    expect(findings(plan, RULE)).toEqual([]);
  });
});
