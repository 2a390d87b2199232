import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/core/lint.js';
import { basePlan } from '../fixtures/base-plan.js';
import { at, coreSettings, lint, positionOf, toText } from '../helpers.js';

/** The base plan with problem 1.1's cause analysis removed: one require-cause-analysis error. */
function planWithoutCauses(annotation?: unknown): any {
  const plan: any = basePlan();
  delete plan.aspects[0].problems[0].causes;
  if (annotation !== undefined) plan.aspects[0].problems[0]['x-rectlint'] = annotation;
  return plan;
}

function check(plan: unknown, asOf = '2022-07-10'): { result: LintResult; text: string } {
  const text = toText(plan);
  return { result: lint(text, { settings: coreSettings(), asOf }), text };
}

const summary = (result: LintResult) => result.diagnostics.map((d) => [d.ruleId, d.severity, d.message]);

describe('accountable suppressions (x-rectlint)', () => {
  it('silences a rule on the item and inside it, keeps the finding with its justification, and restores the score', () => {
    const unsuppressed = check(planWithoutCauses()).result;
    expect(summary(unsuppressed)).toEqual([['require-cause-analysis', 'error', '问题 1.1 缺少原因分析']]);
    expect(unsuppressed.score.score).toBeLessThan(100);

    const annotation = { disable: ['require-cause-analysis'], reason: '原因分析在党组会议纪要中，另行报送', approvedBy: '区委巡察办 张某', until: '2022-12-31' };
    const { result } = check(planWithoutCauses(annotation));
    expect(result.diagnostics).toEqual([]);
    expect(result.score.score).toBe(100);
    expect(result.suppressed?.map((d) => [d.ruleId, d.message, d.problemId, d.suppression])).toEqual([
      [
        'require-cause-analysis',
        '问题 1.1 缺少原因分析',
        '1.1',
        { kind: 'in-source', reason: '原因分析在党组会议纪要中，另行报送', approvedBy: '区委巡察办 张某', until: '2022-12-31', path: ['aspects', 0, 'problems', 0] },
      ],
    ]);
  });

  it('an annotation on the plan covers the whole file, and the schema check can be silenced', () => {
    const plan: any = planWithoutCauses();
    plan.inspection.unknownField = 1;
    plan['x-rectlint'] = { disable: ['require-cause-analysis', 'schema'], reason: '旧格式存档，不再修改' };
    const { result } = check(plan);
    expect(result.diagnostics).toEqual([]);
    expect(result.suppressed?.map((d) => d.ruleId)).toEqual(['schema', 'require-cause-analysis']);
    expect(result.score.score).toBe(100);
  });

  it('requires a reason: without one the suppression does not apply and is an error at the annotation', () => {
    const { result, text } = check(planWithoutCauses({ disable: ['require-cause-analysis'] }));
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.message, at(d)])).toEqual([
      ['require-cause-analysis', 'error', '问题 1.1 缺少原因分析', expect.anything()],
      ['suppression', 'error', 'x-rectlint 缺少豁免理由 reason（必填），此豁免不生效', positionOf(text, '"x-rectlint"')],
    ]);
    expect(result.suppressed).toBeUndefined();
  });

  it('an expired suppression no longer applies and is reported on its until date', () => {
    const { result, text } = check(planWithoutCauses({ disable: ['require-cause-analysis'], reason: '待补充', until: '2022-06-30' }));
    const expired = result.diagnostics.find((d) => d.ruleId === 'suppression')!;
    expect([expired.severity, expired.message, at(expired)]).toEqual(['warn', '豁免已于 2022-06-30 到期（理由：待补充），被豁免的审核发现重新计入', positionOf(text, '"2022-06-30"')]);
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('require-cause-analysis');
    // Still in force on its last day.
    expect(check(planWithoutCauses({ disable: ['require-cause-analysis'], reason: '待补充', until: '2022-07-10' })).result.diagnostics).toEqual([]);
  });

  it('an unused suppression is a warning on its disable entry; unknown rule ids are reported too', () => {
    const plan: any = basePlan();
    plan.aspects[0].problems[0]['x-rectlint'] = { disable: ['require-measures', 'no-such-rule', 'parse'], reason: '历史遗留' };
    const { result, text } = check(plan);
    expect(result.diagnostics.map((d) => [d.severity, d.message, at(d).line])).toEqual([
      ['warn', '豁免“require-measures”没有对应的审核发现，应删除（理由：历史遗留）', positionOf(text, '"require-measures"').line],
      ['warn', 'x-rectlint 豁免了未知或不可豁免的规则“no-such-rule”', positionOf(text, '"no-such-rule"').line],
      ['warn', 'x-rectlint 豁免了未知或不可豁免的规则“parse”', positionOf(text, '"parse"').line],
    ]);
    // Suppression findings do not change the score.
    expect(result.score.score).toBe(100);
  });

  it('an annotation on one problem does not reach a sibling', () => {
    const plan: any = planWithoutCauses();
    const sibling = structuredClone(plan.aspects[0].problems[0]);
    sibling.id = '1.2';
    sibling['x-rectlint'] = { disable: ['require-cause-analysis'], reason: '另行报送' };
    plan.aspects[0].problems.push(sibling);
    const { result } = check(plan);
    expect(result.diagnostics.map((d) => [d.ruleId, d.problemId])).toEqual([['require-cause-analysis', '1.1']]);
    expect(result.suppressed?.map((d) => d.problemId)).toEqual(['1.2']);
  });

  it('malformed annotations are errors naming the field', () => {
    const plan: any = basePlan();
    plan['x-rectlint'] = { disable: 'require-measures', reason: ' ', until: '2022-13-01', approver: '张某' };
    const messages = check(plan).result.diagnostics.map((d) => [d.severity, d.path.join('.')]);
    expect(messages).toEqual(
      expect.arrayContaining([
        ['error', 'x-rectlint.approver'],
        ['error', 'x-rectlint.disable'],
        ['error', 'x-rectlint.reason'],
        ['error', 'x-rectlint.until'],
      ]),
    );
    expect(check({ ...basePlan(), 'x-rectlint': 'off' }).result.diagnostics.map((d) => d.message)).toEqual([
      'x-rectlint 应为对象：{"disable": [规则], "reason": 理由, "approvedBy": 批准人, "until": 截止日期}',
    ]);
  });
});
