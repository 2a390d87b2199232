import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { valueOf } from '../fixtures/value-position.js';
import { at, lintWithRule, ruleDiagnostics, toText } from '../helpers.js';

const RULE = 'declared-count';

function planDeclaring(declared: Record<string, unknown>) {
  const plan = basePlan();
  plan.declared = declared;
  return plan;
}

describe(RULE, () => {
  it('passes totals that match what the plan lists, unit by unit', () => {
    const text = toText(planDeclaring({ aspects: 1, problems: 1, measures: 1, tasks: 1 }));
    const result = lintWithRule(text, RULE);
    expect(ruleDiagnostics(result, RULE)).toEqual([]);
    // One plan-level check, passed.
    expect(result.score.byRule.find((tally) => tally.ruleId === RULE)).toMatchObject({ applicable: 1, passed: 1 });
  });

  it('does not apply to a summary notice, which gives totals and lists no problem', () => {
    const plan = planDeclaring({ aspects: 4, problems: 21, tasks: 88 });
    plan.report.kind = 'notice';
    plan.aspects = [];
    const result = lintWithRule(toText(plan), RULE);
    expect(ruleDiagnostics(result, RULE)).toEqual([]);
    expect(result.score.byRule.find((tally) => tally.ruleId === RULE)).toBeUndefined();
    // A notice that does list its problems is counted like any report.
    const listing = planDeclaring({ problems: 2 });
    listing.report.kind = 'notice';
    expect(ruleDiagnostics(lintWithRule(toText(listing), RULE), RULE).map((d) => d.message)).toEqual(['报告申报 2 项问题，实际列出 1 项']);
  });

  it('holds no count of aspects against problems listed without aspects, and still counts the problems', () => {
    const plan = planDeclaring({ aspects: 3, problems: 2 });
    plan.aspects = [{ title: '（未分方面）', problems: plan.aspects[0].problems }];
    const text = toText(plan);
    expect(ruleDiagnostics(lintWithRule(text, RULE), RULE).map((d) => [d.message, at(d)])).toEqual([['报告申报 2 项问题，实际列出 1 项', valueOf(text, '"problems": 2')]]);
    // One aspect the plan names is an aspect: 3 declared, 1 listed.
    const named = planDeclaring({ aspects: 3 });
    expect(ruleDiagnostics(lintWithRule(toText(named), RULE), RULE).map((d) => d.message)).toEqual(['报告申报 3 个方面，实际列出 1 个']);
  });

  it('reports each unit that does not match, on its declared number', () => {
    const text = toText(planDeclaring({ aspects: 3, problems: 9, measures: 1, tasks: 4 }));
    const found = ruleDiagnostics(lintWithRule(text, RULE), RULE);
    expect(found.map((d) => [d.severity, d.message, at(d)])).toEqual([
      ['error', '报告申报 3 个方面，实际列出 1 个', valueOf(text, '"aspects": 3')],
      ['error', '报告申报 9 项问题，实际列出 1 项', valueOf(text, '"problems": 9')],
      ['warn', '报告申报 4 项整改任务，实际列出 1 项整改措施（整改任务按措施计数，仅作警告）', valueOf(text, '"tasks": 4')],
    ]);
  });

  it('counts measures of sub-items too, and only top-level problems as problems', () => {
    const plan = planDeclaring({ problems: 1, measures: 2 });
    plan.aspects[0].problems[0].items = [{ id: '1.1.1', title: '子问题', measures: [{ text: '补齐台账' }] }];
    expect(ruleDiagnostics(lintWithRule(toText(plan), RULE), RULE)).toEqual([]);
  });

  it('only warns when the declaration lists with 等', () => {
    const text = toText(planDeclaring({ aspects: 3, approximate: true }));
    const [d] = ruleDiagnostics(lintWithRule(text, RULE), RULE);
    expect([d.severity, d.message]).toEqual(['warn', '报告申报 3 个方面，实际列出 1 个（申报以“等”列举，仅作警告）']);
  });

  it('is not applicable without declared totals, and so leaves the score alone', () => {
    const result = lintWithRule(toText(basePlan()), RULE);
    expect(result.score.byRule.find((tally) => tally.ruleId === RULE)).toBeUndefined();
  });

  it('speaks English', () => {
    const [d] = ruleDiagnostics(lintWithRule(toText(planDeclaring({ problems: 28 })), RULE, { locale: 'en' }), RULE);
    expect(d.message).toBe('the report declares 28 problems but lists 1');
  });
});
