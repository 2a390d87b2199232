/**
 * A report that tells its problems and then restates them in an annex table: the table's rows are the same problems
 * (matched by title), so they are not listed twice; each row fills what its told problem lacks, placed at the cell.
 * A table listing other problems than those told is added as before.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { problems } from './helpers.js';

const told = [
  '县人防办党组关于巡察整改进展情况的报告',
  '',
  '县委巡察组反馈问题2个。',
  '一、整改落实情况',
  '（一）关于人防工程维护管理不到位的问题',
  '整改措施：开展人防工程全面排查。',
  '整改进展：正在推进。',
  '（二）关于警报设施试鸣不规范的问题',
  '整改措施：制定警报试鸣规程。',
  '整改进展：已完成整改。',
  '',
  '附件：整改情况表',
];

describe('an annex restating the told problems', () => {
  it('keeps each problem once and fills its deadline from the table', () => {
    const text = [...told, '序号\t反馈问题\t完成时限\t责任领导\t整改进展', '1\t人防工程维护管理不到位\t2025年5月31日\t副主任 鹿鸣\t正在推进', '2\t警报设施试鸣不规范\t2024年10月31日\t主任 鹤年\t已完成'].join('\n');
    const { plan, spans } = importReport(text);
    expect(problems(plan).map((problem) => [problem.title, problem.status, problem.deadline, problem.responsibleLeader])).toEqual([
      ['人防工程维护管理不到位', 'in-progress', '2025-05-31', '副主任 鹿鸣'],
      ['警报设施试鸣不规范', 'done', '2024-10-31', '主任 鹤年'],
    ]);
    // The table's rows are kept whole beside the plan's problems.
    expect((plan as unknown as { 'x-restated': { problems: { title: string }[] }[] })['x-restated'][0].problems.map((problem) => problem.title)).toEqual(['人防工程维护管理不到位', '警报设施试鸣不规范']);
    const deadline = spans.get(['aspects', 0, 'problems', 0, 'deadline'])!;
    expect(text.slice(deadline.start, deadline.end)).toBe('2025年5月31日');
  });

  it('adds a table of other problems as problems of their own', () => {
    const text = [...told, '序号\t反馈问题\t完成时限\t责任领导\t整改进展', '1\t地下空间出租收入未入账\t2025年3月31日\t主任 鹤年\t正在推进'].join('\n');
    expect(problems(importReport(text).plan).map((problem) => problem.title)).toEqual(['人防工程维护管理不到位', '警报设施试鸣不规范', '地下空间出租收入未入账']);
  });
});
