import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { positionOf, toText } from '../helpers.js';
import { findings, located, messages } from './findings.js';

const RULE = 'overdue';

function openPlan() {
  const plan = basePlan();
  const problem = plan.aspects[0].problems[0];
  problem.status = 'in-progress';
  delete problem.completionDate;
  delete problem.evidence;
  problem.measures = [{ text: '对2021年以来道路运输审批档案逐宗核查，补录“体外循环”事项', deadline: '2022-06-30', status: 'in-progress' }];
  return plan;
}

describe(RULE, () => {
  it('passes completed items, items not yet due, and a deadline that is today', () => {
    expect(findings(basePlan(), RULE)).toEqual([]);
    expect(findings(openPlan(), RULE, { asOf: '2022-05-31' })).toEqual([]);
  });

  it('reports an open problem and an open measure past their deadlines, with the days overdue, at the deadline', () => {
    const plan = openPlan();
    const text = toText(plan);
    expect(located(plan, RULE)).toEqual([
      { message: '问题 1.1 已逾期 40 天（整改时限 2022-05-31），状态仍为“正在推进”', path: ['aspects', 0, 'problems', 0, 'deadline'], ...positionOf(text, '"2022-05-31"') },
      { message: '措施已逾期 10 天（时限 2022-06-30），状态仍为“正在推进”', path: ['aspects', 0, 'problems', 0, 'measures', 0, 'deadline'], ...positionOf(text, '"2022-06-30"') },
    ]);
  });

  it('says nothing about items without a status or with a long-term marker', () => {
    const plan = openPlan();
    const problem = plan.aspects[0].problems[0];
    delete problem.status;
    delete problem.measures![0].status;
    expect(findings(plan, RULE)).toEqual([]);
    problem.status = 'ongoing';
    problem.deadline = '长期坚持';
    expect(findings(plan, RULE)).toEqual([]);
  });

  it('holds a postponed problem to its approved extension', () => {
    const plan = openPlan();
    const problem = plan.aspects[0].problems[0];
    problem.status = 'postponed';
    problem.measures = [];
    problem.extension = { deadline: '2022-08-31', reason: '评估机构出具报告需区财政局备案，周期较长', approvedBy: '区委巡察办' };
    expect(findings(plan, RULE)).toEqual([]);
    const [d] = findings(plan, RULE, { asOf: '2022-09-10' });
    expect(d.message).toBe('问题 1.1 已逾期 10 天（延期后的整改时限 2022-08-31），状态仍为“申请延期”');
    expect(d.path).toEqual(['aspects', 0, 'problems', 0, 'extension', 'deadline']);
  });

  it('holds a sub-item without its own deadline to its parent’s', () => {
    const plan = basePlan();
    plan.aspects[0].problems[0].items = [{ id: '1.1.1', title: '5项许可事项未进驻政务服务中心', status: 'not-started' }];
    expect(messages(plan, RULE)).toEqual(['问题 1.1.1 已逾期 40 天（整改时限 2022-05-31），状态仍为“未启动”']);
  });

  it('takes the nearest enclosing deadline across levels of sub-items', () => {
    const plan = basePlan();
    plan.aspects[0].problems[0].items = [
      { id: '1.1.1', title: '许可事项进驻不到位', items: [{ id: '1.1.1.1', title: '5项许可事项未进驻政务服务中心', status: 'in-progress' }] },
      { id: '1.1.2', title: '审批档案缺失', deadline: '2022-06-30', items: [{ id: '1.1.2.1', title: '2021年档案未归档', status: 'in-progress' }] },
    ];
    expect(messages(plan, RULE)).toEqual([
      '问题 1.1.1.1 已逾期 40 天（整改时限 2022-05-31），状态仍为“正在推进”',
      '问题 1.1.2.1 已逾期 10 天（整改时限 2022-06-30），状态仍为“正在推进”',
    ]);
  });

  it('speaks English', () => {
    expect(messages(openPlan(), RULE, { locale: 'en' })[0]).toBe('problem 1.1 is 40 days overdue (deadline 2022-05-31) and still "in progress"');
  });
});
