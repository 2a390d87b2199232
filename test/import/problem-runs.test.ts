/**
 * An aspect's problems told in one paragraph, a sentence run each opening with 针对…问题, are separate problems; an
 * account told in one sentence ends with its status clause, the clauses before it being what was done.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { problems } from './helpers.js';

const report = [
  '中共青石街道工作委员会关于巡察整改情况的通报',
  '',
  '一、关于社区治理方面',
  '针对网格员“一人多岗”职责不清的问题，重新划分网格42个，制定网格员职责清单，已完成整改。针对物业纠纷调处不及时的问题，成立物业纠纷调解室，调处纠纷37件，正在推进。',
  '二、关于作风建设方面',
  '针对窗口服务“脸难看”的问题，开展服务礼仪培训2期，已整改到位。',
].join('\n');

describe('problems run together in one paragraph', () => {
  const { plan, spans } = importReport(report);

  it('each 针对…问题 sentence run is a problem of its own, quoted phrases inside a title kept', () => {
    expect(plan.aspects.map((aspect) => [aspect.title, aspect.problems.map((problem) => problem.title)])).toEqual([
      ['关于社区治理方面', ['网格员“一人多岗”职责不清', '物业纠纷调处不及时']],
      ['关于作风建设方面', ['窗口服务“脸难看”']],
    ]);
    const second = spans.get(['aspects', 0, 'problems', 1, 'title'])!;
    expect(report.slice(second.start, second.end)).toBe('物业纠纷调处不及时');
  });

  it('a one-sentence account: the clauses before the status are the measure, the status clause the progress', () => {
    const [first, second, third] = problems(plan);
    expect([first.measures?.map((m) => m.text), first.status, first.progress]).toEqual([['重新划分网格42个，制定网格员职责清单'], 'done', '已完成整改']);
    expect([second.measures?.map((m) => m.text), second.status]).toEqual([['成立物业纠纷调解室，调处纠纷37件'], 'in-progress']);
    expect([third.measures?.map((m) => m.text), third.status]).toEqual([['开展服务礼仪培训2期'], 'done']);
  });

  it('针对该问题 later in a paragraph starts no problem', () => {
    const text = '某局党组关于巡察整改情况的通报\n\n一、关于党建方面\n针对支部活动单一的问题，开展主题党日6次。针对该问题，还建立了活动清单，已完成整改。\n';
    expect(problems(importReport(text).plan).map((problem) => problem.title)).toEqual(['支部活动单一']);
  });
});
