import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { positionOf, toText } from '../helpers.js';
import { findings, located, messages } from './findings.js';

const RULE = 'principal-is-first-responsible';

describe(RULE, () => {
  it('passes when the Party secretary leads the group and is the first responsible person', () => {
    expect(findings(basePlan(), RULE)).toEqual([]);
    const plan = basePlan();
    plan.organization = {
      leadingGroup: { leader: { name: '张某某', post: '党委书记' } },
      firstResponsible: { name: '张某某', post: '镇党委书记、人大主席' },
    };
    expect(findings(plan, RULE)).toEqual([]);
  });

  it('reports a deputy or the discipline secretary as first responsible person and as group leader', () => {
    for (const post of ['党组副书记、副局长', '党委委员、纪委书记']) {
      const plan = basePlan();
      plan.organization!.firstResponsible = { name: '李某某', post };
      plan.organization!.leadingGroup = { leader: { name: '李某某', post } };
      const text = toText(plan);
      expect(located(plan, RULE)).toEqual([
        {
          message: `领导小组组长“${post} 李某某”不是单位主要负责人（应为党组书记、党委书记等）`,
          path: ['organization', 'leadingGroup', 'leader', 'post'],
          ...positionOf(text, `"${post}"`, 1),
        },
        {
          message: `第一责任人“${post} 李某某”不是单位主要负责人（应为党组书记、党委书记等）`,
          path: ['organization', 'firstResponsible', 'post'],
          ...positionOf(text, `"${post}"`, 2),
        },
      ]);
    }
  });

  it('reports a group leader who is not the principal', () => {
    const plan = basePlan();
    plan.organization!.leadingGroup = { leader: { name: '李某某', post: '党组成员、副局长' } };
    const text = toText(plan);
    expect(located(plan, RULE)).toEqual([
      {
        message: '领导小组组长“党组成员、副局长 李某某”不是单位主要负责人（应为党组书记、党委书记等）',
        path: ['organization', 'leadingGroup', 'leader', 'post'],
        ...positionOf(text, '"党组成员、副局长"'),
      },
    ]);
    delete plan.organization!.firstResponsible;
    expect(findings(plan, RULE)).toHaveLength(1);
  });

  it('reports one defect once: a deputy as first responsible under a secretary who leads the group', () => {
    const plan = basePlan();
    plan.organization!.firstResponsible = { name: '李某某', post: '党组副书记、副局长' };
    expect(messages(plan, RULE)).toEqual(['第一责任人“党组副书记、副局长 李某某”不是单位主要负责人（应为党组书记、党委书记等）']);
  });

  it('reports two different people both recorded as the principal', () => {
    const plan = basePlan();
    plan.organization!.leadingGroup = { leader: { name: '王某某', post: '党组书记' } };
    expect(messages(plan, RULE)).toEqual(['领导小组组长（党组书记 王某某）与第一责任人（党组书记、局长 刘德林）不是同一人，而二者都应是单位主要负责人']);
  });

  it('accepts a leader named only by a post the first responsible person holds', () => {
    const plan = basePlan();
    plan.organization!.leadingGroup = { leader: { post: '党组书记' } };
    expect(findings(plan, RULE)).toEqual([]);
  });

  it('requires the names only when asked (the strict preset asks)', () => {
    const plan = basePlan();
    delete plan.organization;
    expect(findings(plan, RULE)).toEqual([]);
    expect(messages(plan, RULE, { ruleOptions: { requireNamed: true } })).toEqual(['未明确整改第一责任人']);
    plan.organization = { leadingGroup: { name: '巡察整改工作领导小组', membersText: '各股室负责人' }, firstResponsible: { name: '刘德林', post: '党组书记、局长' } };
    expect(messages(plan, RULE, { ruleOptions: { requireNamed: true }, locale: 'en' })).toEqual(['the leading group names no leader']);
  });
});
