import { describe, expect, it } from 'vitest';
import { findDates, isoOf, YearContext } from '../../src/import/dates.js';
import { findFrequencies } from '../../src/import/frequency.js';
import { importReport } from '../../src/import/import-report.js';
import { foldWidth } from '../../src/import/width.js';
import { onlyProblem } from './helpers.js';

/** Each date in a sentence, resolved as a deadline (or as a start for …以来), with the words it came from. */
function dates(sentence: string, contextYear?: number): [string, string | undefined][] {
  const folded = foldWidth(sentence);
  return findDates(folded).map((m) => [sentence.slice(m.span.start, m.span.end), isoOf(m, contextYear)]);
}

describe('dates and deadlines', () => {
  it.each([
    ['2022年2月18日召开反馈会', '2022年2月18日', '2022-02-18'],
    ['二〇二二年二月十八日', '二〇二二年二月十八日', '2022-02-18'],
    ['于２０２２年２月２８日前完成', '２０２２年２月２８日前', '2022-02-28'],
    ['2022-07-01', '2022-07-01', '2022-07-01'],
    ['于2022年2月底前完成', '2022年2月底前', '2022-02-28'],
    ['2024年2月底前', '2024年2月底前', '2024-02-29'],
    ['2022年1月份以来', '2022年1月份以来', '2022-01-01'],
    ['2022年6月完成', '2022年6月', '2022-06-30'],
    ['2021年10月中旬', '2021年10月中旬', '2021-10-20'],
    ['2022年第三季度末', '2022年第三季度末', '2022-09-30'],
    ['2022年上半年', '2022年上半年', '2022-06-30'],
    ['2022年底前', '2022年底前', '2022-12-31'],
    ['完成时间：2023.09', '2023.09', '2023-09-30'],
    ['2023/11前完成', '2023/11前', '2023-11-30'],
    ['截至2021-2', '2021-2', '2021-02-28'],
    // A PDF's Latin and CJK runs set apart by blanks.
    ['2023 年 3 月 31 日前', '2023 年 3 月 31 日前', '2023-03-31'],
    ['2024 年 6 月底', '2024 年 6 月底', '2024-06-30'],
  ])('%s → %s = %s', (sentence, words, iso) => {
    expect(dates(sentence)).toEqual([[words, iso]]);
  });

  it.each([
    ['4月29日召开专题民主生活会', '4月29日', '2022-04-29'],
    ['计划于5月末之前完成选举', '5月末之前', '2022-05-31'],
    ['2月底前完成检查', '2月底前', '2022-02-28'],
  ])('%s takes its year from context: %s = %s', (sentence, words, iso) => {
    expect(dates(sentence, 2022)).toEqual([[words, iso]]);
    expect(dates(sentence)).toEqual([[words, undefined]]);
  });

  it('does not read an amount or a span of years written with a dot or a dash as a year and month', () => {
    expect(dates('追缴资金2023.5万元')).toEqual([]);
    expect(dates('2019-2021年连续三年')).toEqual([]);
    expect(dates('增长2023.12%')).toEqual([]);
  });

  it('gives a year-less date the year of the nearest full date before it', () => {
    const text = foldWidth('2021年12月，开展检查。2022年2月18日反馈。4月29日召开会议。');
    const mentions = findDates(text);
    const years = new YearContext(mentions, 2030);
    expect(years.iso(mentions[2])).toBe('2022-04-29');
    expect(new YearContext([], 2030).iso(mentions[2])).toBe('2030-04-29');
  });

  it('does not read a plan period such as (2021-2035年) or 2022年度 as a date', () => {
    expect(dates('《行动方案(2021-2035年)》与2022年度责任清单')).toEqual([]);
  });

  it('resolves a deadline label to a date or a marker and keeps the words', () => {
    const problem = (deadline: string) => onlyProblem(`一、反馈问题整改情况\n1.针对甲问题\n整改措施：建立制度\n整改时限：${deadline}\n2022年2月18日\n`);
    expect(problem('2022年6月底前完成，并长期坚持')).toMatchObject({ deadline: '2022-06-30', deadlineText: '2022年6月底前完成，并长期坚持' });
    expect(problem('立行立改')).toMatchObject({ deadline: '立行立改', deadlineText: '立行立改' });
    expect(problem('长期坚持')).toMatchObject({ deadline: '长期坚持', deadlineText: '长期坚持' });
    expect(problem('5月末之前')).toMatchObject({ deadline: '2022-05-31', deadlineText: '5月末之前' });
    expect(problem('尽快')).toMatchObject({ deadlineText: '尽快' });
    expect(problem('尽快').deadline).toBeUndefined();
  });

  it('finds a deadline inside a measure', () => {
    const problem = onlyProblem('1.在党支部工作方面。一是于2022年2月底前对“三会一课”记录进行检查。二是计划于5月末之前完成选举。三是2021年11月被评为示范县。\n');
    expect(problem.measures?.map((m) => [m.deadline, m.deadlineText])).toEqual([
      ['2022-02-28', '2022年2月底前'],
      ['2022-05-31', '5月末之前'],
      [undefined, undefined],
    ]);
  });
});

describe('frequency phrases become commitments', () => {
  it.each([
    ['每季度至少召开一次安全生产工作分析会', { count: 1, per: 'quarter', bound: 'at-least' }, '安全生产工作分析会'],
    ['每半年召开一次党风廉政工作会议', { count: 1, per: 'half-year' }, '党风廉政工作会议'],
    ['每年至少召开两次专题议党会', { count: 2, per: 'year', bound: 'at-least' }, '专题议党会'],
    ['每年至少两次廉政谈话', { count: 2, per: 'year', bound: 'at-least' }, '廉政谈话'],
    ['每年至少开展2次以上廉政谈话活动', { count: 2, per: 'year', bound: 'at-least' }, '廉政谈话活动'],
    ['每季度完成意识形态工作报告', { count: 1, per: 'quarter' }, '意识形态工作报告'],
    ['每年形成两篇《意识形态工作总结》', { count: 2, per: 'year' }, '意识形态工作总结'],
    ['每月召开例会一次', { count: 1, per: 'month' }, '例会'],
    ['每季度至少听取一次党建工作专题汇报', { count: 1, per: 'quarter', bound: 'at-least' }, '党建工作专题汇报'],
  ])('%s', (phrase, frequency, activity) => {
    const [found] = findFrequencies(foldWidth(`局党组${phrase}，确保落实。`));
    expect([found.frequency, found.activity]).toEqual([frequency, activity]);
  });

  it.each(['认真办理好每一个投诉件', '每年都要高度重视', '每季度'])('%s is no commitment', (text) => {
    expect(findFrequencies(foldWidth(text))).toEqual([]);
  });

  it('starts each commitment at the feedback date and names the problem it answers', () => {
    const { plan } = importReport('2022年2月18日，区委第一巡察组向局党组作了反馈。\n一、反馈问题整改情况\n1.针对安全生产问题\n整改措施：每季度至少召开一次安全生产工作分析会。\n二、下一步工作计划\n每半年召开一次党风廉政工作会议。\n');
    expect(plan.commitments).toEqual([
      { id: 'C1', text: '每季度至少召开一次安全生产工作分析会', frequency: { count: 1, per: 'quarter', bound: 'at-least' }, start: '2022-02-18', satisfiedBy: { kinds: ['安全生产工作分析会'] }, problemId: '1' },
      { id: 'C2', text: '每半年召开一次党风廉政工作会议', frequency: { count: 1, per: 'half-year' }, start: '2022-02-18', satisfiedBy: { kinds: ['党风廉政工作会议'] } },
    ]);
  });
});

describe('meetings in narrative', () => {
  it('logs counted meetings with their count and a dated single meeting', () => {
    const { plan } = importReport('一、整改工作组织推进情况\n2022年1月份以来，召开巡察整改专题会2次、党组会议两次。4月29日，局党组召开专题民主生活会，深入开展批评与自我批评。局党组立即召开了专题会议。\n');
    expect(plan.meetings).toEqual([
      { date: '2022-01-01', kind: '巡察整改专题会', count: 2, 'x-dateText': '2022年1月份以来' },
      { date: '2022-01-01', kind: '党组会议', count: 2, 'x-dateText': '2022年1月份以来' },
      { date: '2022-04-29', kind: '专题民主生活会' },
    ]);
  });
});

describe('declared totals and inspection facts from the opening', () => {
  it('reads totals per unit, status counts and the completion rate', () => {
    const { plan } = importReport('一、整改工作总体情况\n针对巡察反馈的4个方面、25个问题，制定整改措施56条，分解整改任务60项。截至目前，已完成19项、正在推进6项，完成率76%。\n');
    expect(plan.declared).toMatchObject({ aspects: 4, problems: 25, measures: 56, tasks: 60, completed: 19, inProgress: 6, completionRate: '76%' });
    expect(plan.declared?.approximate).toBeUndefined();
  });

  it('reads 28条意见, and marks a total listed with 等 as approximate', () => {
    expect(importReport('一、整改工作组织推进情况\n针对巡察反馈的28条意见，全面进行整改。\n').plan.declared).toMatchObject({ problems: 28 });
    expect(importReport('一、整改工作组织情况\n针对巡察反馈的党建、作风等3个方面问题，逐项整改。\n').plan.declared).toMatchObject({ aspects: 3, approximate: true });
  });

  it('does not read 每一条意见 or a count without 反馈 as a total', () => {
    const { plan } = importReport('一、整改工作组织情况\n诚恳接受反馈的每一条意见。从指导思想、组织领导等五个方面进行了具体安排。\n');
    expect(plan.declared).toBeUndefined();
  });

  it('reads team, unit, period, feedback date and the leading group', () => {
    const { plan } = importReport(
      '根据区委统一部署，2021年10月中旬至2021年12月中旬，区委第一专项巡察组对区交通运输局党组进行了行政审批服务领域专项巡察。2022年2月18日，第一专项巡察组将巡察情况向区交通运输局党组作了反馈。\n一、整改工作组织推进情况\n成立巡察整改工作领导小组，党组书记刘德林任组长，成员由党组成员及各部门负责人组成。党组书记履行第一责任人职责。\n',
    );
    expect(plan.inspection).toEqual({
      team: '区委第一专项巡察组',
      kind: '巡察',
      mode: '专项',
      inspectedUnit: '区交通运输局党组',
      topic: '行政审批服务领域',
      feedbackDate: '2022-02-18',
      period: { start: '2021-10-11', end: '2021-12-20', 'x-text': '2021年10月中旬至2021年12月中旬' },
    });
    expect(plan.organization).toEqual({
      leadingGroup: { name: '巡察整改工作领导小组', leader: { name: '刘德林', post: '党组书记' }, membersText: '党组成员及各部门负责人' },
      // 党组书记履行第一责任人职责, and the 党组书记 is 刘德林.
      firstResponsible: { name: '刘德林', post: '党组书记' },
    });
  });
});
