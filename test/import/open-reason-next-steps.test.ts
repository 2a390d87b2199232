/**
 * An open problem's own words on why it stays open (未完成原因：/ 存在困难：) and what comes next (下一步措施：) are
 * its openReason and next steps, with the date those name as its next milestone; they are not measures.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { problems } from './helpers.js';

const report = [
  '县文物局党组关于巡察整改进展情况的报告',
  '',
  '一、文物保护方面',
  '（一）关于不可移动文物保护标志设置不全的问题',
  '整改措施：对全县138处文物点逐一补设保护标志。',
  '整改状态：持续推进',
  '未完成原因：部分文物点权属争议属历史遗留问题。',
  '下步打算：2025年9月底前完成剩余12处标志设置。',
].join('\n');

describe('why an open problem stays open, and what comes next', () => {
  const { plan, spans } = importReport(report);
  const [only] = problems(plan) as (ReturnType<typeof problems>[number] & { 'x-next-steps'?: string })[];

  it('reads them as the problem’s openReason, next steps and next milestone, not as measures', () => {
    expect(only.measures?.map((m) => m.text)).toEqual(['对全县138处文物点逐一补设保护标志']);
    expect(only.openReason).toBe('部分文物点权属争议属历史遗留问题');
    expect(only['x-next-steps']).toBe('2025年9月底前完成剩余12处标志设置');
    expect(only.nextMilestone).toBe('2025-09-30');
    const milestone = spans.get(['aspects', 0, 'problems', 0, 'nextMilestone'])!;
    expect(report.slice(milestone.start, milestone.end)).toBe('2025年9月底前');
  });
});
