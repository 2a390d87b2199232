import { describe, expect, it } from 'vitest';
import { againstPlan, faithfulReport, fixturePlan } from './against-plan.js';

const RULE = 'status-regressed';

/** The line of the problem's own `status` (after its measures), found after its id. */
function lineOfStatus(text: string, id: string): number {
  const from = text.indexOf(`"id": "${id}"`);
  const at = text.indexOf('\n          "status"', from) + 1;
  return text.slice(0, at).split('\n').length;
}

describe(RULE, () => {
  it('passes statuses kept or moved forward with a completion date and evidence', () => {
    const report = faithfulReport();
    Object.assign(report.aspects[1].problems[1], { status: 'done', completionDate: '2023-06-20', evidence: [{ type: '台账', title: '公务用车登记核对台账', date: '2023-06-20' }] });
    report.aspects[0].problems[1].status = 'basically-done';
    expect(againstPlan(fixturePlan(), report, RULE).findings).toEqual([]);
  });

  it('reports a status that went backwards, on the report’s status, with the plan’s place', () => {
    const report = faithfulReport();
    report.aspects[1].problems[0].status = 'in-progress';
    const { findings, reportText, inPlan } = againstPlan(fixturePlan(), report, RULE);
    expect(findings.map((d) => [d.message, d.range.start.line])).toEqual([
      [`问题 2.1 的状态由方案的“已完成”（${inPlan('"done"')}）退回“正在推进”`, lineOfStatus(reportText, '2.1')],
    ]);
  });

  it('reports a problem newly marked done that gives no completion date or no evidence', () => {
    const report = faithfulReport();
    report.aspects[1].problems[1].status = 'done';
    report.aspects[1].problems[3].status = 'done-ongoing';
    report.aspects[1].problems[3].completionDate = '2023-06-01';
    const { findings } = againstPlan(fixturePlan(), report, RULE);
    expect(findings.map((d) => d.message.replace(/（plan\.json:\d+:\d+）/, ''))).toEqual([
      '问题 2.2 由方案的“正在推进”改为“已完成”，但没有写明完成日期和佐证材料',
      '问题 2.4 由方案的“正在推进”改为“已完成并长期坚持”，但没有写明佐证材料',
    ]);
  });

  it('reports a task (by id) whose status went backwards', () => {
    const plan = fixturePlan();
    plan.aspects[0].problems[0].measures![0].status = 'done';
    const { findings } = againstPlan(plan, faithfulReport(), RULE);
    expect(findings.map((d) => d.message.replace(/（plan\.json:\d+:\d+）/, ''))).toEqual(['整改任务 1.1.1 的状态由方案的“已完成”退回“正在推进”']);
  });
});
