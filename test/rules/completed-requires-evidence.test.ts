import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { at, lintWithRule, positionOf, ruleDiagnostics, toText } from '../helpers.js';

const RULE = 'completed-requires-evidence';

describe(RULE, () => {
  it('passes completed items with evidence, and open items without any', () => {
    const plan = basePlan();
    expect(ruleDiagnostics(lintWithRule(toText(plan), RULE), RULE)).toEqual([]);
    const problem = plan.aspects[0].problems[0];
    problem.status = 'in-progress';
    delete problem.evidence;
    problem.measures = [{ text: '制订《行政审批档案管理制度》', status: 'in-progress' }];
    expect(ruleDiagnostics(lintWithRule(toText(plan), RULE), RULE)).toEqual([]);
  });

  it('counts evidence held by the problem’s measures', () => {
    const plan = basePlan();
    delete plan.aspects[0].problems[0].evidence;
    expect(ruleDiagnostics(lintWithRule(toText(plan), RULE), RULE)).toEqual([]);
  });

  it('reports a completed problem and a completed measure without evidence', () => {
    const plan = basePlan();
    const problem = plan.aspects[0].problems[0];
    problem.status = 'done-ongoing';
    problem.evidence = [];
    delete problem.measures![0].evidence;
    const text = toText(plan);
    const found = ruleDiagnostics(lintWithRule(text, RULE), RULE);
    expect(found.map((d) => [d.message, at(d)])).toEqual([
      ['措施标为“已完成”，但没有佐证材料', positionOf(text, '"done"')],
      ['问题 1.1 标为“已完成并长期坚持”，但没有佐证材料', positionOf(text, '"evidence"')],
    ]);
  });

  it('reports evidence dated after the report date', () => {
    const plan = basePlan();
    plan.aspects[0].problems[0].evidence![0].date = '2022-07-11';
    const text = toText(plan);
    const [d] = ruleDiagnostics(lintWithRule(text, RULE), RULE);
    expect([d.message, at(d)]).toEqual(['佐证材料日期 2022-07-11 晚于报告日期 2022-07-10', positionOf(text, '"2022-07-11"')]);
  });

  it('names the status in English with --locale en', () => {
    const plan = basePlan();
    plan.aspects[0].problems[0].status = 'done-ongoing';
    plan.aspects[0].problems[0].evidence = [];
    delete plan.aspects[0].problems[0].measures![0].evidence;
    const found = ruleDiagnostics(lintWithRule(toText(plan), RULE, { locale: 'en' }), RULE).map((d) => d.message);
    expect(found).toEqual(['the measure is marked "done" but has no evidence', 'problem 1.1 is marked "done, upheld long-term" but has no evidence']);
  });

  it('uses the as-of date when it is earlier than the report date', () => {
    const plan = basePlan();
    const [d] = ruleDiagnostics(lintWithRule(toText(plan), RULE, { asOf: '2022-04-25', locale: 'en' }), RULE);
    expect(d.message).toBe('evidence dated 2022-04-29, after the as-of date 2022-04-25');
  });
});
