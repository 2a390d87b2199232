import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { positionOf, toText } from '../helpers.js';
import { findings, located, messages } from './findings.js';

const RULE = 'vague-responsibility';

describe(RULE, () => {
  it('passes named units and posts', () => {
    expect(findings(basePlan(), RULE)).toEqual([]);
    const plan = basePlan();
    plan.aspects[0].problems[0].responsibleDepartment = '财务股、人事股';
    plan.aspects[0].problems[0].measures![0].owner = '安全生产监督管理股、运输管理股';
    expect(findings(plan, RULE)).toEqual([]);
  });

  it('reports a collective, vague party in any responsibility field and in a measure’s owner', () => {
    const plan = basePlan();
    const problem = plan.aspects[0].problems[0];
    problem.responsibleLeader = '全体班子成员';
    problem.responsibleDepartment = '各科室';
    problem.measures![0].owner = '相关单位、有关部门';
    const text = toText(plan);
    expect(located(plan, RULE)).toEqual([
      { message: '责任领导“全体班子成员”是笼统的集体表述，应落实到具体的单位或个人', path: ['aspects', 0, 'problems', 0, 'responsibleLeader'], ...positionOf(text, '"全体班子成员"') },
      { message: '责任部门“各科室”是笼统的集体表述，应落实到具体的单位或个人', path: ['aspects', 0, 'problems', 0, 'responsibleDepartment'], ...positionOf(text, '"各科室"') },
      { message: '措施责任主体“相关单位、有关部门”是笼统的集体表述，应落实到具体的单位或个人', path: ['aspects', 0, 'problems', 0, 'measures', 0, 'owner'], ...positionOf(text, '"相关单位、有关部门"') },
    ]);
  });

  it('accepts a collective next to a named lead unit', () => {
    const plan = basePlan();
    plan.aspects[0].problems[0].responsibleDepartment = '财务股牵头，各股室配合';
    expect(findings(plan, RULE)).toEqual([]);
    plan.aspects[0].problems[0].responsibleDepartment = '各科室、各市场监管所';
    expect(findings(plan, RULE)).toHaveLength(1);
    plan.aspects[0].problems[0].responsibleDepartment = '局属各单位';
    expect(messages(plan, RULE, { locale: 'en' })).toEqual(['the responsible department "局属各单位" is a vague collective; name a unit or a person']);
  });
});
