import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { at, positionOf, ruleDiagnostics } from '../helpers.js';
import { importAndLint, problems, SEEDS } from './helpers.js';

const reportA = readFileSync(join(SEEDS, 'report-a.txt'), 'utf8');
const reportB = readFileSync(join(SEEDS, 'report-b.txt'), 'utf8');

describe('seed report-b (a progress report numbered 一、/(一)/1./(1))', () => {
  const { plan } = importReport(reportB);

  it('yields 4 aspects and the 28 problems it declares: 25 under (一)(二)(三), 3 under (四)', () => {
    expect(plan.aspects.map((a) => [a.id, a.problems.length])).toEqual([
      ['1', 7],
      ['2', 10],
      ['3', 8],
      ['4', 3],
    ]);
    expect(plan.declared).toMatchObject({ problems: 28 });
    expect(problems(plan)).toHaveLength(28);
    expect(plan.aspects[3]).toMatchObject({ title: '七届区委巡察长期整改问题' });
    expect(plan.aspects[3].problems.map((p) => [p.id, p.title])).toEqual([
      ['4.1', '开发区公交线路整合'],
      ['4.2', '两区出租车市场整合'],
      ['4.3', '出租国有资产整改'],
    ]);
  });

  it('numbers problems through their 1. level and splits 一是…七是 into measures', () => {
    const [first, second] = plan.aspects[0].problems;
    expect([first.id, first.title, first.measures?.length]).toEqual(['1.1.1', '综合交通运输体系建设牵头组织作用缺位', 3]);
    expect([second.id, second.measures?.length]).toEqual(['1.1.2', 7]);
  });

  it('states its commitments: 每半年…, 每季度…, 每年至少两次…', () => {
    const stated = plan.commitments?.map((c) => [c.text, c.frequency]);
    expect(stated).toEqual(
      expect.arrayContaining([
        ['每半年召开一次党风廉政工作会议', { count: 1, per: 'half-year' }],
        ['每半年召开一次全面从严治党专题会议', { count: 1, per: 'half-year' }],
        ['每季度至少召开一次安全生产工作分析会', { count: 1, per: 'quarter', bound: 'at-least' }],
        ['每季度完成意识形态工作报告', { count: 1, per: 'quarter' }],
        ['每年至少召开两次党风廉政工作会议', { count: 2, per: 'year', bound: 'at-least' }],
        ['每年至少开展2次以上廉政谈话活动', { count: 2, per: 'year', bound: 'at-least' }],
        ['每年至少召开两次专题议党会', { count: 2, per: 'year', bound: 'at-least' }],
      ]),
    );
    expect(plan.commitments).toHaveLength(10);
  });

  it('logs its 2022年1月份以来 meeting counts', () => {
    expect(plan.meetings).toEqual([
      { date: '2022-01-01', kind: '巡察整改专题会', count: 2, 'x-dateText': '2022年1月份以来' },
      { date: '2022-01-01', kind: '党组会议', count: 2, 'x-dateText': '2022年1月份以来' },
      { date: '2022-01-01', kind: '局长办公会议', count: 2, 'x-dateText': '2022年1月份以来' },
    ]);
  });

  it('treats 组织推进情况 and 下一步工作计划 as sections, not problems, and leaves nothing unplaced', () => {
    expect(plan['x-sections']?.map((s) => s.kind)).toEqual(['organization', 'problems', 'next-steps']);
    expect(plan['x-unrecognized']).toBeUndefined();
    expect(plan.organization?.leadingGroup?.leader).toEqual({ name: '刘德林', post: '党组书记' });
    expect(plan.inspection).toMatchObject({ team: '区委第四巡察组', inspectedUnit: '交通运输局党组' });
    expect(plan.report.contacts?.map((c) => c.kind)).toEqual(['address', 'postcode', 'phone', 'email']);
  });

  it('resolves the year-less deadlines it gives (5月末之前) from context', () => {
    const problem = problems(plan).find((p) => p.id === '3.1.2')!;
    expect(problem.measures?.[1]).toMatchObject({ deadline: '2022-05-31', deadlineText: '5月末之前' });
  });

  it('matches its declared 28, so declared-count is silent; diagnostics sit on the report lines', () => {
    const { result } = importAndLint(reportB, { asOf: '2022-06-30' });
    expect(ruleDiagnostics(result, 'declared-count')).toEqual([]);
    const [missingCause] = ruleDiagnostics(result, 'require-cause-analysis');
    expect([missingCause.problemId, at(missingCause)]).toEqual(['1.1.1', positionOf(reportB, '在综合交通运输体系建设')]);
  });
});

describe('seed report-a (partly elided with (略))', () => {
  const { plan } = importReport(reportA);

  it('yields the 2 aspects and 4 problems under its 二、, none from 一、 or 三、', () => {
    expect(plan.aspects.map((a) => [a.id, a.title])).toEqual([
      ['1', '工作重视不够,贯彻落实上级决策部署存在差距'],
      ['2', '主体职能履行不到位,服务意识有待加强'],
    ]);
    expect(problems(plan).map((p) => p.id)).toEqual(['1.1', '2.1', '2.3', '2.2']);
    expect(plan['x-sections']?.map((s) => s.kind)).toEqual(['organization', 'problems', 'next-steps']);
  });

  it('gives each problem its 原因分析, measures and status 已完成并长期坚持', () => {
    for (const problem of problems(plan)) {
      expect(problem.causes?.length, problem.id).toBeGreaterThan(0);
      expect(problem.measures?.length, problem.id).toBeGreaterThan(0);
      expect([problem.status, problem.statusText], problem.id).toEqual(['done-ongoing', '已完成并长期坚持']);
    }
    expect(problems(plan).map((p) => p.measures?.length)).toEqual([3, 1, 1, 3]);
    expect(problems(plan)[1].causes).toEqual(['部门制度意识不强', '行政审批服务工作机制不完善']);
  });

  it('reads the inspection facts and the 4月29日 meeting from the opening', () => {
    expect(plan.inspection).toMatchObject({ team: '区委第一专项巡察组', mode: '专项', inspectedUnit: '区交通运输局党组', feedbackDate: '2022-02-18' });
    expect(plan.organization?.leadingGroup?.leader).toEqual({ post: '党组书记、局长' });
    expect(plan.meetings).toEqual([{ date: '2022-04-29', kind: '行政审批服务领域专项巡察整改专题民主生活会' }]);
    expect(plan.report.kind).toBe('final-report');
  });

  it('declared-count reports that 3 aspects and 9 problems were declared, on the words that declare them', () => {
    const { result } = importAndLint(reportA, { asOf: '2022-06-30' });
    const found = ruleDiagnostics(result, 'declared-count');
    expect(found.map((d) => [d.severity, d.message, d.path, at(d)])).toEqual([
      ['error', '报告申报 3 个方面，实际列出 2 个', ['declared', 'aspects'], positionOf(reportA, '3个方面')],
      ['error', '报告申报 9 项问题，实际列出 4 项', ['declared', 'problems'], positionOf(reportA, '9项问题')],
    ]);
  });
});
