/**
 * Owners and deadlines set in brackets as one aside, （牵头领导：…；责任单位：…；完成时限：…）, alone on a line, after a
 * problem's title or at the end of its prose, are the problem's fields: not a measure, not part of its title.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { problems } from './helpers.js';

const report = [
  '县气象局党组关于巡察整改情况的报告',
  '',
  '一、业务管理方面',
  '（一）雷电防护装置检测监管缺位（分管领导：副局长 骆川；责任科室：减灾科；整改期限：2025年4月30日）',
  '对全县加油站防雷装置逐一复检，已整改到位。',
  '（二）气象信息发布不及时',
  '修订预警信息发布流程，值班人员增至每班3人（含1名预报员）。（牵头领导：局长 宁远；牵头单位：台站；完成时间：2025年1月15日）',
  '目前已完成整改。',
  '二、队伍建设方面',
  '针对“青年职工培养不够”的问题',
  '（责任领导：副局长 骆川；责任部门：人事科；时间节点：长期坚持）',
  '开展岗位练兵两次。持续推进。',
].join('\n');

describe('a bracketed aside of labels', () => {
  const { plan, spans } = importReport(report);
  const [first, second, third] = problems(plan);

  it('after a title: the title stops before it, its labels are the problem fields', () => {
    expect(first).toMatchObject({
      title: '雷电防护装置检测监管缺位',
      responsibleLeader: '副局长 骆川',
      responsibleDepartment: '减灾科',
      deadline: '2025-04-30',
      status: 'done',
    });
    const leader = spans.get(['aspects', 0, 'problems', 0, 'responsibleLeader'])!;
    expect(report.slice(leader.start, leader.end)).toBe('副局长 骆川');
    expect(report.slice(0, leader.start).split('\n').length).toBe(4);
  });

  it('at the end of prose: the words before it stay a measure, a bracket of plain words inside them stays', () => {
    expect(second).toMatchObject({ title: '气象信息发布不及时', responsibleLeader: '局长 宁远', responsibleDepartment: '台站', deadline: '2025-01-15' });
    expect(second.measures?.map((measure) => measure.text)).toEqual(['修订预警信息发布流程，值班人员增至每班3人（含1名预报员）']);
    const deadline = spans.get(['aspects', 0, 'problems', 1, 'deadlineText'])!;
    expect(report.slice(deadline.start, deadline.end)).toBe('2025年1月15日');
  });

  it('alone on its line: its values end before the closing bracket', () => {
    expect(third).toMatchObject({ title: '青年职工培养不够', responsibleLeader: '副局长 骆川', responsibleDepartment: '人事科', deadlineText: '长期坚持' });
    expect(JSON.stringify(plan)).not.toContain('长期坚持）');
    expect(third.measures?.map((measure) => measure.text)).toEqual(['开展岗位练兵两次']);
  });

  it('is no aside when the bracket holds no label with its colon', () => {
    const plain = importReport('县档案馆党支部关于巡察整改情况的报告\n\n一、作风建设方面\n（一）会议过多的问题\n压减会议12个（已完成）。\n（二）文件过多的问题\n精简文件（办公室牵头）。该问题已整改到位。\n').plan;
    expect(problems(plain).map((problem) => [problem.title, problem.responsibleDepartment, problem.measures?.map((measure) => measure.text)])).toEqual([
      ['会议过多的问题', undefined, ['压减会议12个（已完成）']],
      ['文件过多的问题', undefined, ['精简文件（办公室牵头）']],
    ]);
  });
});
