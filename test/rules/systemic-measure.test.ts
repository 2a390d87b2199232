import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { positionOf, toText } from '../helpers.js';
import { findings, located } from './findings.js';

const RULE = 'systemic-measure';

function withMeasures(...texts: string[]) {
  const plan = basePlan();
  const problem = plan.aspects[0].problems[0];
  problem.measures = texts.map((text) => ({ text }));
  problem.evidence = [{ type: '凭证', title: '违规发放津贴退缴凭证', date: '2022-04-29' }];
  return plan;
}

describe(RULE, () => {
  it('reports a problem whose measures only fix the case at hand', () => {
    const plan = withMeasures('责令2名人员退还违规领取的信访岗位津贴2820元', '对当事人进行批评教育');
    const text = toText(plan);
    expect(located(plan, RULE)).toEqual([
      {
        message: '问题 1.1 的措施只针对个案，没有举一反三或建章立制的措施（制定、修订制度，全面排查、专项检查等）',
        path: ['aspects', 0, 'problems', 0, 'measures'],
        ...positionOf(text, '"measures"'),
      },
    ]);
  });

  it('accepts a rule made or revised, named or not, a sweep, or a rule filed as evidence', () => {
    for (const systemic of ['修订《财务管理制度》，明确津贴补贴发放审核程序', '举一反三，对2019年以来津贴补贴发放情况开展全面自查', '修订财务管理制度，明确审批流程', '开展违规发放津贴补贴专项检查']) {
      expect(findings(withMeasures('责令退还违规领取的津贴2820元', systemic), RULE), systemic).toEqual([]);
    }
    const plan = withMeasures('责令退还违规领取的津贴2820元');
    plan.aspects[0].problems[0].evidence!.push({ type: '文件', title: '《津贴补贴发放管理办法》', date: '2022-04-20', reference: '交〔2022〕8号' });
    expect(findings(plan, RULE)).toEqual([]);
  });

  it('does not take studying a rule for making one', () => {
    expect(findings(withMeasures('组织学习《中国共产党廉洁自律准则》'), RULE)).toHaveLength(1);
  });

  it('lets a sub-item rest on its parent’s systemic measures, and skips problems without measures', () => {
    const plan = withMeasures('修订《财务管理制度》');
    plan.aspects[0].problems[0].items = [{ id: '1.1.1', title: '信访岗位津贴发放对象不符合条件', measures: [{ text: '责令退还违规领取的津贴2820元' }] }];
    expect(findings(plan, RULE)).toEqual([]);
    plan.aspects[0].problems[0].measures = [];
    expect(findings(plan, RULE).map((d) => d.problemId)).toEqual(['1.1.1']);
  });
});
