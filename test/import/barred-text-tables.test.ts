/**
 * A ledger typed into a text report with bars between cells and no Markdown rule (编号|存在问题|…, or full-width ｜):
 * read as a table, one problem a row, each value at its own line and column. Prose with one bar is no table.
 */
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/import-report.js';
import { textDocument } from '../../src/read/text.js';
import { problems } from './helpers.js';

const text = [
  '县体育局巡察整改清单',
  '编号｜存在问题｜整改措施｜牵头领导｜时间节点',
  '一、场馆管理方面',
  '1｜体育场馆免费开放时段不足｜延长免费开放时间｜副局长 邬桐｜2025年4月30日',
  '2｜健身器材维护不及时｜建立器材巡检制度｜副局长 邬桐｜长期坚持',
].join('\n');

describe('a table typed with bars', () => {
  it('reads its rows as problems under the aspect row', () => {
    const { plan, spans } = importDocument(textDocument(text, 'text'));
    expect(plan.aspects.map((aspect) => aspect.title)).toEqual(['场馆管理方面']);
    expect(problems(plan).map((problem) => [problem.title, problem.responsibleLeader, problem.deadline])).toEqual([
      ['体育场馆免费开放时段不足', '副局长 邬桐', '2025-04-30'],
      ['健身器材维护不及时', '副局长 邬桐', '长期坚持'],
    ]);
    const place = spans.get(['aspects', 0, 'problems', 1, 'deadline'])!;
    expect(text.slice(place.start, place.end)).toBe('长期坚持');
  });

  it('leaves prose with a bar alone', () => {
    const prose = '县委巡察组｜2024年反馈意见整改情况说明\n局党组召开会议研究整改。';
    expect(textDocument(prose, 'text').blocks.every((block) => block.kind === 'paragraph')).toBe(true);
  });
});
