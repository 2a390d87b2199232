/**
 * A plan written as 问题清单 / 任务清单 / 责任清单 for each problem: the problem list is the feedback, the task list
 * the measures, and the responsibility list holds the leader's, department's and deadline's own labels right after
 * its colon (责任清单：责任领导：…；责任单位：…；完成时限：…).
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { readLabels } from '../../src/import/labels.js';
import { Lexicon } from '../../src/import/lexicon.js';
import { problems } from './helpers.js';

const plan = [
  '县数据资源局党组巡察整改“三张清单”',
  '',
  '一、数据安全方面',
  '问题1：政务数据共享审批不规范',
  '问题清单：部分数据共享申请未经分管领导审批即予开放。',
  '任务清单：',
  '1.修订政务数据共享审批办法；',
  '2.对2023年以来的共享申请逐件复核。',
  '责任清单：责任领导：副局长 尤嘉；责任单位：数据管理科；完成时限：2025年4月底前',
  '问题2：机房巡检记录缺失',
  '问题清单：机房日常巡检未留存记录。',
  '任务清单：推行巡检电子签到。',
  '责任清单：责任领导：副局长 尤嘉；责任单位：信息中心；完成时限：立行立改',
].join('\n');

describe('the three lists of a problem', () => {
  const { plan: imported } = importReport(plan);

  it('reads the problem list as feedback, the task list as measures and the responsibility list as its labels', () => {
    expect(problems(imported).map((problem) => [problem.id, problem.title, problem.feedback, problem.measures?.length, problem.responsibleLeader, problem.responsibleDepartment, problem.deadline])).toEqual([
      ['1.1', '政务数据共享审批不规范', '部分数据共享申请未经分管领导审批即予开放', 2, '副局长 尤嘉', '数据管理科', '2025-04-30'],
      ['1.2', '机房巡检记录缺失', '机房日常巡检未留存记录', 1, '副局长 尤嘉', '信息中心', '立行立改'],
    ]);
  });

  it('finds a label right after another label’s colon, and a label typed twice is still one', () => {
    const lexicon = Lexicon.of();
    const fields = (text: string) => readLabels(text, 0, text.length, lexicon)?.map((field) => [field.field, text.slice(field.content.start, field.content.end)]);
    expect(fields('责任清单:责任单位:办公室;完成时限:6月底前')).toEqual([
      ['leader', ''],
      ['department', '办公室;'],
      ['deadline', '6月底前'],
    ]);
    expect(fields('原因分析:原因分析:制度不健全')).toEqual([['causes', '制度不健全']]);
  });
});
