import { describe, expect, it } from 'vitest';
import { gradeFor } from '../../src/core/score.js';
import { basePlan } from '../fixtures/base-plan.js';
import { coreSettings, lint, toText } from '../helpers.js';

describe('the compliance score', () => {
  it('recomputes README’s worked example: 100 × 12 ÷ 14 = 85.7, graded 不合格 because the error returns the plan; the failing problem 60', () => {
    const plan = basePlan();
    const first = plan.aspects[0].problems[0];
    plan.aspects[0].problems.push({ ...structuredClone(first), id: '1.2', causes: [] });
    const settings = { 'require-cause-analysis': { severity: 'error' as const }, 'require-measures': { severity: 'error' as const } };
    const result = lint(toText(plan), { settings });
    const weights = (id: string) => {
      const rule = result.score.byRule.find((r) => r.ruleId === id)!;
      return [rule.passedWeight, rule.applicableWeight];
    };
    expect(weights('schema')).toEqual([3, 3]);
    expect(weights('duplicate-key')).toEqual([1, 1]);
    expect(weights('require-cause-analysis')).toEqual([2, 4]);
    // Per problem, with its measure: two checks of weight 3.
    expect(weights('require-measures')).toEqual([6, 6]);
    expect([result.score.passedWeight, result.score.applicableWeight, result.score.score, result.score.grade.label.zh, result.verdict.label.zh]).toEqual([12, 14, 85.7, '不合格', '退回修改']);
    expect(result.score.byProblem.map((p) => [p.problemId, p.score])).toEqual([
      ['1.1', 100],
      ['1.2', 60],
    ]);
  });

  it('scores each problem and each category with the same formula', () => {
    const plan = basePlan();
    delete plan.aspects[0].problems[0].causes;
    const result = lint(toText(plan), { settings: coreSettings() });
    const problem = result.score.byProblem.find((p) => p.problemId === '1.1')!;
    // One check per rule: cause (2, failed), leader (2), deadline (2), measures (3), evidence (3).
    expect([problem.passedWeight, problem.applicableWeight, problem.score]).toEqual([10, 12, 83.3]);
    expect(result.score.byCategory.completeness).toMatchObject({ passedWeight: 6, applicableWeight: 8, score: 75 });
    expect(result.score.byCategory.timeliness).toMatchObject({ passedWeight: 2, applicableWeight: 2, score: 100 });
  });

  it('grades an accepted plan at 90 and 75 (合格 below), and a returned plan 不合格 whatever its score', () => {
    expect([90, 89.9, 75, 74.9, 60, 59.9, 0].map((s) => gradeFor(s, 'accepted').label.zh)).toEqual(['优秀', '良好', '良好', '合格', '合格', '合格', '合格']);
    expect([100, 75, 60, 59.9].map((s) => gradeFor(s, 'returned').label.zh)).toEqual(['不合格', '不合格', '不合格', '不合格']);
  });

  it('gives a fatal parse error 0 and 不合格', () => {
    const result = lint('{"inspection": ');
    expect([result.score.score, result.score.grade.label.zh]).toEqual([0, '不合格']);
  });

  it('honours configured weights', () => {
    const plan = basePlan();
    delete plan.aspects[0].problems[0].causes;
    const base = lint(toText(plan), { settings: coreSettings() }).score.score;
    const heavier = lint(toText(plan), { settings: coreSettings(), weights: { 'require-cause-analysis': 20 } }).score.score;
    expect(heavier).toBeLessThan(base);
  });
});
