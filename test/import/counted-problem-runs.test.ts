/**
 * A 巡视 通报 that gives each aspect one paragraph: the aspect's heading, then its problems counted in sentences
 * (一是针对“A”问题，…；二是关于“B”问题，…): the paragraph is cut before each counted problem, the opening stays
 * the aspect, and the count (一是) is no part of a problem's title.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { splitProblemRuns } from '../../src/import/problem-runs.js';
import type { ReadingParagraph } from '../../src/import/reading-text.js';
import { problems } from './helpers.js';

const report = [
  '中共某市水利局党组关于市委巡察反馈意见整改进展情况的通报',
  '',
  '一、整改工作推进情况',
  '局党组召开专题会议5次，逐项研究整改措施。',
  '二、反馈问题整改情况',
  '（一）关于防汛抗旱责任落实方面。一是针对“山洪灾害预警设施维护不及时”问题，更换损坏预警广播46套，已完成整改。二是针对“水库巡查记录不全”问题，推行电子巡查打卡，正在推进，计划2025年5月底前完成。',
  '（二）关于干部作风建设方面。一是关于“下基层调研频次偏少”问题，班子成员每季度驻点调研一周，需长期坚持。二是关于“会议文件压减不到位”问题，全年压减文件三成，已完成整改。三是针对“值班值守纪律松弛”问题，开展随机抽查12次，已完成整改。',
].join('\n');

describe('an aspect paragraph counting its problems', () => {
  const { plan } = importReport(report);

  it('reads the aspects from the paragraph openings and each counted run as a problem', () => {
    expect(plan.aspects.map((aspect) => aspect.title)).toEqual(['关于防汛抗旱责任落实方面', '关于干部作风建设方面']);
    expect(problems(plan).map((problem) => [problem.id, problem.title, problem.status, problem.deadline])).toEqual([
      ['1.1', '山洪灾害预警设施维护不及时', 'done', undefined],
      ['1.2', '水库巡查记录不全', 'in-progress', '2025-05-31'],
      ['2.1', '下基层调研频次偏少', 'ongoing', undefined],
      ['2.2', '会议文件压减不到位', 'done', undefined],
      ['2.3', '值班值守纪律松弛', 'done', undefined],
    ]);
    expect(problems(plan)[0].measures?.map((measure) => measure.text)).toEqual(['更换损坏预警广播46套']);
  });

  it('leaves a paragraph with one quoted problem in the middle of its prose whole', () => {
    const text = '局党组高度重视。针对“台账不全”问题，专门作了部署。';
    const paragraph = { span: { start: 0, end: text.length }, strong: [], lines: 1 } as unknown as ReadingParagraph;
    expect(splitProblemRuns(text, [paragraph]).map((run) => text.slice(run.span.start, run.span.end))).toEqual([text]);
  });
});

describe('problems counted 第一，/ 其二， / 首先，', () => {
  const report = [
    '中共某区委关于巡察整改进展情况的通报',
    '',
    '（一）关于落实惠民政策方面。第一，针对“养老服务补贴发放滞后”问题，建立补贴按月发放机制，已完成整改。第二，针对“公共租赁住房分配不公开”问题，剩余3批次计划于2025年4月底前完成公开复核，正在推进。',
    '（二）关于机关作风方面。首先，关于“文件办理超时”问题，推行公文限时办结，已完成整改。其次，关于“值班脱岗”问题，开展夜间抽查，需长期坚持。',
  ].join('\n');
  const { plan, spans } = importReport(report);

  it('reads each counted problem, the count left out of its title', () => {
    expect(problems(plan).map((problem) => [problem.id, problem.title, problem.status, problem.deadline])).toEqual([
      ['1.1', '养老服务补贴发放滞后', 'done', undefined],
      ['1.2', '公共租赁住房分配不公开', 'in-progress', '2025-04-30'],
      ['2.1', '文件办理超时', 'done', undefined],
      ['2.2', '值班脱岗', 'ongoing', undefined],
    ]);
  });

  it('takes an open problem’s deadline from the clause planning its finish before the status', () => {
    const deadline = spans.get(['aspects', 0, 'problems', 1, 'deadlineText'])!;
    expect(report.slice(deadline.start, deadline.end)).toBe('2025年4月底前');
  });
});

describe('counted problems quoted without a preposition', () => {
  const report = [
    '中共某县委党校委员会关于巡察整改进展情况的通报',
    '',
    '（一）关于教学科研方面。一是“课程设置针对性不强”问题。调整专题课程12门，已完成整改。二是“科研成果转化率低”问题。建立成果转化激励办法，正在推进。',
  ].join('\n');

  it('reads 一是“…”问题 as a counted problem', () => {
    expect(problems(importReport(report).plan).map((problem) => [problem.id, problem.title, problem.status])).toEqual([
      ['1.1', '课程设置针对性不强', 'done'],
      ['1.2', '科研成果转化率低', 'in-progress'],
    ]);
  });
});
