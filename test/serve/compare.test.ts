import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { compareVersions } from '../../src/serve/compare/compare-versions.js';
import type { Plan } from '../../src/types/plan.js';
import { planText, unitPlan } from './fixtures.js';

const check = (plan: Plan) => lintText(planText(plan), { filePath: 'plan.json', asOf: '2023-11-30', today: '2024-01-15' });

describe('compareVersions', () => {
  it('a version compared with itself: every finding remains, nothing else changed', async () => {
    const result = await check(unitPlan('甲局'));
    const same = compareVersions(result, result, 'zh-CN');
    expect(same.remaining).toHaveLength(result.diagnostics.length);
    expect([same.fixed, same.added, same.problemsAdded, same.problemsDropped, same.deadlinesMoved, same.statusesChanged]).toEqual([[], [], [], [], [], []]);
  });

  it('a problem renumbered keeps its findings (matched by title), and one removed takes its findings with it', async () => {
    const before = unitPlan('甲局');
    const after = unitPlan('甲局');
    // 2.1 becomes 3.1 in a new aspect; 1.2 is dropped.
    after.aspects.push({ id: '3', title: '另起一章', problems: [{ ...after.aspects[1].problems[0], id: '3.1' }] });
    after.aspects[1].problems = [];
    after.aspects[0].problems.splice(1, 1);
    const [a, b] = [await check(before), await check(after)];
    const comparison = compareVersions(a, b, 'zh-CN');
    expect(comparison.remaining.filter((d) => d.ruleId === 'require-cause-analysis').map((d) => d.problemId)).toEqual(['3.1']);
    expect(comparison.fixed.map((d) => d.problemId)).toEqual(a.diagnostics.filter((d) => d.problemId === '1.2').map(() => '1.2'));
    expect(comparison.problemsDropped).toEqual([{ id: '1.2', title: '警示教育开展不经常' }]);
    expect(comparison.problemsAdded).toEqual([]);
  });

  it('counts repeated findings: a second copy of a finding is new', async () => {
    const before = unitPlan('甲局');
    const after = unitPlan('甲局');
    after.aspects[1].problems.push({ ...after.aspects[1].problems[0], id: '2.1' });
    const comparison = compareVersions(await check(before), await check(after), 'zh-CN');
    expect(comparison.added.filter((d) => d.ruleId === 'require-cause-analysis')).toHaveLength(1);
    expect(comparison.remaining.filter((d) => d.ruleId === 'require-cause-analysis')).toHaveLength(1);
  });

  it('an extension moves a deadline; statuses are named in the page\'s language', async () => {
    const before = unitPlan('甲局');
    const after = unitPlan('甲局');
    after.aspects[1].problems[0].extension = { deadline: '2024-03-31', reason: '项目审计未结束', approvedBy: '县委巡察办' };
    after.aspects[1].problems[0].status = 'postponed';
    const comparison = compareVersions(await check(before), await check(after), 'en');
    expect(comparison.deadlinesMoved).toEqual([{ id: '2.1', title: '部分项目未按规定公开招标', from: '2023-12-31', to: '2023-12-31 → 2024-03-31' }]);
    expect(comparison.statusesChanged).toEqual([{ id: '2.1', title: '部分项目未按规定公开招标', from: 'in progress', to: 'postponed' }]);
  });
});
