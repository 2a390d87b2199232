import { describe, expect, it } from 'vitest';
import { positionOf } from '../helpers.js';
import { againstPlan, faithfulReport, fixturePlan } from './against-plan.js';

const RULE = 'measures-reduced';

describe(RULE, () => {
  it('passes as many measures as planned or more, or fewer with a stated reason', () => {
    const report = faithfulReport();
    report.aspects[0].problems[1].measures!.push({ text: '对全县7家演出场所的安全员开展一次消防培训' });
    report.aspects[0].problems[2].measures!.pop();
    report.aspects[0].problems[2].adjustment = { reason: '两项措施合并为一项' };
    expect(againstPlan(fixturePlan(), report, RULE).findings).toEqual([]);
  });

  it('reports a problem with fewer measures than planned and no reason, on its measures', () => {
    const report = faithfulReport();
    report.aspects[0].problems[1].measures!.pop();
    const { findings, reportText, inPlan } = againstPlan(fixturePlan(), report, RULE);
    expect(findings.map((d) => [d.message, d.range.start.line])).toEqual([
      [`问题 1.2 的整改措施由方案的 3 条（${inPlan('"measures"', 2)}）减为 2 条，没有说明调整理由`, positionOf(reportText, '"measures"', 2).line],
    ]);
  });

  it('does not count measures of a report that restates none, nor tasks with ids on both sides (problem-dropped follows those)', () => {
    const report = faithfulReport();
    delete report.aspects[0].problems[1].measures;
    report.aspects[0].problems[1].progress = '已会同消防救援大队完成联合检查，5处隐患全部整改。';
    report.aspects[0].problems[0].measures!.pop();
    expect(againstPlan(fixturePlan(), report, RULE).findings).toEqual([]);
  });
});
