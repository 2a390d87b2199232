import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { positionOf, toText } from '../helpers.js';
import { findings, located, messages } from './findings.js';

const RULE = 'status-contradiction';

function doneWithProgress(progress: string) {
  const plan = basePlan();
  plan.aspects[0].problems[0].progress = progress;
  return plan;
}

describe(RULE, () => {
  it('passes completed problems whose progress is told in the past', () => {
    expect(findings(basePlan(), RULE)).toEqual([]);
    expect(findings(doneWithProgress('已将7宗“体外循环”事项全部补录至政务服务平台，约谈相关责任人4人次。'), RULE)).toEqual([]);
  });

  it('reports a completed problem whose progress speaks of the future, on the progress text', () => {
    const plan = doneWithProgress('已完成档案清查，下一步将继续完善审批档案管理制度。');
    const text = toText(plan);
    expect(located(plan, RULE)).toEqual([
      {
        message: '问题 1.1 标为“已完成”，整改情况却写“下一步”，说明尚未完成',
        path: ['aspects', 0, 'problems', 0, 'progress'],
        ...positionOf(text, '"已完成档案清查'),
      },
    ]);
    expect(messages(doneWithProgress('评估机构正在评估，力争年底前完成公开招租。'), RULE)).toEqual(['问题 1.1 标为“已完成”，整改情况却写“正在”，说明尚未完成']);
    expect(messages(doneWithProgress('拟于9月底前召开专题民主生活会。'), RULE)).toEqual(['问题 1.1 标为“已完成”，整改情况却写“拟于”，说明尚未完成']);
  });

  it('does not read 将 as the object marker, 拟定 as intent, 争取资金 or 学习计划 as future', () => {
    for (const progress of [
      '已将未进驻的5项许可事项全部进驻区政务服务中心。',
      '已拟定并印发《审批档案管理制度》。',
      '争取上级专项资金120万元，已完成12公里农村公路改造。',
      '制定2022年度理论学习计划并按计划开展学习6次。',
      '经全面核查，尚未发现其他违规发放问题。',
      '预警系统已于8月上线，目前正在运行。',
      '截至目前，政务服务平台尚未出现超时办件。',
      '《审批档案管理制度》印发后正在严格执行。',
    ]) {
      expect(findings(doneWithProgress(progress), RULE), progress).toEqual([]);
    }
  });

  it('lets 已完成并长期坚持 speak of keeping the work up, unless asked not to', () => {
    const plan = doneWithProgress('已建立季度分析会制度，下一步将继续坚持每季度召开一次。');
    plan.aspects[0].problems[0].status = 'done-ongoing';
    expect(findings(plan, RULE)).toEqual([]);
    expect(messages(plan, RULE, { ruleOptions: { statuses: ['done', 'done-ongoing'] } })).toEqual(['问题 1.1 标为“已完成并长期坚持”，整改情况却写“下一步”，说明尚未完成']);
  });

  it('ignores the progress of problems that are not completed', () => {
    const plan = doneWithProgress('下一步将继续推进。');
    plan.aspects[0].problems[0].status = 'in-progress';
    delete plan.aspects[0].problems[0].completionDate;
    expect(findings(plan, RULE)).toEqual([]);
  });

  it('reports a completion date after the report date, for problems and measures', () => {
    const plan = basePlan();
    plan.aspects[0].problems[0].completionDate = '2022-07-20';
    plan.aspects[0].problems[0].measures![0].completionDate = '2022-07-15';
    expect(messages(plan, RULE)).toEqual(['措施完成日期 2022-07-15 晚于报告日期 2022-07-10', '问题 1.1 的完成日期 2022-07-20 晚于报告日期 2022-07-10']);
    // The report's own date is the yardstick, not the as-of date.
    expect(findings(plan, RULE, { asOf: '2023-01-01' })).toHaveLength(2);
  });

  it('takes its markers from the options', () => {
    expect(findings(doneWithProgress('下一步将继续推进。'), RULE, { ruleOptions: { futureMarkers: ['力争'] } })).toEqual([]);
  });
});
