import { describe, expect, it } from 'vitest';
import { parseJsonDocument } from '../../src/core/json-document.js';
import { lint, positionOf, toText } from '../helpers.js';
import { againstPlan, faithfulReport, fixturePlan } from './against-plan.js';

const RULE = 'problem-dropped';

describe(RULE, () => {
  it('passes a report that accounts for every problem and task of its plan', () => {
    expect(againstPlan(fixturePlan(), faithfulReport(), RULE).findings).toEqual([]);
  });

  it('does not run without a plan to compare with', () => {
    const result = lint(toText(faithfulReport()), { settings: { [RULE]: { severity: 'error' } } });
    expect(result.score.byRule.map((r) => r.ruleId)).not.toContain(RULE);
  });

  it('reports a problem of the plan the report drops, under its aspect, with the plan’s place', () => {
    const report = faithfulReport();
    report.aspects[1].problems.splice(2, 1);
    const { findings, reportText, inPlan } = againstPlan(fixturePlan(), report, RULE);
    expect(findings.map((d) => [d.severity, d.message, d.range.start.line, d.path])).toEqual([
      ['error', `方案中的问题 2.3“非遗保护项目经费结余未清理”（${inPlan('{\n          "id": "2.3"')}）在报告中没有下落`, positionOf(reportText, '{\n      "id": "2"').line, ['aspects', 1]],
    ]);
    expect(findings[0].related!.map((r) => [r.name, r.path])).toEqual([['plan.json', ['aspects', 1, 'problems', 2]]]);
  });

  it('reports a dropped problem with its sub-items once, and under the list of aspects when its aspect is gone too', () => {
    const plan = fixturePlan();
    plan.aspects[2].problems[0].items = [{ id: '3.1.1', title: '年轻干部到乡镇轮岗的安排没有落实' }];
    const report = faithfulReport();
    report.aspects.pop();
    const { findings } = againstPlan(plan, report, RULE);
    expect(findings.map((d) => [d.message.replace(/（.*）/, ''), d.path])).toEqual([['方案中的问题 3.1“年轻干部培养力度不够”在报告中没有下落', ['aspects']]]);
  });

  it('matches a renumbered problem by its title and says so (info), rather than calling it dropped', () => {
    const report = faithfulReport();
    Object.assign(report.aspects[2].problems[0], { id: '3.2', title: '年轻干部培养力度不足' });
    const { findings, reportText, inPlan } = againstPlan(fixturePlan(), report, RULE);
    expect(findings.map((d) => [d.severity, d.message, d.range.start.line])).toEqual([
      ['info', `方案中的问题 3.1（${inPlan('"年轻干部培养力度不够"')}）按标题对应本问题 3.2（相似度 80%）`, positionOf(reportText, '"年轻干部培养力度不足"').line],
    ]);
  });

  it('a title too different is not a match: the problem is dropped', () => {
    const report = faithfulReport();
    Object.assign(report.aspects[2].problems[0], { id: '3.2', title: '离退休干部活动经费管理' });
    expect(againstPlan(fixturePlan(), report, RULE).findings.map((d) => d.messageId)).toEqual(['dropped']);
  });

  it('reports a task (a measure with an id) the report drops, when the report keeps task ids', () => {
    const report = faithfulReport();
    report.aspects[0].problems[0].measures!.pop();
    const { findings, reportText, inPlan } = againstPlan(fixturePlan(), report, RULE);
    expect(findings.map((d) => [d.message, d.range.start.line])).toEqual([
      [`方案中问题 1.1 的整改任务 1.1.2“每月对剧场演出内容开展一次抽查，抽查结果在局务会…”（${inPlan('{\n              "id": "1.1.2"')}）在报告中没有下落`, positionOf(reportText, '"measures"').line],
    ]);
    // A report that restates its measures without ids is not held to them one by one (measures-reduced counts them).
    for (const measure of report.aspects[0].problems[0].measures!) delete measure.id;
    expect(againstPlan(fixturePlan(), report, RULE).findings).toEqual([]);
  });

  it('follows a renumbered problem’s tasks: 1.1.2 of the plan is 1.2.2 of a report that renumbers 1.1 as 1.2', () => {
    const report = faithfulReport();
    // The report swaps the first two problems and renumbers them: 1.1 comes second as 1.2, its tasks 1.2.1 and 1.2.2.
    const [first, second] = report.aspects[0].problems;
    Object.assign(first, { id: '1.2', title: '意识形态阵地管理有漏洞' });
    for (const [i, measure] of first.measures!.entries()) measure.id = `1.2.${i + 1}`;
    Object.assign(second, { id: '1.1' });
    report.aspects[0].problems.splice(0, 2, second, first);
    const renumbered = againstPlan(fixturePlan(), report, RULE).findings;
    expect(renumbered.map((d) => d.messageId)).toEqual(['matchedByTitle', 'matchedByTitle']);
    // A task it drops is still found, under its new number's problem.
    first.measures!.pop();
    const { findings, inPlan } = againstPlan(fixturePlan(), report, RULE);
    expect(findings.filter((d) => d.messageId === 'taskDropped').map((d) => d.message)).toEqual([
      `方案中问题 1.1 的整改任务 1.1.2“每月对剧场演出内容开展一次抽查，抽查结果在局务会…”（${inPlan('{\n              "id": "1.1.2"')}）在报告中没有下落`,
    ]);
  });

  it('counts one check per problem of the plan: a dropped one fails its own', () => {
    const report = faithfulReport();
    report.aspects[1].problems.splice(2, 1);
    const planText = toText(fixturePlan());
    // Eight problems in the plan, each a check of weight 3; the dropped one fails.
    const result = lint(toText(report), {
      settings: { [RULE]: { severity: 'error' } },
      previous: { filePath: '/units/plan.json', name: 'plan.json', document: parseJsonDocument(planText) },
    });
    expect(result.score.byRule.find((r) => r.ruleId === RULE)).toMatchObject({ applicable: 8, passed: 7, applicableWeight: 24, passedWeight: 21 });
  });
});
