/**
 * A 通报 that groups its problems by where they stand instead of by aspect (一、已完成整改的问题（3个） /
 * 二、正在推进的事项): each numbered line under such a heading is a problem with that status, unless it states its own.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { groupStatus } from '../../src/import/status-words.js';
import { problems } from './helpers.js';

const report = [
  '中共松林街道工作委员会关于巡察整改情况的通报',
  '',
  '一、已完成整改的问题（2个）',
  '1.社区议事协商流于形式。已制定议事规则，每月召开议事会。',
  '2.物业服务监管缺位。已建立物业企业红黑榜。',
  '二、正在推进的事项（2个）',
  '1.老旧楼道照明改造滞后。已完成改造18栋，计划2025年5月底前全部完成。',
  '2.停车位供需矛盾突出。新增临时停车位120个，该问题已基本完成整改。',
].join('\n');

describe('problems grouped by status', () => {
  const { plan, spans } = importReport(report);

  it('gives each problem its group’s status, or its own where it states one', () => {
    expect(problems(plan).map((problem) => [problem.id, problem.title, problem.status, problem.deadline])).toEqual([
      ['1.1', '社区议事协商流于形式', 'done', undefined],
      ['1.2', '物业服务监管缺位', 'done', undefined],
      ['2.1', '老旧楼道照明改造滞后', 'in-progress', '2025-05-31'],
      ['2.2', '停车位供需矛盾突出', 'basically-done', undefined],
    ]);
    const status = spans.get(['aspects', 0, 'problems', 1, 'status'])!;
    expect(report.slice(status.start, status.end)).toBe('已完成整改');
    expect(report.slice(0, status.start).split('\n').length).toBe(3);
  });

  it('reads a status heading only where it names problems', () => {
    const said = (title: string) => groupStatus(title, 0, title.length)?.status;
    expect(said('正在推进的事项')).toBe('in-progress');
    expect(said('需长期坚持的问题')).toBe('ongoing');
    expect(said('已完成整改情况')).toBeUndefined();
    expect(said('整改落实情况')).toBeUndefined();
  });
});
