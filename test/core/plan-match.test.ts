import { describe, expect, it } from 'vitest';
import { matchProblems, titleSimilarity } from '../../src/core/plan-match.js';
import type { Plan } from '../../src/types/plan.js';

function plan(...problems: [string, string][]): Plan {
  return { inspection: {}, report: { kind: 'plan', date: '2023-01-01' }, aspects: [{ id: '1', title: '方面', problems: problems.map(([id, title]) => ({ id, title })) }] } as unknown as Plan;
}

const ids = (list: { problem: { id?: string } }[]) => list.map((p) => p.problem.id);

describe('matchProblems', () => {
  it('matches by id first, in the later document’s order', () => {
    const match = matchProblems(plan(['1', '车辆登记不全'], ['2', '资金拨付滞后']), plan(['2', '资金拨付滞后'], ['1', '车辆登记不全']));
    expect(match.pairs.map((p) => [p.before.problem.id, p.after.problem.id, p.by])).toEqual([['2', '2', 'id'], ['1', '1', 'id']]);
    expect([ids(match.dropped), ids(match.added)]).toEqual([[], []]);
  });

  it('matches the problems left over by title, best first, each once; unmatched ones are dropped or added', () => {
    const before = plan(['1', '公务用车使用登记不全'], ['2', '非遗保护项目经费结余未清理'], ['3', '办公用房面积超标']);
    const after = plan(['A', '公务用车使用登记不够完整'], ['B', '办公用房面积超标问题'], ['C', '新发现的问题']);
    const match = matchProblems(before, after);
    expect(match.pairs.map((p) => [p.before.problem.id, p.after.problem.id, p.by, p.similarity])).toEqual([
      ['1', 'A', 'title', 0.67], // 8 shared character pairs of 9 and 11: 8 ÷ 12
      ['3', 'B', 'title', 0.78],
    ]);
    expect([ids(match.dropped), ids(match.added)]).toEqual([['2'], ['C']]);
    expect(match.pairOfBefore(before.aspects![0].problems![2])!.after.problem.id).toBe('B');
  });

  it('a report that renumbers after dropping a problem: the id pair of two unrelated titles gives way to the title match', () => {
    const before = plan(['2.3', '非遗保护项目经费结余未清理'], ['2.4', '办公用房面积超标']);
    const after = plan(['2.3', '办公用房面积超标']);
    const match = matchProblems(before, after);
    expect(match.pairs.map((p) => [p.before.problem.id, p.after.problem.id, p.by])).toEqual([['2.4', '2.3', 'title']]);
    expect(ids(match.dropped)).toEqual(['2.3']);
  });

  it('keeps an id pair with reworded titles when neither title matches anything better', () => {
    const match = matchProblems(plan(['1.1', '“三重一大”事项集体决策制度执行不严格']), plan(['1.1', '关于重大事项决策程序的整改']));
    expect(match.pairs.map((p) => [p.before.problem.id, p.by])).toEqual([['1.1', 'id']]);
  });

  it('walks sub-items as problems of their own', () => {
    const before = plan(['1', '档案管理不规范']);
    before.aspects![0].problems![0].items = [{ id: '1.1', title: '审批档案缺失' }];
    const after = plan(['1', '档案管理不规范']);
    expect(ids(matchProblems(before, after).dropped)).toEqual(['1.1']);
  });

  it('title similarity ignores punctuation and spaces', () => {
    expect(titleSimilarity('“三会一课”制度落实不严格', '三会一课制度落实不严格')).toBe(1);
    expect(titleSimilarity('', '问题')).toBe(0);
  });
});
