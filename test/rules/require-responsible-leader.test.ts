import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { at, lint, lintWithRule, positionOf, ruleDiagnostics, settingsFor, toText } from '../helpers.js';

const RULE = 'require-responsible-leader';

describe(RULE, () => {
  it('passes a problem that names its leader', () => {
    expect(ruleDiagnostics(lintWithRule(toText(basePlan()), RULE), RULE)).toEqual([]);
  });

  it('reports a blank leader on the value, and by default not the department or person', () => {
    const plan = basePlan();
    const problem = plan.aspects[0].problems[0];
    problem.responsibleLeader = '';
    delete problem.responsibleDepartment;
    delete problem.responsiblePerson;
    const text = toText(plan);
    const found = ruleDiagnostics(lintWithRule(text, RULE), RULE);
    expect(found.map((d) => [d.message, at(d)])).toEqual([['问题 1.1 未明确责任领导', positionOf(text, '""')]]);
  });

  it('requires department and person in the strict preset', () => {
    const plan = basePlan();
    delete plan.aspects[0].problems[0].responsibleDepartment;
    delete plan.aspects[0].problems[0].responsiblePerson;
    const text = toText(plan);
    expect(ruleDiagnostics(lint(text), RULE)).toEqual([]);
    const strict = ruleDiagnostics(lint(text, { settings: settingsFor('strict') }), RULE);
    expect(strict.map((d) => d.messageId)).toEqual(['missingDepartment', 'missingPerson']);
    expect(strict.map((d) => d.path.at(-1))).toEqual(['responsibleDepartment', 'responsiblePerson']);
  });

  it('lets sub-items inherit the parent’s responsibility', () => {
    const plan = basePlan();
    plan.aspects[0].problems[0].items = [{ id: '1.1.1', title: '审批时间超限' }];
    expect(ruleDiagnostics(lintWithRule(toText(plan), RULE, { ruleOptions: { requirePerson: true } }), RULE)).toEqual([]);
    plan.aspects[0].problems[0].items = [{ id: '1.1.1', title: '审批时间超限', responsibleLeader: ' ' }];
    expect(ruleDiagnostics(lintWithRule(toText(plan), RULE), RULE).map((d) => d.problemId)).toEqual(['1.1.1']);
  });
});
