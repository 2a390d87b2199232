/**
 * Layouts clerks use beyond the corpus, each in a report of its own (test/import/reports/): what the importer
 * must take for aspects and problems, and what it must read from each problem.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReport, type ImportedPlan } from '../../src/import/import-report.js';
import type { Problem } from '../../src/types/plan.js';
import { importAndLint, problems } from './helpers.js';

const REPORTS = join(import.meta.dirname, 'reports');
const read = (name: string) => readFileSync(join(REPORTS, name), 'utf8');
const imported = (name: string) => importReport(read(name), { markdown: name.endsWith('.md') }).plan;

/** Aspects as [id, title, [problem id, title]…]. */
function outline(plan: ImportedPlan) {
  return plan.aspects.map((aspect) => [aspect.id, aspect.title, aspect.problems.map((problem) => [problem.id, problem.title])]);
}

/** What each problem says: causes, measures, leader, department, deadline, status, whether it has evidence. */
function fields(problem: Problem) {
  const evidence = (problem.evidence?.length ?? 0) + (problem.measures ?? []).reduce((n, measure) => n + (measure.evidence?.length ?? 0), 0);
  return [problem.causes?.length ?? 0, problem.measures?.length ?? 0, problem.responsibleLeader ?? null, problem.responsibleDepartment ?? null, problem.deadline ?? null, problem.status ?? null, evidence > 0];
}

describe('layouts', () => {
  it('第一部分/第二部分 wrap 一、 aspects with （一） problems numbered anew in each aspect', () => {
    const plan = imported('parts-and-aspects.txt');
    expect(outline(plan)).toEqual([
      ['1', '落实意识形态工作责任制方面', [['1.1', '文化市场执法检查频次不足'], ['1.2', '网络文化阵地管理存在漏洞']]],
      ['2', '履行全面从严治党责任方面', [['2.1', '公务接待超标准'], ['2.2', '政府采购程序不规范'], ['2.3', '干部因私出国（境）证照管理不严']]],
    ]);
    expect(problems(plan).map(fields)).toEqual([
      [1, 2, '副局长 唐敏', '文化市场综合执法支队', '2023-10-31', 'done', true],
      [1, 2, '副局长 唐敏', '宣传科', '2023-09-30', 'done', true],
      [1, 2, '党组书记、局长 梁晓峰', '办公室', '立行立改', 'done', true],
      [1, 2, '副局长 吴岚', '财务科', '2023-12-31', 'in-progress', false],
      [1, 2, '副局长 吴岚', '人事科', '2023-08-31', 'done', false],
    ]);
    expect(plan['x-sections']?.map((section) => [section.title, section.kind])).toEqual([
      ['整改工作总体情况', 'organization'],
      ['反馈问题整改情况', 'problems'],
      ['下一步工作打算', 'next-steps'],
    ]);
    expect(plan.declared).toMatchObject({ aspects: 2, problems: 5, measures: 12, completed: 4, inProgress: 1 });
  });

  it('问题一 … 问题四 headings numbered through the aspects, labels in 【】 without colons, a plan without statuses', () => {
    const plan = imported('numbered-problems-bracket-labels.txt');
    expect(outline(plan)).toEqual([
      ['1', '基层党组织建设方面', [['1.1', '党员发展程序不严格'], ['1.2', '“三会一课”记录不规范']]],
      ['2', '森林资源管护方面', [['2.3', '护林员考核流于形式'], ['2.4', '林木采伐审批把关不严']]],
    ]);
    expect(problems(plan).map(fields)).toEqual([
      [1, 2, '机关党委书记 方平', '机关党委', '2024-08-31', null, false],
      [1, 2, '机关党委书记 方平', '各党支部', '长期坚持', null, false],
      [1, 2, '副局长 邱云', '资源管理股', '2024-09-30', null, false],
      [1, 2, '副局长 邱云', '行政审批股', '2024-10-31', null, false],
    ]);
    expect(plan.report.kind).toBe('plan');
    expect(plan.inspection).toMatchObject({ inspectedUnit: '区林业局党组', feedbackDate: '2024-05-13' });
  });

  it('★ bullets for problems whose labels run on after the title, or stand a line each', () => {
    const plan = imported('star-bullets-inline-labels.txt');
    expect(outline(plan)).toEqual([
      ['1', '财务管理方面', [['1.1', '药品采购未执行集中采购'], ['1.2', '医疗收费存在分解收费']]],
      ['2', '医疗服务方面', [['2.1', '家庭医生签约服务走过场'], ['2.2', '慢病随访记录不实']]],
    ]);
    expect(problems(plan).map((problem) => [problem.causes, problem.measures?.length, problem.status])).toEqual([
      [['院领导对集中采购规定不熟悉'], 2, 'done'],
      [['收费人员培训不到位'], 2, 'done'],
      [['考核只看签约数量'], 1, 'in-progress'],
      [['随访人员不足'], 2, 'done'],
    ]);
  });

  it('1. aspects over (1) problems told in prose, with their evidence, statuses and the deadline the prose names', () => {
    const plan = imported('arabic-aspects-prose-problems.txt');
    expect(outline(plan)).toEqual([
      ['1', '执行中央八项规定精神方面', [['1.1', '公车使用登记不全,存在私车公养苗头'], ['1.2', '差旅费报销审核不严']]],
      ['2', '社保基金监管方面', [['2.1', '养老保险待遇资格认证不及时,存在冒领隐患'], ['2.2', '失业保险金发放审核流于形式']]],
    ]);
    expect(problems(plan).map(fields)).toEqual([
      [0, 1, null, null, null, 'done', true],
      [0, 1, null, null, null, 'done', true],
      [0, 3, null, null, '2023-03-31', 'in-progress', false],
      [0, 2, null, null, null, 'done-ongoing', false],
    ]);
  });

  it('problems that list their measures one a line, with no label and no status', () => {
    const plan = imported('listed-measures-no-labels.txt');
    expect(outline(plan)).toEqual([
      ['1', '教育经费管理方面', [['1.1', '学校食堂财务管理不规范'], ['1.2', '校服征订存在违规收费']]],
      ['2', '师资队伍建设方面', [['2.1', '教师培训经费使用效率不高']]],
    ]);
    expect(problems(plan)[0].measures?.map((measure) => measure.text)).toEqual(['对全区中小学食堂账目开展专项审计', '统一食堂采购验收流程', '建立食堂经费月报制度']);
    // The organising section's (一)(二), one with an 一是 list, are not problems.
    expect(plan['x-sections']?.[0]).toMatchObject({ title: '整改工作推进情况', kind: 'organization' });
    expect(plan['x-layout']).toMatchObject({ aspects: ['paren-han'], problems: ['arabic'], certain: false });
  });

  it('problems without headings: each repeats the first label (存在问题：…), or a short title line precedes its labels', () => {
    const plan = imported('repeated-labels-title-lines.txt');
    expect(outline(plan)).toEqual([
      ['1', '党建工作方面', [['1.1', '支部主题党日活动形式单一'], ['1.2', '党员教育管理不严']]],
      ['2', '资产管理方面', [['2.1', '公物仓管理混乱'], ['2.2', '办公用房超标准配置']]],
    ]);
    expect(problems(plan).map((problem) => [problem.causes?.length, problem.measures?.length, problem.deadline])).toEqual([
      [1, 1, '2023-06-30'],
      [1, 1, '2023-09-30'],
      [1, 1, '2023-07-31'],
      [1, 1, '2023-08-31'],
    ]);
  });

  it('Markdown: 问题1： as level-3 headings and labels in a bulleted list with bold names', () => {
    const plan = imported('markdown-problem-headings.md');
    expect(outline(plan)).toEqual([[undefined, '问题整改情况', [['1', '纳税服务热线接通率低'], ['2', '个别干部违规兼职取酬']]]]);
    expect(problems(plan).map(fields)).toEqual([
      [1, 2, '副局长 贾宁', null, '2023-05-31', 'done', false],
      [1, 2, '党委书记、局长 罗斌', null, '立行立改', 'done', false],
    ]);
    expect(plan.organization?.leadingGroup?.leader).toEqual({ name: '罗斌', post: '党委书记、局长' });
  });

  it('a summary notice: totals, no list, the statuses counting the 整改任务 they add up to', () => {
    const { imported: result } = importAndLint(read('summary-notice.txt'), { asOf: '2022-01-10' });
    const plan = result.plan;
    expect(plan.aspects).toEqual([]);
    expect(plan.report.kind).toBe('notice');
    expect(plan.declared).toMatchObject({ aspects: 4, problems: 21, tasks: 63, completed: 58, inProgress: 5, completionRate: '92.06%', statusOf: 'tasks' });
    const { result: lint } = importAndLint(read('summary-notice.txt'), { asOf: '2022-01-10' });
    expect(lint.diagnostics.filter((d) => d.ruleId === 'declared-arithmetic' || d.ruleId === 'declared-count')).toEqual([]);
  });
});
