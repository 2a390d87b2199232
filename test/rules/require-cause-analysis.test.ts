import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { at, lintWithRule, positionOf, ruleDiagnostics, toText } from '../helpers.js';

const RULE = 'require-cause-analysis';

describe(RULE, () => {
  it('passes a problem with a non-empty cause', () => {
    expect(ruleDiagnostics(lintWithRule(toText(basePlan()), RULE), RULE)).toEqual([]);
  });

  it('reports a missing cause analysis on the problem that lacks it', () => {
    const plan = basePlan();
    delete plan.aspects[0].problems[0].causes;
    const text = toText(plan);
    const [d] = ruleDiagnostics(lintWithRule(text, RULE), RULE);
    expect(d.message).toBe('问题 1.1 缺少原因分析');
    expect(d.path).toEqual(['aspects', 0, 'problems', 0, 'causes']);
    expect(d.problemId).toBe('1.1');
    // Missing, so placed on the closest existing node: the problem object's opening brace.
    expect(at(d)).toEqual({ line: positionOf(text, '"id": "1.1"').line - 1, column: 9 });
  });

  it('reports an empty list, and each blank entry at its own place', () => {
    const plan = basePlan();
    plan.aspects[0].problems[0].causes = ['思想认识不足', '  '];
    const text = toText(plan);
    const found = ruleDiagnostics(lintWithRule(text, RULE), RULE);
    expect(found.map((d) => [d.messageId, d.path.at(-1), at(d)])).toEqual([['empty', 1, positionOf(text, '"  "')]]);

    plan.aspects[0].problems[0].causes = [];
    const emptyText = toText(plan);
    const [empty] = ruleDiagnostics(lintWithRule(emptyText, RULE), RULE);
    expect(empty.messageId).toBe('missing');
    expect(at(empty)).toEqual(positionOf(emptyText, '"causes"'));
  });

  it('honours the minimum option', () => {
    const result = lintWithRule(toText(basePlan()), RULE, { ruleOptions: { minimum: 2 } });
    expect(ruleDiagnostics(result, RULE).map((d) => d.message)).toEqual(['问题 1.1 只有 1 条原因分析，至少需要 2 条']);
  });

  it('lets a sub-item rely on its parent’s analysis but checks causes it gives itself', () => {
    const plan = basePlan();
    const problem = plan.aspects[0].problems[0];
    problem.items = [{ id: '1.1.1', title: '审批时间超限' }, { id: '1.1.2', title: '体外循环', causes: [''] }];
    const found = ruleDiagnostics(lintWithRule(toText(plan), RULE), RULE);
    expect(found.map((d) => [d.problemId, d.messageId])).toEqual([['1.1.2', 'missing']]);
  });

  it('speaks English with --locale en', () => {
    const plan = basePlan();
    delete plan.aspects[0].problems[0].causes;
    const [d] = ruleDiagnostics(lintWithRule(toText(plan), RULE, { locale: 'en' }), RULE);
    expect(d.message).toBe('problem 1.1 has no cause analysis');
  });
});
