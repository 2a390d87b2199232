import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { positionOf, toText } from '../helpers.js';
import { findings, located, messages } from './findings.js';

const RULE = 'report-timeliness';

function reportPlan(kind: 'plan' | 'progress-report' | 'final-report', date: string) {
  const plan = basePlan();
  plan.report = { kind, title: '关于区委第一专项巡察反馈意见整改情况的报告', date };
  return plan;
}

describe(RULE, () => {
  it('passes a report on the last day of the window (feedback 2022-02-18 + 2 months)', () => {
    expect(findings(reportPlan('final-report', '2022-04-18'), RULE)).toEqual([]);
  });

  it('reports a rectification report filed later, on the report date, with the due date and days late', () => {
    const plan = reportPlan('final-report', '2022-05-10');
    const text = toText(plan);
    expect(located(plan, RULE)).toEqual([
      {
        message: '整改情况报告日期 2022-05-10 距反馈日期 2022-02-18 超过 2 个月（应不晚于 2022-04-18，晚 22 天）',
        path: ['report', 'date'],
        ...positionOf(text, '"2022-05-10"'),
      },
    ]);
  });

  it('applies to the plan as well, and the window is configurable (巡察: often 3 months)', () => {
    const plan = reportPlan('plan', '2022-05-10');
    expect(messages(plan, RULE)).toEqual(['整改方案日期 2022-05-10 距反馈日期 2022-02-18 超过 2 个月（应不晚于 2022-04-18，晚 22 天）']);
    expect(findings(plan, RULE, { ruleOptions: { months: 3 } })).toEqual([]);
  });

  it('leaves later progress reports alone unless asked', () => {
    const plan = reportPlan('progress-report', '2023-01-16');
    expect(findings(plan, RULE)).toEqual([]);
    expect(findings(plan, RULE, { ruleOptions: { kinds: ['progress-report'] } })).toHaveLength(1);
  });

  it('clamps the window to the end of a shorter month', () => {
    const plan = reportPlan('final-report', '2022-03-01');
    plan.inspection.feedbackDate = '2021-12-31';
    expect(messages(plan, RULE, { locale: 'en' })).toEqual([
      'the rectification report is dated 2022-03-01, more than 2 months after the feedback on 2021-12-31 (due by 2022-02-28, 1 day late)',
    ]);
  });
});
