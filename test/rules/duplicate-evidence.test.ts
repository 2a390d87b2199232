import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { positionOf, toText } from '../helpers.js';
import type { Plan, Problem } from '../../src/types/plan.js';
import { findings, located, messages } from './findings.js';

const RULE = 'duplicate-evidence';

const SAFETY_MEASURE = '修订《安全生产工作分析会制度》，明确每季度至少召开一次安全生产工作分析会，由党组书记或分管副局长主持。';
const ARCHIVE_MEASURE = '制定《行政审批档案管理制度》，审批档案实行集中统一保管，明确建档标准和归档时限。';

/** The base plan plus a second, unrelated problem (安全生产) under its own aspect. */
function twoProblems(): Plan & { aspects: { problems: Problem[] }[] } {
  const plan = basePlan();
  plan.aspects[0].problems[0].measures!.push({ text: ARCHIVE_MEASURE });
  plan.aspects.push({
    id: '2',
    title: '安全生产监管存在薄弱环节',
    problems: [
      {
        id: '2.1',
        title: '党组对安全生产工作研究部署不够',
        causes: ['对“管行业必须管安全”认识不到位'],
        responsibleLeader: '党组成员、副局长',
        deadline: '2022-06-30',
        measures: [{ text: SAFETY_MEASURE }],
        status: 'done',
        completionDate: '2022-06-20',
        evidence: [{ type: '文件', title: '《安全生产工作分析会制度》', date: '2022-06-10', reference: '交党组〔2022〕11号' }],
      },
    ],
  });
  return plan as Plan & { aspects: { problems: Problem[] }[] };
}

describe(RULE, () => {
  it('passes problems with their own measures and evidence', () => {
    expect(findings(basePlan(), RULE)).toEqual([]);
    expect(findings(twoProblems(), RULE)).toEqual([]);
  });

  it('reports a measure copied under another problem, on the later copy', () => {
    const plan = twoProblems();
    plan.aspects[1].problems[0].measures!.push({ text: ARCHIVE_MEASURE });
    const text = toText(plan);
    expect(located(plan, RULE)).toEqual([
      {
        message: '措施与问题 1.1 的措施完全相同，缺乏针对性',
        path: ['aspects', 1, 'problems', 0, 'measures', 1, 'text'],
        ...positionOf(text, `"${ARCHIVE_MEASURE}"`, 2),
      },
    ]);
  });

  it('reports a near-identical copy with its similarity, and ignores punctuation', () => {
    const plan = twoProblems();
    plan.aspects[1].problems[0].measures!.push({ text: ARCHIVE_MEASURE.replace('行政审批', '安全生产').replace('，', ' ') });
    expect(messages(plan, RULE)).toEqual(['措施与问题 1.1 的措施几乎相同（相似度 73%），缺乏针对性']);
    plan.aspects[1].problems[0].measures![1].text = `${ARCHIVE_MEASURE.replace(/，/g, ',')}`;
    expect(messages(plan, RULE)).toEqual(['措施与问题 1.1 的措施完全相同，缺乏针对性']);
  });

  it('does not compare a problem with itself, nor short stock phrases', () => {
    const plan = twoProblems();
    plan.aspects[0].problems[0].measures!.push({ text: ARCHIVE_MEASURE });
    expect(findings(plan, RULE)).toEqual([]);
    for (const problem of [plan.aspects[0].problems[0], plan.aspects[1].problems[0]]) problem.measures!.push({ text: '对当事人进行批评教育。' });
    expect(findings(plan, RULE)).toEqual([]);
  });

  it('reports progress text pasted under another problem (纸面销号)', () => {
    const plan = twoProblems();
    const progress = '经过集中整改，相关问题已全部整改到位，建立了长效机制，取得了明显成效，干部职工满意度明显提升。';
    plan.aspects[0].problems[0].progress = progress;
    plan.aspects[1].problems[0].progress = progress;
    expect(located(plan, RULE).map((f) => [f.message, f.path])).toEqual([
      ['问题 2.1 的整改情况与问题 1.1 的完全相同（纸面销号之嫌）', ['aspects', 1, 'problems', 0, 'progress']],
    ]);
  });

  it('reports a problem whose only evidence is another problem’s document, however its 文号 is typed', () => {
    const plan = twoProblems();
    plan.aspects[1].problems[0].evidence = [{ type: '文件', title: '关于进一步规范政务服务的实施意见', reference: '交党组[2022]5号' }];
    const text = toText(plan);
    expect(located(plan, RULE)).toEqual([
      {
        message: '问题 2.1 的唯一佐证材料“关于进一步规范政务服务的实施意见”同时是问题 1.1 的佐证材料（纸面销号之嫌）',
        path: ['aspects', 1, 'problems', 0, 'evidence', 0, 'reference'],
        ...positionOf(text, '"交党组[2022]5号"'),
      },
    ]);
  });

  it('accepts a shared document next to evidence of the problem’s own, and reports when all of it is shared', () => {
    const plan = twoProblems();
    const shared = { type: '会议纪要' as const, title: '局党组会议纪要（研究部署巡察整改工作）', date: '2022-03-01', reference: '交党组纪〔2022〕3号' };
    plan.aspects[0].problems[0].evidence!.push(shared);
    plan.aspects[1].problems[0].evidence!.push(shared);
    expect(findings(plan, RULE)).toEqual([]);
    plan.aspects[1].problems[0].evidence!.shift();
    plan.aspects[1].problems[0].measures![0].evidence = [{ ...plan.aspects[0].problems[0].evidence![0] }];
    expect(messages(plan, RULE)).toEqual(['问题 2.1 的 2 份佐证材料全部与其他问题共用（如问题 1.1），没有针对本问题的材料']);
  });

  it('tells documents without a 文号 apart by title and date', () => {
    const plan = twoProblems();
    plan.aspects[0].problems[0].evidence = [{ type: '照片', title: '整改前后对比照片', date: '2022-04-29' }];
    plan.aspects[1].problems[0].evidence = [{ type: '照片', title: '整改前后对比照片', date: '2022-06-18' }];
    expect(findings(plan, RULE)).toEqual([]);
    plan.aspects[1].problems[0].evidence[0].date = '2022-04-29';
    // 1.1 also has its measure's 约谈记录, so only 2.1 rests on shared material.
    expect(messages(plan, RULE)).toEqual(['问题 2.1 的唯一佐证材料“整改前后对比照片”同时是问题 1.1 的佐证材料（纸面销号之嫌）']);
  });
});
