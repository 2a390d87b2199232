import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { at, lintWithRule, positionOf, ruleDiagnostics, toText } from '../helpers.js';

const RULE = 'require-measures';

describe(RULE, () => {
  it('passes a problem with a concrete measure', () => {
    expect(ruleDiagnostics(lintWithRule(toText(basePlan()), RULE), RULE)).toEqual([]);
  });

  it('reports no measures on the key of an empty list', () => {
    const plan = basePlan();
    plan.aspects[0].problems[0].measures = [];
    const text = toText(plan);
    const [d] = ruleDiagnostics(lintWithRule(text, RULE), RULE);
    expect([d.message, at(d)]).toEqual(['问题 1.1 没有整改措施', positionOf(text, '"measures"')]);
  });

  it('reports an empty measure on its text', () => {
    const plan = basePlan();
    plan.aspects[0].problems[0].measures!.push({ text: '' });
    const text = toText(plan);
    const [d] = ruleDiagnostics(lintWithRule(text, RULE), RULE);
    expect([d.message, d.path, at(d)]).toEqual(['整改措施内容为空', ['aspects', 0, 'problems', 0, 'measures', 1, 'text'], positionOf(text, '""')]);
  });

  it('honours the minimum option', () => {
    const found = ruleDiagnostics(lintWithRule(toText(basePlan()), RULE, { ruleOptions: { minimum: 3 } }), RULE);
    expect(found.map((d) => d.message)).toEqual(['问题 1.1 只有 1 项整改措施，至少需要 3 项']);
  });

  it('leaves a problem split into sub-items to its items', () => {
    const plan = basePlan();
    const problem = plan.aspects[0].problems[0];
    delete problem.measures;
    problem.items = [
      { id: '1.1.1', title: '审批时间超限', measures: [{ text: '清理行政审批事项598条次' }] },
      { id: '1.1.2', title: '体外循环' },
    ];
    expect(ruleDiagnostics(lintWithRule(toText(plan), RULE), RULE).map((d) => [d.problemId, d.messageId])).toEqual([['1.1.2', 'missing']]);
  });
});
