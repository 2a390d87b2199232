/**
 * How a progress report's unlabelled account of a problem ends says where it stands: a line of its own that says the
 * work goes on (这项工作仍需持续推进), or a last clause that plans the finish (预计2025年9月底前全部办结): open, due
 * by that date. A plan (整改方案) plans every problem so and states no status.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { problems } from './helpers.js';

const report = [
  '中共某区司法局党组关于巡察整改进展情况的通报',
  '',
  '一、反馈问题整改落实情况',
  '（一）关于普法工作方面的问题',
  '1.关于普法宣传针对性不强的问题',
  '编印以案释法读本2000册，组织法律明白人培训5期。',
  '这项工作仍需持续推进。',
  '2.关于人民调解员队伍薄弱的问题',
  '新选聘专职调解员14名，剩余3个村的调解员预计2025年9月底前全部配齐。',
  '3.关于法律援助案件质量不高的问题',
  '制定案件质量评查办法，每季度抽查案卷，完成评查计划。',
].join('\n');

describe('the end of an unlabelled account', () => {
  const { plan, spans } = importReport(report);
  const [first, second, third] = problems(plan);

  it('a line of its own saying the work goes on is the status, not a measure', () => {
    expect(first).toMatchObject({ title: '普法宣传针对性不强', status: 'ongoing', statusText: '仍需持续推进' });
    expect(first.measures?.map((measure) => measure.text)).toEqual(['编印以案释法读本2000册，组织法律明白人培训5期']);
  });

  it('a last clause planning a dated finish: in progress, due that day, placed on the clause', () => {
    expect(second).toMatchObject({ status: 'in-progress', statusText: '剩余3个村的调解员预计2025年9月底前全部配齐', deadline: '2025-09-30', deadlineText: '2025年9月底前' });
    const deadline = spans.get(['aspects', 0, 'problems', 1, 'deadline'])!;
    expect(report.slice(deadline.start, deadline.end)).toBe('2025年9月底前');
  });

  it('计划 as a word inside a measure plans nothing', () => {
    expect(third.status).toBeUndefined();
    expect(third.deadline).toBeUndefined();
  });

  it('in a plan the same clause gives the deadline only, no status', () => {
    const planText = report.replace('关于巡察整改进展情况的通报', '关于巡察反馈问题的整改方案');
    const [, planned] = problems(importReport(planText).plan);
    expect(planned.status).toBeUndefined();
  });
});
