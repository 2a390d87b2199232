/**
 * Layouts a clerk may use that the corpus lacks, each in words of our own: 1. aspects with （1） problems and 【】
 * labels, one problem a paragraph (问题：…原因：…措施：…), 一是… running on from its subject, 【问题一】 headings,
 * dashes as bullets, measures numbered 1. under problems numbered 1., 问题1 above a title that is a sentence.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { problems } from './helpers.js';

const lines = (...rows: string[]) => [...rows, ''].join('\n');

function read(text: string) {
  const { plan } = importReport(text);
  return {
    plan,
    aspects: plan.aspects.map((aspect) => [aspect.id, aspect.title, aspect.problems.map((problem) => problem.id)]),
    problems: problems(plan),
  };
}

describe('layouts beyond the corpus', () => {
  it('1. aspects, （1） problems, 【】 labels with ①② measures', () => {
    const { aspects, problems: found } = read(
      lines(
        '关于区委巡察反馈意见整改方案',
        '1.党建工作方面',
        '（1）支部主题党日活动形式单一',
        '【问题原因】支部书记创新意识不强。',
        '【整改措施】①制定主题党日活动清单；②每季度评选优秀案例。',
        '【责任领导】党委副书记陈某',
        '【完成时限】2025年3月底前',
        '（2）党费收缴不及时',
        '【问题原因】支部组织委员更换频繁，交接不清。',
        '【整改措施】①建立党费收缴台账；②每月公示收缴情况。',
        '【完成时限】2025年1月底前',
        '2.财务管理方面',
        '（1）公务卡使用率偏低',
        '【整改措施】①印发公务卡结算办法；②将使用率纳入科室考核。',
        '【完成时限】2025年6月底前',
      ),
    );
    expect(aspects).toEqual([
      ['1', '党建工作方面', ['1.1', '1.2']],
      ['2', '财务管理方面', ['2.1']],
    ]);
    expect(found.map((problem) => [problem.measures?.map((measure) => measure.text), problem.deadline])).toEqual([
      [['制定主题党日活动清单', '每季度评选优秀案例'], '2025-03-31'],
      [['建立党费收缴台账', '每月公示收缴情况'], '2025-01-31'],
      [['印发公务卡结算办法', '将使用率纳入科室考核'], '2025-06-30'],
    ]);
    expect(found[0].responsibleLeader).toBe('党委副书记陈某');
  });

  it('one problem a paragraph: 问题：…原因：…措施：…时限：…责任人：…', () => {
    const { problems: found } = read(
      lines(
        '镇党委关于巡察反馈问题的整改方案',
        '问题：村级财务公开不及时。原因：镇农经站督导不力。措施：每季度督查各村公开情况。时限：2025年3月底。责任人：张某。',
        '问题：集体资产底数不清。原因：资产登记制度不健全。措施：开展集体资产清产核资。时限：2025年6月底。责任人：李某。',
      ),
    );
    expect(found.map((problem) => [problem.title, problem.causes, problem.measures?.map((measure) => measure.text), problem.deadline, problem.responsiblePerson])).toEqual([
      ['村级财务公开不及时', ['镇农经站督导不力'], ['每季度督查各村公开情况'], '2025-03-31', '张某'],
      ['集体资产底数不清', ['资产登记制度不健全'], ['开展集体资产清产核资'], '2025-06-30', '李某'],
    ]);
  });

  it('numbered problem labels (具体问题1：…) are problems each, a 第一个月 opening a sentence no mark', () => {
    const { problems: found } = read(
      lines(
        '一、财务方面',
        '具体问题1：村级财务公开不及时。整改措施：每季度督查；第一个月完成全面检查。',
        '具体问题2：集体资产底数不清。整改措施：开展清产核资。',
      ),
    );
    expect(found.map((problem) => [problem.title, problem.measures?.map((measure) => measure.text)])).toEqual([
      // Parted at the semicolon, the second measure keeps its 第一个月: no list mark.
      ['村级财务公开不及时', ['每季度督查', '第一个月完成全面检查']],
      ['集体资产底数不清', ['开展清产核资']],
    ]);
  });

  it('an outline numbered in decimals: 1. aspects, 1.1 problems (with or without a blank), 1.5万元 no mark', () => {
    for (const gap of [' ', '']) {
      const { aspects, problems: found } = read(
        lines(
          '1. 政治建设方面',
          `1.1${gap}理论学习不深入`,
          '整改措施：制定学习计划，1.5万元学习经费列入预算。',
          '整改进展：已完成。',
          `1.2${gap}民主生活会质量不高`,
          '整改措施：会后建立整改清单。',
          '整改进展：正在推进。',
          '2. 作风建设方面',
          `2.1${gap}文件会议偏多`,
          '整改措施：精简文件会议。',
          '整改进展：已完成。',
        ),
      );
      expect(aspects).toEqual([
        ['1', '政治建设方面', ['1.1', '1.2']],
        ['2', '作风建设方面', ['2.1']],
      ]);
      expect(found.map((problem) => [problem.title, problem.measures?.map((measure) => measure.text), problem.status])).toEqual([
        ['理论学习不深入', ['制定学习计划，1.5万元学习经费列入预算'], 'done'],
        ['民主生活会质量不高', ['会后建立整改清单'], 'in-progress'],
        ['文件会议偏多', ['精简文件会议'], 'done'],
      ]);
    }
  });

  it('一是 running on from its subject (针对该问题，局党组一是…；二是…)', () => {
    const { problems: found } = read(
      lines(
        '一、落实意识形态责任制方面',
        '（一）意识形态工作研判不经常',
        '针对该问题，局党组一是把意识形态工作纳入党组会议议题；二是建立舆情信息月报制度；三是对下属单位开展专项检查。目前该问题已完成整改。',
        '（二）理论学习与业务工作结合不紧',
        '针对该问题，我们一是开展学用交流；二是每季度召开一次推进会。该问题正在推进，计划于2025年9月底前完成。',
      ),
    );
    expect(found.map((problem) => [problem.measures?.map((measure) => measure.text), problem.status, problem.deadline])).toEqual([
      [['把意识形态工作纳入党组会议议题', '建立舆情信息月报制度', '对下属单位开展专项检查'], 'done', undefined],
      [['开展学用交流', '每季度召开一次推进会'], 'in-progress', '2025-09-30'],
    ]);
  });

  it('【问题一】 headings and dashes as bullets', () => {
    const { problems: found } = read(
      lines(
        '关于巡察整改情况的报告',
        '【问题一】窗口办事效率不高',
        '整改措施：',
        '— 推行一次性告知制度；',
        '— 增设自助服务终端。',
        '整改进展：整改已完成。',
        '【问题二】投诉办理反馈不及时',
        '整改措施：',
        '——建立投诉办理时限制度；',
        '——每周通报办理情况。',
        '整改进展：持续整改中。',
      ),
    );
    expect(found.map((problem) => [problem.id, problem.title, problem.measures?.map((measure) => measure.text), problem.status])).toEqual([
      ['1', '窗口办事效率不高', ['推行一次性告知制度', '增设自助服务终端'], 'done'],
      ['2', '投诉办理反馈不及时', ['建立投诉办理时限制度', '每周通报办理情况'], 'in-progress'],
    ]);
  });

  it('measures numbered 1. 2. under problems numbered 1. 2., each after a label alone on its line', () => {
    const { aspects, problems: found } = read(
      lines(
        '一、作风建设方面',
        '1.会议文件偏多',
        '整改措施：',
        '1.精简会议数量。',
        '2.严格控制发文数量。',
        '完成情况：已完成。',
        '2.督查检查考核过多',
        '整改措施：',
        '1.统筹制定年度督查检查计划。',
        '2.推行联合督查。',
        '3.取消重复考核事项。',
        '3.基层减负落实不到位',
        '整改措施：',
        '1.建立基层减负观察点。',
        '完成情况：正在推进。',
      ),
    );
    expect(aspects).toEqual([['1', '作风建设方面', ['1.1', '1.2', '1.3']]]);
    expect(found.map((problem) => [problem.title, problem.measures?.length, problem.status])).toEqual([
      ['会议文件偏多', 2, 'done'],
      ['督查检查考核过多', 3, undefined],
      ['基层减负落实不到位', 1, 'in-progress'],
    ]);
  });

  it('1. aspects, （1） problems and 1. measures after a label: a 2. that opens （1） again is the next aspect', () => {
    const { aspects, problems: found } = read(
      lines(
        '1.党建工作方面',
        '（1）支部换届不及时',
        '整改措施：',
        '1.制定换届计划。',
        '2.督促逾期支部完成换届。',
        '（2）党员教育管理松散',
        '整改措施：',
        '1.建立党员积分管理制度。',
        '2.财务管理方面',
        '（1）报销审核不严',
        '整改措施：',
        '1.修订报销制度。',
        '2.开展专项检查。',
      ),
    );
    expect(aspects).toEqual([
      ['1', '党建工作方面', ['1.1', '1.2']],
      ['2', '财务管理方面', ['2.1']],
    ]);
    expect(found.map((problem) => problem.measures?.length)).toEqual([2, 1, 2]);
  });

  it('问题1 alone above a title that is a whole sentence, and 第一部分 alone above its title', () => {
    const { plan, problems: found } = read(
      lines(
        '关于巡察整改进展情况的报告',
        '第一部分',
        '整改工作开展情况',
        '局党组召开专题会议部署整改，成立领导小组，制定整改方案和问题清单。',
        '第二部分',
        '问题整改情况',
        '问题1',
        '食堂采购未公开招标。2023年食堂食材采购均由后勤科直接确定供应商。',
        '整改措施：通过公开招标确定食材供应商。',
        '整改进展：已完成。',
        '问题2',
        '物业合同到期未重新签订',
        '整改措施：重新组织物业服务采购并签订合同。',
        '整改进展：正在推进。',
      ),
    );
    expect(found.map((problem) => [problem.title, problem.feedback, problem.status])).toEqual([
      ['食堂采购未公开招标', '2023年食堂食材采购均由后勤科直接确定供应商', 'done'],
      ['物业合同到期未重新签订', undefined, 'in-progress'],
    ]);
    expect(plan['x-sections']?.map((section) => [section.title, section.kind])).toEqual([
      ['整改工作开展情况', 'organization'],
      ['问题整改情况', 'problems'],
    ]);
  });
});
