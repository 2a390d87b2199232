import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { positionOf, toText } from '../helpers.js';
import { findings, located, messages } from './findings.js';

const RULE = 'formalism-only';

/** 以会议落实会议、以文件落实文件: a meeting, a study session and a circular, evidenced by their minutes. */
function meetingsOnly() {
  const plan = basePlan();
  const problem = plan.aspects[0].problems[0];
  problem.measures = [
    { text: '召开党组会议，传达学习巡察反馈意见，研究部署整改工作', evidence: [{ type: '会议纪要', title: '党组会议纪要', date: '2022-03-01' }] },
    { text: '组织全体干部职工学习《中国共产党廉洁自律准则》' },
    { text: '印发《关于加强作风建设的通知》，转发上级文件3份' },
  ];
  problem.evidence = [{ type: '文件', title: '《关于加强作风建设的通知》', date: '2022-03-05', reference: '交党组〔2022〕4号' }];
  return plan;
}

describe(RULE, () => {
  it('reports a problem whose measures, evidence and progress are all meetings, study and circulars', () => {
    const plan = meetingsOnly();
    const text = toText(plan);
    expect(located(plan, RULE)).toEqual([
      {
        message: '问题 1.1 的 3 条措施都只是开会、学习或发文（如“召开”），措施、佐证和整改情况中都没有实际成果',
        path: ['aspects', 0, 'problems', 0, 'measures'],
        ...positionOf(text, '"measures"'),
      },
    ]);
    plan.aspects[0].problems[0].progress = '已召开党组会议2次、专题学习3次。';
    expect(findings(plan, RULE)).toHaveLength(1);
  });

  it('passes when any measure, evidence or the progress shows an outcome', () => {
    const outcomeMeasure = meetingsOnly();
    outcomeMeasure.aspects[0].problems[0].measures!.push({ text: '对2名责任人进行诫勉谈话' });
    expect(findings(outcomeMeasure, RULE)).toEqual([]);

    const voucher = meetingsOnly();
    voucher.aspects[0].problems[0].evidence!.push({ type: '凭证', title: '非税收入一般缴款书', date: '2022-03-20' });
    expect(findings(voucher, RULE)).toEqual([]);

    const progress = meetingsOnly();
    progress.aspects[0].problems[0].progress = '违规发放的信访岗位津贴2820元已全部清退。';
    expect(findings(progress, RULE)).toEqual([]);
  });

  it('does not read the words of a document’s name as acts: studying 《纪律处分条例》 punishes nobody', () => {
    const plan = meetingsOnly();
    plan.aspects[0].problems[0].measures![1].text = '组织全体干部职工学习《中国共产党纪律处分条例》，开展警示教育';
    expect(findings(plan, RULE)).toHaveLength(1);
  });

  it('counts making a rule as an outcome (建章立制), but not studying one', () => {
    const plan = meetingsOnly();
    plan.aspects[0].problems[0].measures![2].text = '召开党组会议研究修订《财务管理制度》';
    expect(findings(plan, RULE)).toEqual([]);
  });

  it('says nothing when a measure is neither a meeting nor an outcome, or when there are no measures', () => {
    const plan = meetingsOnly();
    plan.aspects[0].problems[0].measures!.push({ text: '优化审批流程，压缩办理时限' });
    expect(findings(plan, RULE)).toEqual([]);
    plan.aspects[0].problems[0].measures = [];
    expect(findings(plan, RULE)).toEqual([]);
  });

  it('takes its lexicons from the options', () => {
    expect(findings(meetingsOnly(), RULE, { ruleOptions: { outcomes: ['转发'] } })).toEqual([]);
    expect(messages(basePlan(), RULE, { ruleOptions: { outcomes: [] } })).toEqual([]);
  });
});

describe(`${RULE}: real measures a reviewer would not call formalism`, () => {
  it('accepts a meeting next to a list or a responsibility letter the unit must then answer to', () => {
    const plan = meetingsOnly();
    plan.aspects[0].problems[0].measures![1].text = '审批科制定“证照分离”改革任务清单，并组织科室人员认真学习';
    expect(findings(plan, RULE)).toEqual([]);
    plan.aspects[0].problems[0].measures![1].text = '成立党风廉政建设领导小组，与下属党组织签订党风廉政建设责任书';
    expect(findings(plan, RULE)).toEqual([]);
  });
});
