import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { positionOf, toText } from '../helpers.js';
import { findings, located, messages } from './findings.js';

const RULE = 'completed-after-deadline';

describe(RULE, () => {
  it('passes items completed on or before their deadline', () => {
    expect(findings(basePlan(), RULE)).toEqual([]);
    const plan = basePlan();
    plan.aspects[0].problems[0].completionDate = '2022-05-31';
    expect(findings(plan, RULE)).toEqual([]);
  });

  it('reports a problem and a measure completed late, on the completion date', () => {
    const plan = basePlan();
    const problem = plan.aspects[0].problems[0];
    problem.completionDate = '2022-06-20';
    problem.measures![0].deadline = '2022-04-15';
    const text = toText(plan);
    // Findings come in source order: the measure sits above the problem's own completion date.
    expect(located(plan, RULE)).toEqual([
      { message: '措施完成日期 2022-04-20 晚于其时限 2022-04-15 5 天，且无延期批准', path: ['aspects', 0, 'problems', 0, 'measures', 0, 'completionDate'], ...positionOf(text, '"2022-04-20"') },
      { message: '问题 1.1 完成日期 2022-06-20 晚于整改时限 2022-05-31 20 天，且无延期批准', path: ['aspects', 0, 'problems', 0, 'completionDate'], ...positionOf(text, '"2022-06-20"') },
    ]);
  });

  it('accepts a late completion within an approved extension, which also covers the problem’s measures', () => {
    const plan = basePlan();
    const problem = plan.aspects[0].problems[0];
    problem.completionDate = '2022-06-20';
    problem.measures![0].deadline = '2022-04-15';
    problem.extension = { deadline: '2022-06-30', reason: '涉及跨部门审批，集中整改期内无法完成', approvedBy: '区委巡察办' };
    expect(findings(plan, RULE)).toEqual([]);
    problem.completionDate = '2022-07-05';
    expect(messages(plan, RULE)).toEqual(['问题 1.1 完成日期 2022-07-05 晚于延期后的时限 2022-06-30 5 天']);
  });

  it('has nothing to compare without a completion date or with a long-term marker', () => {
    const plan = basePlan();
    const problem = plan.aspects[0].problems[0];
    problem.deadline = '长期坚持';
    delete problem.measures![0].completionDate;
    expect(findings(plan, RULE)).toEqual([]);
  });
});
