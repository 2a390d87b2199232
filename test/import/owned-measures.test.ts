/**
 * A plan that names, after each measure, who carries it out and by when, in a bracketed aside:
 * the numbered lines under 整改措施： are the problem's measures with their owners and deadlines, not sub-problems
 * without measures (which failed every one of them on require-measures).
 */
import { describe, expect, it } from 'vitest';
import { importAndLint, problems } from './helpers.js';

const plan = [
  '县城乡建设局党组关于县委巡察反馈意见的整改方案',
  '',
  '一、工程质量监管方面',
  '（一）关于质量巡查覆盖不全的问题',
  '整改措施：',
  '1.制定在建工程质量巡查年度计划，实现在建项目全覆盖。（责任领导：副局长 鲁川；责任股室：质量安全股；完成时限：2025年4月30日）',
  '2.聘请第三方机构对保障房项目开展质量检测。（责任领导：副局长 鲁川；责任股室：住房保障股；完成时限：2025年7月底前）',
  '（二）关于竣工验收把关不严的问题',
  '整改措施：',
  '1.修订竣工验收备案工作规程。（责任领导：局长 蒙毅；责任股室：建管股；完成时限：长期坚持）',
].join('\n');

describe('measures each with an owner aside', () => {
  const { imported, result } = importAndLint(plan, { asOf: '2025-01-10' });
  const [first, second] = problems(imported.plan);

  it('reads the numbered lines as measures with owner and deadline', () => {
    expect(first.items).toBeUndefined();
    expect(first.measures).toEqual([
      { id: '1.1.1', text: '制定在建工程质量巡查年度计划，实现在建项目全覆盖', owner: '副局长 鲁川；质量安全股', deadline: '2025-04-30', deadlineText: '2025年4月30日' },
      { id: '1.1.2', text: '聘请第三方机构对保障房项目开展质量检测', owner: '副局长 鲁川；住房保障股', deadline: '2025-07-31', deadlineText: '2025年7月底前' },
    ]);
    expect(second.measures?.map((measure) => [measure.text, measure.deadline])).toEqual([['修订竣工验收备案工作规程', '长期坚持']]);
  });

  it('gives the problem the leaders and departments its measures name, and the last measure’s date', () => {
    expect([first.responsibleLeader, first.responsibleDepartment, first.deadline]).toEqual(['副局长 鲁川', '质量安全股；住房保障股', '2025-07-31']);
    expect([second.responsibleLeader, second.responsibleDepartment, second.deadline]).toEqual(['局长 蒙毅', '建管股', '长期坚持']);
    const place = imported.spans.get(['aspects', 0, 'problems', 0, 'deadline'])!;
    expect(plan.slice(place.start, place.end)).toBe('2025年7月底前');
  });

  it('finds no problem without measures, leader or deadline', () => {
    const rules = new Set(result.diagnostics.map((d) => d.ruleId));
    for (const rule of ['require-measures', 'require-responsible-leader', 'require-deadline']) expect(rules.has(rule)).toBe(false);
  });
});
