/**
 * A plan's own sections around its tasks (一、工作目标 / 二、基本原则 … 四、工作要求) are no problems, even when their
 * prose holds words that look like a status (问题不解决不放过、整改不到位不放过 is a resolve, not 整改不到位).
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { closingStatus } from '../../src/import/status-words.js';
import { problems } from './helpers.js';

const plan = [
  '县供销合作社党组关于县委巡察反馈意见的整改方案',
  '',
  '一、工作目标',
  '坚持问题不解决不放过、整改不到位不放过，确保2025年6月底前全面完成整改。',
  '二、基本原则',
  '坚持实事求是、分类施策。',
  '三、整改任务',
  '（一）关于社有资产监管不严的问题',
  '整改措施：对社有资产开展全面清查。',
  '责任领导：副主任 阎松',
  '完成时限：2025年3月底前',
  '（二）关于基层社经营困难的问题',
  '整改措施：引导基层社发展农资配送业务。',
  '责任领导：主任 殷实',
  '完成时限：2025年6月底前',
  '四、工作要求',
  '各责任单位要按月报送整改进展。',
].join('\n');

describe('a plan’s own sections', () => {
  const { plan: imported } = importReport(plan);

  it('reads only the tasks as problems', () => {
    expect(problems(imported).map((problem) => [problem.title, problem.status, problem.responsibleLeader])).toEqual([
      ['社有资产监管不严', undefined, '副主任 阎松'],
      ['基层社经营困难', undefined, '主任 殷实'],
    ]);
  });

  it('reads no status in a resolve', () => {
    const sentence = '整改不到位不放过。';
    expect(closingStatus(sentence, 0, sentence.length)).toBeUndefined();
    const open = '该问题整改不到位。';
    expect(closingStatus(open, 0, open.length)?.status).toBe('not-done');
  });
});
