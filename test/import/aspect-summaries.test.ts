/**
 * A progress report that sums each aspect up in a sentence opening 针对…方面的问题，… and lists no problem: those
 * sentences name whole aspects, not problems, so the report gives totals only (a notice) and its declared twelve
 * problems are not held against three "problems" it never listed. A 针对 sentence naming one problem stays a problem.
 */
import { describe, expect, it } from 'vitest';
import { importAndLint, problems } from './helpers.js';

const opening = [
  '中共市林业局党组关于市委巡察反馈意见整改进展情况的报告',
  '',
  '市委巡察办：',
  '2024年7月，市委第四巡察组向局党组反馈了巡察意见。对反馈的3个方面12个问题，已完成整改9个，正在整改3个。',
  '一、强化责任担当',
  '局党组成立整改工作领导小组，党组书记任组长。',
  '二、抓实问题整改',
];
const closing = ['', '中共市林业局党组', '2024年10月15日'];

describe('aspects summed up in 针对…方面的问题 sentences', () => {
  it('are no problems: the report gives totals only, and the declared count is not held against them', () => {
    const { imported, result } = importAndLint(
      [
        ...opening,
        '针对政治建设方面的问题，局党组修订党组议事规则，落实“第一议题”制度。针对作风建设领域存在的问题，开展作风纪律专项整治，查纠问题15个。针对基层党组织建设方面的问题，完成5个支部按期换届。',
        ...closing,
      ].join('\n'),
      { asOf: '2024-11-01' },
    );
    expect(problems(imported.plan)).toEqual([]);
    expect(imported.plan.report?.kind).toBe('notice');
    expect(result.diagnostics.filter((d) => d.ruleId === 'declared-count')).toEqual([]);
  });

  it('leaves a 针对 sentence that names one problem a problem', () => {
    const { imported } = importAndLint(
      [
        ...opening,
        '针对“三重一大”事项未经集体研究的问题，局党组修订议事规则，明确决策事项清单。针对公务用车管理不规范的问题，建立用车审批台账。',
        ...closing,
      ].join('\n'),
      { asOf: '2024-11-01' },
    );
    expect(problems(imported.plan).map((p) => p.title)).toEqual(['“三重一大”事项未经集体研究', '公务用车管理不规范']);
  });
});
