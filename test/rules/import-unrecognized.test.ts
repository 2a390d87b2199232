import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { at, lintWithRule, positionOf, ruleDiagnostics, toText } from '../helpers.js';
import { importAndLint } from '../import/helpers.js';

const RULE = 'import-unrecognized';

describe(RULE, () => {
  it('reports each kept passage on a plan, an aspect or a problem, without touching the score', () => {
    const plan = basePlan() as ReturnType<typeof basePlan> & Record<string, unknown>;
    plan['x-unrecognized'] = ['页面顶部的一段说明文字，超过二十四个字时只显示开头部分'];
    (plan.aspects[0].problems[0] as unknown as Record<string, unknown>)['x-unrecognized'] = ['整改状态之后的一句话'];
    const text = toText(plan);
    const result = lintWithRule(text, RULE);
    expect(ruleDiagnostics(result, RULE).map((d) => [d.severity, d.message, at(d)])).toEqual([
      ['error', '未能识别的文字，已原样保留在问题 1.1：“整改状态之后的一句话”', positionOf(text, '"整改状态之后')],
      ['error', '未能识别的文字，已原样保留在方案：“页面顶部的一段说明文字，超过二十四个字时只显示开…”', positionOf(text, '"页面顶部')],
    ]);
    expect(result.score.byRule.find((tally) => tally.ruleId === RULE)).toBeUndefined();
  });

  it('is an info note by default, on the report line the importer could not place', () => {
    const report = '一、反馈问题整改情况\n1.针对甲问题\n整改措施：建立制度\n整改状态：已完成\n另附说明一则。\n';
    const { result } = importAndLint(report);
    const [d] = ruleDiagnostics(result, RULE);
    expect([d.severity, d.problemId, d.message, at(d), d.range.end.column]).toEqual(['info', '1', '未能识别的文字，已原样保留在问题 1：“另附说明一则”', { line: 5, column: 1 }, 7]);
  });
});
