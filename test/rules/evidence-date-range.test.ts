import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { positionOf, toText } from '../helpers.js';
import { findings, located, messages } from './findings.js';

const RULE = 'evidence-date-range';

describe(RULE, () => {
  it('passes evidence dated from the first day of the inspection to the report date', () => {
    const plan = basePlan();
    expect(findings(plan, RULE)).toEqual([]);
    plan.aspects[0].problems[0].evidence![0].date = '2021-10-15';
    plan.aspects[0].problems[0].measures![0].evidence![0].date = '2022-07-10';
    expect(findings(plan, RULE)).toEqual([]);
  });

  it('reports evidence older than the inspection: it cannot show rectification', () => {
    const plan = basePlan();
    plan.aspects[0].problems[0].evidence![0] = { type: '文件', title: '《财务管理制度》', date: '2019-03-01', reference: '交党组〔2019〕2号' };
    const text = toText(plan);
    expect(located(plan, RULE)).toEqual([
      {
        message: '佐证材料日期 2019-03-01 早于巡察进驻日期 2021-10-15，不能证明整改',
        path: ['aspects', 0, 'problems', 0, 'evidence', 0, 'date'],
        ...positionOf(text, '"2019-03-01"'),
      },
    ]);
  });

  it('leaves evidence after the report to completed-requires-evidence unless afterReport is on', () => {
    const plan = basePlan();
    plan.aspects[0].problems[0].measures![0].evidence![0].date = '2022-08-01';
    expect(messages(plan, RULE)).toEqual([]);
    const ruleOptions = { afterReport: true };
    expect(messages(plan, RULE, { ruleOptions })).toEqual(['佐证材料日期 2022-08-01 晚于报告日期 2022-07-10']);
    expect(messages(plan, RULE, { ruleOptions, asOf: '2023-01-01', locale: 'en' })).toEqual(['evidence dated 2022-08-01, after the report date 2022-07-10']);
  });

  it('has no lower bound without an inspection period, and skips undated evidence', () => {
    const plan = basePlan();
    delete plan.inspection.period;
    plan.aspects[0].problems[0].evidence![0].date = '2019-03-01';
    delete plan.aspects[0].problems[0].measures![0].evidence![0].date;
    expect(findings(plan, RULE)).toEqual([]);
  });
});
