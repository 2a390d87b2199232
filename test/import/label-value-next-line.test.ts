/**
 * A form copied out of a PDF or typed with each label on a line of its own and its value on the next
 * (责任领导： / 副局长 X / 完成时限： / 2025年3月31日): the next line is the label's value, even when it looks like a
 * short title before the next label or is a date alone on its line (which is otherwise a closing date).
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { problems } from './helpers.js';

const report = [
  '县文化馆党支部巡察整改落实情况报告',
  '',
  '一、阵地管理方面',
  '（一）文化广场活动审批不严',
  '整改措施：',
  '建立广场活动申报备案制度。',
  '责任领导：',
  '副馆长 詹宁',
  '责任部门：',
  '群文部',
  '完成时限：',
  '2025年3月31日',
  '完成情况：',
  '正在推进',
  '（二）展厅消防设施老化',
  '整改措施：',
  '更换展厅灭火器和应急照明。',
  '责任领导：',
  '馆长 卓然',
  '完成时限：',
  '2024年10月31日',
  '完成情况：',
  '已完成',
  '',
  '县文化馆党支部',
  '2024年12月9日',
].join('\n');

describe('a label alone on its line, its value on the next', () => {
  const { plan, spans } = importReport(report);

  it('reads the next line as the value of each single-valued label', () => {
    expect(problems(plan).map((problem) => [problem.title, problem.responsibleLeader, problem.responsibleDepartment, problem.deadline, problem.status])).toEqual([
      ['文化广场活动审批不严', '副馆长 詹宁', '群文部', '2025-03-31', 'in-progress'],
      ['展厅消防设施老化', '馆长 卓然', undefined, '2024-10-31', 'done'],
    ]);
    const deadline = spans.get(['aspects', 0, 'problems', 0, 'deadline'])!;
    expect(report.slice(0, deadline.start).split('\n').length).toBe(12);
  });

  it('keeps the date under the signature as the report’s date', () => {
    expect(plan.report?.date).toBe('2024-12-09');
  });
});
