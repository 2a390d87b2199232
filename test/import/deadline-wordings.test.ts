/**
 * Time limits written as a year (2026年内, 2026年度内: by the year's end) or as standing work with no date
 * (常态化推进, 建立长效机制: 长期坚持) are deadlines; 2026年度 naming a year's plan in a measure is none.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { problems } from './helpers.js';

const plan = [
  '县商务局党组巡察整改方案',
  '',
  '一、业务工作方面',
  '1.关于外资招引成效不明显的问题',
  '整改措施：制定2026年度招商引资工作计划。',
  '完成时限：2026年内',
  '2.关于商贸流通企业服务不到位的问题',
  '整改措施：建立重点企业联系制度。',
  '完成时限：常态化推进',
  '3.关于电商专项资金绩效偏低的问题',
  '整改措施：开展绩效评价。',
  '完成时限：2026年度内',
].join('\n');

describe('deadlines written as a year or as standing work', () => {
  const { plan: imported, spans } = importReport(plan);

  it('reads each as its deadline', () => {
    expect(problems(imported).map((problem) => [problem.deadlineText, problem.deadline])).toEqual([
      ['2026年内', '2026-12-31'],
      ['常态化推进', '长期坚持'],
      ['2026年度内', '2026-12-31'],
    ]);
    const place = spans.get(['aspects', 0, 'problems', 1, 'deadline'])!;
    expect(plan.slice(place.start, place.end)).toBe('常态化推进');
  });

  it('gives a measure naming a year’s plan no deadline', () => {
    expect(problems(imported)[0].measures?.[0]).toEqual({ id: '1.1.1', text: '制定2026年度招商引资工作计划' });
  });
});
