/** Facts read from the words, in the phrasings reports use (each sentence written for this test). */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { importAndLint } from './helpers.js';

const opening = (sentence: string) => importReport(`${sentence}\n一、反馈问题整改情况\n1.针对甲问题\n整改措施：建立制度。\n`).plan;

describe('the feedback date', () => {
  it.each([
    ['2023年4月至6月，省委第二巡视组对省粮食局党组进行了巡视，并于2023年8月29日反馈了巡视意见。', '2023-08-29'],
    ['2022年11月2日，县委第一巡察组向县民政局党组反馈了巡察意见。', '2022-11-02'],
    ['区委第三巡察组于2021年6月10日召开巡察反馈会，向局党组反馈了巡察情况。', '2021-06-10'],
    ['2024年1月18日，巡察组将巡察情况向局党组作了反馈。', '2024-01-18'],
    ['市委第五巡察组2020年9月15日反馈了3个方面9个问题。', '2020-09-15'],
  ])('%s', (sentence, date) => {
    expect(opening(sentence).inspection.feedbackDate).toBe(date);
  });

  it('is not a date after the feedback, nor one before studying it', () => {
    const plan = opening('2022年3月8日，巡察反馈会后，局党组于2022年3月10日召开专题会议，研究反馈意见。');
    expect(plan.inspection.feedbackDate).toBeUndefined();
  });
});

describe('declared totals', () => {
  const declared = (sentence: string) => importReport(`${sentence}\n一、反馈问题整改情况\n`).plan.declared;

  it.each<[string, Record<string, unknown>]>([
    ['市委巡察组共反馈问题12个，局党组照单全收。', { problems: 12 }],
    ['巡察组反馈问题12个。', { problems: 12 }],
    ['对照巡察反馈的4个方面35个问题，逐项制定整改措施。', { aspects: 4, problems: 35 }],
    ['巡察反馈的问题涉及3个方面，共计50项具体问题。', { aspects: 3, problems: 50 }],
    ['反馈的问题共2个方面7个，制定整改措施20条。', { aspects: 2, problems: 7, measures: 20 }],
    ['针对反馈的6个问题，细化出31条整改任务。', { problems: 6, tasks: 31 }],
    ['对反馈的9个问题，制定措施27条。', { problems: 9, measures: 27 }],
  ])('%s', (sentence, expected) => {
    expect(declared(sentence)).toMatchObject(expected);
  });

  it('keeps nested units as levels: the first problem count is the total, finer counts are not added', () => {
    const found = declared('巡察组反馈了3个方面12项问题，局党组细化为40个具体问题，制定整改任务95条。');
    expect(found).toMatchObject({ aspects: 3, problems: 12, tasks: 95 });
  });

  it('reads status counts with long status phrases, and one that names the unit it counts', () => {
    expect(declared('截至目前，反馈的10个问题中已完成整改6个，基本完成取得阶段性成果并持续整改问题3个，正在推进整改1个。')).toMatchObject({
      problems: 10,
      completed: 6,
      basicallyDone: 3,
      inProgress: 1,
    });
    expect(declared('巡察反馈问题8个，分解整改任务30项。截至6月底，已完成整改任务27项，正在推进3项。')).toMatchObject({ problems: 8, tasks: 30, completed: 27, inProgress: 3, statusOf: 'tasks' });
  });

  it('gives no false arithmetic error on a long status phrase', () => {
    const report = '反馈问题10个，已完成整改6个，基本完成取得阶段性成果并持续整改问题4个。\n一、反馈问题整改情况\n';
    expect(importAndLint(report).result.diagnostics.filter((d) => d.ruleId === 'declared-arithmetic')).toEqual([]);
  });

  it('does not take counts of other things for totals (立行立改问题, 问题线索, 制度)', () => {
    const found = declared('其中，立行立改问题5个已全部整改到位；移交问题线索4件，修订制度11项。');
    expect(found).toBeUndefined();
    // Measures of another kind (防控措施, 保障措施) are not the plan's: the plan's measures after them still count.
    expect(declared('排查廉政风险点40个，制定防控措施63条。')).toBeUndefined();
    expect(declared('排查风险点40个，制定防控措施63条；对反馈的7个问题制定各项措施19条。')).toMatchObject({ problems: 7, measures: 19 });
  });
});

describe('the report’s own facts', () => {
  it('dates an undated page by its 发布时间, and keeps it as the publication date', () => {
    const plan = importReport('发布时间：2023-09-14 09:30　　来源：县统计局　　浏览次数：88\n关于县统计局巡察整改进展情况的通报\n一、反馈问题整改情况\n').plan;
    expect(plan.report).toMatchObject({ date: '2023-09-14', publicationDate: '2023-09-14' });
    expect(plan.report).toMatchObject({ 'x-chrome': { 发布时间: '2023-09-14 09:30', 来源: '县统计局', 浏览次数: '88' } });
  });

  it('prefers the date under the signature to the page’s', () => {
    const plan = importReport('发布时间：2023年9月14日\n一、反馈问题整改情况\n1.针对甲问题\n整改措施：建立制度。\n县统计局党组\n2023年9月10日\n').plan;
    expect(plan.report).toMatchObject({ date: '2023-09-10', publicationDate: '2023-09-14', issuer: '县统计局党组' });
  });
});

describe('the principal named in the opening', () => {
  it('leads the group (以…为组长) and is the first responsible person the opening names by post', () => {
    const plan = opening('局党组成立以党组书记、局长孔令华为组长的巡察整改工作领导小组，党组书记切实履行第一责任人职责。');
    expect(plan.organization).toMatchObject({ leadingGroup: { name: '巡察整改工作领导小组', leader: { name: '孔令华', post: '党组书记、局长' } }, firstResponsible: { name: '孔令华', post: '党组书记' } });
  });

  it('is recognised by name when a key problem names them as its leader', () => {
    const report = [
      '2023年5月4日，区委第二巡察组向区商务局党组反馈了巡察意见。局党组成立由党组书记、局长彭立新任组长的整改工作领导小组。',
      '一、反馈问题整改情况',
      '1.“三重一大”事项决策程序不规范',
      '原因分析：议事规则执行不严。',
      '整改措施：修订议事规则。',
      '责任领导：彭立新',
      '',
    ].join('\n');
    expect(importAndLint(report).result.diagnostics.filter((d) => d.ruleId === 'principal-owns-key-problems')).toEqual([]);
  });
});
