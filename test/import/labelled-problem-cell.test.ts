/**
 * A ledger whose header joins two fields (问题及整改措施) and whose cells tell both under labels (问题：… / 措施：…):
 * the table is a ledger, the problem is the 问题 label's words and the measures are read from the same cell.
 */
import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/import/lexicon.js';
import { checkFile, problemsOf, wordDocument } from './ledger-helpers.js';

describe('a problem cell with its measures under labels', () => {
  it('reads the joined header as the problem column and the labels in its cells', async () => {
    const bytes = await wordDocument('县水利局巡察整改台账', [
      ['序号', '存在问题及整改措施', '责任领导', '完成时限', '完成情况'],
      ['1', ['存在问题：小型水库管护经费不到位。', '整改措施：', '1.将管护经费列入年度预算；', '2.聘用专职管护员12名。'], '副局长 闵江', '2025年3月31日', '正在推进'],
      ['2', ['存在问题：河长巡河记录造假。', '整改措施：推行巡河轨迹定位。'], '局长 邱川', '2024年11月30日', '已完成'],
    ]);
    const { imported } = await checkFile(bytes, 'taizhang.docx', '2024-12-10');
    expect(problemsOf(imported).map((p) => [p.id, p.title, p.measures?.map((m) => m.text), p.responsibleLeader, p.status])).toEqual([
      ['1', '小型水库管护经费不到位', ['将管护经费列入年度预算', '聘用专职管护员12名'], '副局长 闵江', 'in-progress'],
      ['2', '河长巡河记录造假', ['推行巡河轨迹定位'], '局长 邱川', 'done'],
    ]);
  });

  it('names a joined header by its first field only where both halves name fields', () => {
    const lexicon = Lexicon.of();
    expect(lexicon.fieldOfHeader('问题及整改措施')).toBe('feedback');
    expect(lexicon.fieldOfHeader('整改措施和完成情况')).toBe('measures');
    expect(lexicon.fieldOfHeader('问题及其他')).toBeUndefined();
  });
});
