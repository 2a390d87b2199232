import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { importAndLint } from '../import/helpers.js';
import { at, lintWithRule, positionOf, ruleDiagnostics, toText } from '../helpers.js';
import { located } from './findings.js';

const RULE = 'require-problems';

describe(RULE, () => {
  it('passes a plan that lists its problems', () => {
    expect(located(basePlan(), RULE)).toEqual([]);
  });

  it('reports a plan that lists no problem, on its aspects, as an error that returns it', () => {
    const plan = basePlan();
    plan.aspects = [];
    const text = toText(plan);
    const result = lintWithRule(text, RULE);
    const [finding] = ruleDiagnostics(result, RULE);
    expect([finding.severity, finding.message, at(finding)]).toEqual([
      'error',
      '没有列出任何问题：无从逐条核对整改，不能通过（只报总数、不列问题的整改进展通报，report.kind 应为 notice）',
      positionOf(text, '"aspects"'),
    ]);
    expect([result.score.score < 100, result.verdict.key]).toEqual([true, 'returned']);
  });

  it('counts aspects without problems as nothing listed', () => {
    const plan = basePlan();
    plan.aspects[0].problems = [];
    expect(located(plan, RULE).map((f) => f.path)).toEqual([['aspects']]);
  });

  it('does not apply to a notice that gives totals only (report.kind "notice")', () => {
    const plan = basePlan();
    plan.aspects = [];
    plan.report.kind = 'notice';
    plan.declared = { problems: 12, completed: 9, inProgress: 3 };
    const result = lintWithRule(toText(plan), RULE);
    expect(ruleDiagnostics(result, RULE)).toEqual([]);
    expect(result.score.byRule.find((r) => r.ruleId === RULE)?.applicable ?? 0).toBe(0);
  });

  it('reports template filler in aspect and problem titles and the feedback where it stands; such a problem is not listed', () => {
    const plan = basePlan();
    plan.aspects[0].title = '（反馈意见的第一个方面）';
    plan.aspects[0].problems[0].title = '（问题标题）';
    plan.aspects[0].problems[0].feedback = '（巡察组反馈原文）';
    const text = toText(plan);
    expect(located(plan, RULE)).toEqual([
      { message: '第 1 个方面的标题还是占位文字“（反馈意见的第一个方面）”，尚未填写', path: ['aspects', 0, 'title'], ...positionOf(text, '"（反馈意见的第一个方面）"') },
      { message: '问题 1.1 的标题还是占位文字“（问题标题）”，尚未填写', path: ['aspects', 0, 'problems', 0, 'title'], ...positionOf(text, '"（问题标题）"') },
      { message: '问题 1.1 的反馈原文还是占位文字“（巡察组反馈原文）”，尚未填写', path: ['aspects', 0, 'problems', 0, 'feedback'], ...positionOf(text, '"（巡察组反馈原文）"') },
    ]);
  });

  it('takes the container of problems listed under no aspect (（未分方面）) for no placeholder, with an id or without', () => {
    const plan = basePlan();
    plan.aspects[0].title = '（未分方面）';
    expect(located(plan, RULE)).toEqual([]);
    delete (plan.aspects[0] as { id?: string }).id;
    expect(located(plan, RULE)).toEqual([]);
  });

  it('reports an imported report in which no problem was found, unless it is a notice', () => {
    const prose = ['区委第三巡察组对区文旅局党组开展了巡察。', '我局高度重视巡察反馈意见，召开专题会议研究部署，全面推进整改工作。', '下一步，我局将持续巩固整改成果。'].join('\n');
    const { imported, result } = importAndLint(prose);
    expect(imported.plan.aspects).toEqual([]);
    // Whichever the importer decides this is, the rule answers accordingly.
    const expected = imported.plan.report?.kind === 'notice' ? [] : [expect.stringMatching(/^没有列出任何问题/)];
    expect(ruleDiagnostics(result, RULE).map((d) => d.message)).toEqual(expected);
  });
});
