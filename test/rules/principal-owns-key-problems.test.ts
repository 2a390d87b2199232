import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { positionOf, toText } from '../helpers.js';
import { findings, located, messages } from './findings.js';

const RULE = 'principal-owns-key-problems';

/** A 三重一大 problem, owned by a deputy. */
function keyProblem(responsibleLeader = '党组成员、副局长 李某某') {
  const plan = basePlan();
  const problem = plan.aspects[0].problems[0];
  problem.title = '落实“三重一大”决策制度不严格';
  problem.feedback = '2021年3处房产出租未经党组会议集体研究决定。';
  problem.responsibleLeader = responsibleLeader;
  return plan;
}

describe(RULE, () => {
  it('passes key problems owned by the principal, by post or by the first responsible person’s name', () => {
    expect(findings(keyProblem('党组书记、局长'), RULE)).toEqual([]);
    expect(findings(keyProblem('刘德林'), RULE)).toEqual([]);
    expect(findings(keyProblem('党组书记 刘德林、党组成员 李某某'), RULE)).toEqual([]);
  });

  it('knows the principal by name from the leading group, when its leader holds the principal’s post', () => {
    const plan = keyProblem('孔令华');
    plan.organization = { leadingGroup: { leader: { name: '孔令华', post: '党组书记、局长' } } };
    expect(findings(plan, RULE)).toEqual([]);
    // A deputy leading the group is not the principal.
    const deputy = keyProblem('赵副');
    deputy.organization = { leadingGroup: { leader: { name: '赵副', post: '党组副书记' } } };
    expect(messages(deputy, RULE)).toEqual(['问题 1.1 涉及“三重一大”，责任领导应为主要负责人，而不是“赵副”']);
  });

  it('reports a key problem owned by a deputy, on the responsible leader', () => {
    const plan = keyProblem();
    const text = toText(plan);
    expect(located(plan, RULE)).toEqual([
      {
        message: '问题 1.1 涉及“三重一大”，责任领导应为主要负责人，而不是“党组成员、副局长 李某某”',
        path: ['aspects', 0, 'problems', 0, 'responsibleLeader'],
        ...positionOf(text, '"党组成员、副局长 李某某"'),
      },
    ]);
  });

  it('finds the topic in the feedback too, and does not take the discipline secretary for the principal', () => {
    const plan = basePlan();
    plan.aspects[0].problems[0].feedback = '公务接待存在超标准问题，违反中央八项规定精神。';
    plan.aspects[0].problems[0].responsibleLeader = '党组成员、纪检组长';
    expect(messages(plan, RULE)).toEqual(['问题 1.1 涉及“八项规定”，责任领导应为主要负责人，而不是“党组成员、纪检组长”']);
  });

  it('holds a sub-item to the leader it inherits', () => {
    const plan = basePlan();
    plan.aspects[0].problems[0].responsibleLeader = '党组成员、副局长 李某某';
    plan.aspects[0].problems[0].items = [{ id: '1.1.1', title: '重大事项未经集体研究，违反民主集中制' }];
    expect(messages(plan, RULE)).toEqual(['问题 1.1.1 涉及“民主集中制”，责任领导应为主要负责人，而不是“党组成员、副局长 李某某”']);
  });

  it('leaves other problems and missing leaders to other rules, and takes its topics from the options', () => {
    expect(findings(basePlan(), RULE)).toEqual([]);
    const plan = keyProblem();
    delete plan.aspects[0].problems[0].responsibleLeader;
    expect(findings(plan, RULE)).toEqual([]);
    expect(findings(keyProblem(), RULE, { ruleOptions: { topics: ['民主集中制'] } })).toEqual([]);
  });
});
