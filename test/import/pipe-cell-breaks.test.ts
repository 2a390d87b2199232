/**
 * A Markdown pipe table's cell holds one line, so a cell of several lines is written with <br> between them
 * (as converters from Word do): each line is a paragraph of the cell, so numbered measures stay apart and the tags
 * are no part of any value.
 */
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/import/import-report.js';
import { textDocument } from '../../src/read/text.js';
import { problems } from './helpers.js';

const table = [
  '# 县图书馆巡察整改清单',
  '',
  '| 序号 | 存在问题 | 整改措施 | 责任领导 | 完成时限 |',
  '|---|---|---|---|---|',
  '| 1 | 古籍保护措施不到位 | 1.更换古籍书库恒温设备；<br>2.建立古籍借阅审批制度<br/>3.开展古籍普查 | 副馆长 应秋 | 2025年6月30日 |',
  '| 2 | 读者意见回复不及时 | 开通线上留言专区 | 馆长 祁连 | 立行立改 |',
  '| 3 | 志愿者管理松散 | <br> | 馆长 祁连 | 2025年3月31日 |',
].join('\n');

describe('<br> inside a Markdown table cell', () => {
  const document = textDocument(table, 'markdown');

  it('makes each line of the cell a paragraph of it', () => {
    const block = document.blocks.find((b) => b.kind === 'table');
    expect(block?.kind).toBe('table');
    if (block?.kind !== 'table') return;
    const words = (cell: (typeof block.rows)[number][number]) => cell.paragraphs.map((p) => table.slice(p.span.start, p.span.end));
    expect(words(block.rows[1][2])).toEqual(['1.更换古籍书库恒温设备；', '2.建立古籍借阅审批制度', '3.开展古籍普查']);
    expect(words(block.rows[3][2]).join('')).toBe('');
  });

  it('reads the lines as measures, placed where each stands', () => {
    const { plan, spans } = importDocument(document);
    expect(problems(plan).map((problem) => problem.measures?.map((measure) => measure.text))).toEqual([
      ['更换古籍书库恒温设备', '建立古籍借阅审批制度', '开展古籍普查'],
      ['开通线上留言专区'],
      undefined,
    ]);
    const second = spans.get(['aspects', 0, 'problems', 0, 'measures', 1, 'text'])!;
    expect(table.slice(second.start, second.end)).toBe('建立古籍借阅审批制度');
  });
});
