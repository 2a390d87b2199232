import { describe, expect, it } from 'vitest';
import { positionOf } from '../helpers.js';
import { againstPlan, faithfulReport, fixturePlan } from './against-plan.js';

const RULE = 'deadline-slipped';
const APPROVED = { deadline: '2023-10-31', reason: '网评员招录须经县编办审批', approvedBy: '县委巡察办', approvalDate: '2023-06-20' };

describe(RULE, () => {
  it('passes deadlines kept, moved earlier, or moved within an approved extension', () => {
    const report = faithfulReport();
    report.aspects[0].problems[0].deadline = '2023-06-15';
    report.aspects[0].problems[2].extension = APPROVED;
    report.aspects[0].problems[2].deadline = '2023-10-31';
    expect(againstPlan(fixturePlan(), report, RULE).findings).toEqual([]);
  });

  it('reports a deadline pushed back with no extension, on the report’s deadline, quoting the plan’s', () => {
    const report = faithfulReport();
    report.aspects[0].problems[1].deadline = '2023-08-31';
    const { findings, reportText, inPlan } = againstPlan(fixturePlan(), report, RULE);
    expect(findings.map((d) => [d.message, d.range.start.line, d.range.start.column])).toEqual([
      [`问题 1.2 的整改时限由方案的 2023-05-31（${inPlan('"2023-05-31"', 2)}）推迟到 2023-08-31，没有经批准的延期`, ...Object.values(positionOf(reportText, '"2023-08-31"'))],
    ]);
  });

  it('reports a date turned into 长期坚持, and an extension nobody approved, naming what it lacks', () => {
    const report = faithfulReport();
    report.aspects[2].problems[0].deadline = '长期坚持';
    report.aspects[1].problems[3].extension = { deadline: '2023-09-30', reason: '县机关事务服务中心暂无接收用房' };
    const { findings, reportText } = againstPlan(fixturePlan(), report, RULE);
    expect(findings.map((d) => [d.message.replace(/（plan\.json:\d+:\d+）/, ''), d.range.start.line])).toEqual([
      ['问题 2.4 的整改时限由方案的 2023-05-31延至 2023-09-30，但延期缺少批准人、批准日期', positionOf(reportText, '"extension"').line],
      ['问题 3.1 的整改时限由方案的 2023-12-31改为“长期坚持”，没有经批准的延期', positionOf(reportText, '"长期坚持"').line],
    ]);
  });

  it('reports a deadline later than the approved extension', () => {
    const report = faithfulReport();
    Object.assign(report.aspects[0].problems[2], { extension: APPROVED, deadline: '2023-12-31' });
    expect(againstPlan(fixturePlan(), report, RULE).findings.map((d) => d.message.replace(/（.*?）/, ''))).toEqual(['问题 1.3 的整改时限 2023-12-31 晚于批准延期的 2023-10-31']);
  });

  it('holds tasks with ids to their planned dates too, unless the problem’s extension covers them', () => {
    const report = faithfulReport();
    report.aspects[0].problems[0].measures![1].deadline = '2023-09-30';
    const { findings, inPlan } = againstPlan(fixturePlan(), report, RULE);
    expect(findings.map((d) => d.message)).toEqual([`整改任务 1.1.2 的时限由方案的 2023-06-30（${inPlan('"2023-06-30"', 2)}）推迟到 2023-09-30，没有经批准的延期`]);
    report.aspects[0].problems[0].extension = APPROVED;
    expect(againstPlan(fixturePlan(), report, RULE).findings).toEqual([]);
  });

  it('holds a renumbered problem’s tasks to theirs: task 1.1.2 numbered 3.2.2 under the problem renumbered 3.2', () => {
    const report = faithfulReport();
    const [problem] = report.aspects[0].problems;
    report.aspects[0].problems.shift();
    Object.assign(problem, { id: '3.2' });
    for (const [i, measure] of problem.measures!.entries()) measure.id = `3.2.${i + 1}`;
    problem.measures![1].deadline = '2023-09-30';
    report.aspects[2].problems.push(problem);
    const { findings, inPlan } = againstPlan(fixturePlan(), report, RULE);
    expect(findings.map((d) => d.message)).toEqual([`整改任务 3.2.2 的时限由方案的 2023-06-30（${inPlan('"2023-06-30"', 2)}）推迟到 2023-09-30，没有经批准的延期`]);
  });

  it('does not judge a problem the plan gave no date (a marker), nor one with no counterpart', () => {
    const plan = fixturePlan();
    plan.aspects[2].problems[0].deadline = '长期坚持';
    const report = faithfulReport();
    report.aspects[2].problems[0].deadline = '2024-12-31';
    report.aspects[1].problems[0] = { ...report.aspects[1].problems[0], id: '9.9', title: '与方案无关的新问题', deadline: '2030-01-01' };
    expect(againstPlan(plan, report, RULE).findings).toEqual([]);
  });
});
