import { describe, expect, it } from 'vitest';
import { positionOf } from '../helpers.js';
import { againstPlan, faithfulReport, fixturePlan } from './against-plan.js';

const RULE = 'totals-changed';

describe(RULE, () => {
  it('passes the same declared totals, and says nothing when either document declares none', () => {
    expect(againstPlan(fixturePlan(), faithfulReport(), RULE).findings).toEqual([]);
    const report = faithfulReport();
    delete report.declared;
    expect(againstPlan(fixturePlan(), report, RULE).findings).toEqual([]);
  });

  it('reports a declared total that differs from the plan’s (28 problems planned, 27 reported)', () => {
    const plan = fixturePlan();
    plan.declared = { problems: 28 };
    const report = faithfulReport();
    report.declared = { problems: 27, completed: 20 };
    const { findings, reportText, inPlan } = againstPlan(plan, report, RULE);
    expect(findings.map((d) => [d.severity, d.message, d.range.start.line])).toEqual([
      ['error', `报告申报问题 27 个，所依据的方案申报 28 个（${inPlan('28')}）`, positionOf(reportText, '27').line],
    ]);
  });

  it('is a warning at most when either total was listed with 等', () => {
    const plan = fixturePlan();
    plan.declared = { aspects: 3, approximate: true };
    const report = faithfulReport();
    report.declared = { aspects: 2 };
    expect(againstPlan(plan, report, RULE).findings.map((d) => d.severity)).toEqual(['warn']);
  });
});
