/**
 * A problem's account whose last sentence states the status and goes on about something else: the status is read
 * where it stands, whatever follows it in the sentence (…已完成，常态化检查将持续开展), whatever names the work
 * before it (该项整改任务已完成, 这项工作我们将长期坚持), and when a time of finishing stands inside it
 * (该问题已于8月完成整改).
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { closingStatus } from '../../src/import/status-words.js';
import { problems } from './helpers.js';

const report = [
  '县住房公积金管理中心党组关于巡察整改情况的报告',
  '',
  '一、业务管理方面',
  '（一）关于贷款审批把关不严的问题',
  '重新核查近两年发放的个人贷款1260笔。截至9月底，该项整改任务已完成，核查中发现的3笔问题贷款均已追回。',
  '（二）关于归集扩面推进缓慢的问题',
  '走访非公企业140家，新增缴存职工2300人。这项工作我们将长期坚持，列入年度目标考核。',
  '二、作风建设方面',
  '（一）关于窗口服务态度生硬的问题',
  '开展窗口服务礼仪培训两期。该问题已于8月完成整改，服务评价满意率升至98%。',
  '（二）关于办事指南更新滞后的问题',
  '逐项修订办事指南31份。目前该问题整改已完成，常态化检查将持续开展。',
].join('\n');

describe('a status stated inside the last sentence of an account', () => {
  const { plan, spans } = importReport(report);

  it('reads each problem’s status wherever the sentence goes on', () => {
    expect(problems(plan).map((problem) => [problem.id, problem.title, problem.status])).toEqual([
      ['1.1', '贷款审批把关不严', 'done'],
      ['1.2', '归集扩面推进缓慢', 'ongoing'],
      ['2.1', '窗口服务态度生硬', 'done'],
      // Done, and the checks go on: 已完成，常态化… is done and kept up.
      ['2.2', '办事指南更新滞后', 'done-ongoing'],
    ]);
    const text = spans.get(['aspects', 1, 'problems', 0, 'statusText'])!;
    expect(report.slice(text.start, text.end)).toBe('完成整改');
    expect(report.slice(0, text.start).split('\n').length).toBe(10);
  });

  it('keeps the finishing time a lead-in only where it is past (已于), and still reads 并长期坚持 as one status', () => {
    const said = (sentence: string) => closingStatus(sentence, 0, sentence.length)?.status;
    expect(said('该问题已于2024年11月底全部完成整改。')).toBe('done');
    expect(said('该问题计划于2025年3月底前完成整改。')).toBeUndefined();
    expect(said('已完成整改，并将长期坚持。')).toBe('done-ongoing');
    expect(said('该问题已完成，长期坚持。')).toBe('done-ongoing');
  });
});
