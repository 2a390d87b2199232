/**
 * A 整改情况 label that tells what was done and ends by planning the rest (…剩余部分预计2025年3月底前全部完成) states no
 * status word, yet says the problem is open and when it is due, as the same words in unlabelled prose do. And
 * 正在持续推进中 is in progress, not unread.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { problems } from './helpers.js';

const report = [
  '中共石门街道工作委员会关于区委巡察反馈意见整改进展情况的通报',
  '',
  '一、社区治理方面',
  '关于“物业矛盾纠纷调处不及时”问题',
  '整改情况：成立物业纠纷联合调处室，受理投诉58件，办结51件，其余7件力争2025年2月底前办结。',
  '关于“社区工作者培训覆盖面窄”问题',
  '整改情况：分三批组织全员轮训，已培训96人。目前正在持续推进中。',
  '关于“网格员考核流于形式”问题',
  '整改情况：修订网格员考核细则，实行月度积分排名。该问题已整改到位。',
].join('\n');

describe('a progress label that plans the finish of the rest', () => {
  const { plan, spans } = importReport(report);

  it('reads the planned finish as in progress with that deadline, and the other statuses as stated', () => {
    expect(problems(plan).map((problem) => [problem.title, problem.status, problem.deadline])).toEqual([
      ['物业矛盾纠纷调处不及时', 'in-progress', '2025-02-28'],
      ['社区工作者培训覆盖面窄', 'in-progress', undefined],
      ['网格员考核流于形式', 'done', undefined],
    ]);
    const deadline = spans.get(['aspects', 0, 'problems', 0, 'deadlineText'])!;
    expect(report.slice(deadline.start, deadline.end)).toBe('2025年2月底前');
    expect(report.slice(0, deadline.start).split('\n').length).toBe(5);
  });

  it('keeps what was done as the measures', () => {
    expect(problems(plan)[0].measures?.map((measure) => measure.text)).toEqual(['成立物业纠纷联合调处室，受理投诉58件，办结51件，其余7件力争2025年2月底前办结']);
  });
});
