import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importAndLint } from './helpers.js';

/** Pieces reports are made of, shuffled into texts no report would contain. */
const FRAGMENTS = [
  '一、', '（一）', '(二)', '1.', '2、', '（1）', '(2)', '①', '②', '一是', '二是', '三是', '原因分析：', '整改措施:', '整改情况：', '整改状态：已完成',
  '责任领导：', '整改时限：', '5月末之前', '2022年2月18日', '4月29日', '立行立改', '长期坚持', '每季度至少召开一次', '每年至少两次', '会议', '召开', '2次、',
  '针对', '问题', '方面', '反馈的', '3个方面、', '9项问题', '完成率76%', '已完成19项', '等', '。', '，', '\n', '\r\n', ' ', '**', '# ', '- ', '欢迎广大干部群众', '联系电话：',
  '巡察组', '第一', '任组长', '党组书记', '《', '》', '“', '”', '(略)', '\u3000', '１２', '０',
];

describe('the importer never crashes', () => {
  it('on shuffled report fragments: every diagnostic lies inside the text, and no rule crashes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }), fc.boolean(), (pieces, markdown) => {
        const text = pieces.join('');
        const { result } = importAndLint(text, { markdown });
        expect(result.internalError).toBe(false);
        for (const d of result.diagnostics) {
          expect(d.range.start.offset).toBeGreaterThanOrEqual(0);
          expect(d.range.end.offset).toBeLessThanOrEqual(text.length);
          expect(d.range.start.offset).toBeLessThanOrEqual(d.range.end.offset);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(importAndLint(text).result.internalError).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
