import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NearDuplicateIndex, normaliseText } from '../../rules/support/near-duplicates.js';

/** What normaliseText stands for: NFKC, lower case, no punctuation, symbols or spaces. */
const reference = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\p{Z}\s]+/gu, '');
const foldsLikeNfkc = (text: string) => text.normalize('NFKC') === text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

describe('near-duplicate search', () => {
  it('normalises text as NFKC-and-strip would, wherever NFKC does no more than fold full width', () => {
    expect(normaliseText('对2020年以来，政务服务中心“窗口”（随机抽查）；共核查４９１份。')).toBe('对2020年以来政务服务中心窗口随机抽查共核查491份');
    expect(normaliseText('Ａ 𐩐 b')).toBe('ab');
    fc.assert(fc.property(fc.string({ unit: 'grapheme-composite' }), (text) => !foldsLikeNfkc(text) || normaliseText(text) === reference(text)), { numRuns: 3000 });
  });

  it('finds a copy with its subject swapped, and not an unrelated measure', () => {
    const index = new NearDuplicateIndex<string>({ shingleSize: 3, threshold: 0.6 });
    expect(index.add('对2020年以来政务服务中心窗口的党费收缴台账随机抽查，共核查491份，发现问题14个，约谈相关责任人。', 'a', '1.1')).toBeUndefined();
    expect(index.add('对2018年以来执法大队的审批档案全面自查，明确局机关纪委审核职责和13个工作日办理时限。', 'b', '1.2')).toBeUndefined();
    const copy = index.add('对2020年以来执法大队窗口的党费收缴台账随机抽查，共核查491份，发现问题14个，约谈相关责任人。', 'c', '2.1');
    expect(copy?.payload).toBe('1.1');
    expect(copy!.similarity).toBeGreaterThan(0.6);
  });
});
