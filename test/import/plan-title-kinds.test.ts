/**
 * A plan sent out under a cover title (关于印发《…整改工作方案》的通知) or marked as a draft (…整改方案（试行）) is a
 * plan, as one titled …整改方案 is.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';

const reportOf = (title: string) =>
  importReport([title, '', '一、某方面', '（一）关于台账管理不规范的问题', '整改措施：建立台账。', '完成时限：2025年6月30日'].join('\n')).plan.report;
const kindOf = (title: string) => reportOf(title)?.kind;

describe('plan titles', () => {
  it('reads each as a plan', () => {
    expect(kindOf('中共某县水务局党组关于印发《县水务局巡察反馈问题整改工作方案》的通知')).toBe('plan');
    expect(kindOf('县水务局党组巡察反馈问题整改方案（试行）')).toBe('plan');
    expect(kindOf('县水务局党组巡察反馈问题整改方案')).toBe('plan');
    expect(kindOf('县水务局党组关于巡察整改进展情况的通报')).toBe('progress-report');
  });

  it('keeps such a line as the title', () => {
    expect(reportOf('县水务局党组巡察反馈问题整改方案（试行）')?.title).toBe('县水务局党组巡察反馈问题整改方案（试行）');
  });
});
