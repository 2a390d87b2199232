import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANDS, NearDuplicateIndex, normaliseText } from '../../../rules/support/near-duplicates.js';

const options = { shingleSize: 3, threshold: 0.6 };

/** Exact Jaccard of 3-character shingles, computed the slow obvious way. */
function jaccard(a: string, b: string): number {
  const shingles = (t: string) => new Set(Array.from({ length: Math.max(1, t.length - 2) }, (_, i) => t.slice(i, i + 3)));
  const [x, y] = [shingles(normaliseText(a)), shingles(normaliseText(b))];
  const shared = [...x].filter((s) => y.has(s)).length;
  return shared / (x.size + y.size - shared);
}

const measures: string[] = (() => {
  const plan = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../examples/complete-plan.json'), 'utf8'));
  return plan.aspects.flatMap((a: any) => a.problems.flatMap((p: any) => p.measures.map((m: any) => m.text as string)));
})();

describe('NearDuplicateIndex', () => {
  it('finds a text pasted under another group, whatever its punctuation and width', () => {
    const index = new NearDuplicateIndex<string>(options);
    expect(index.add('制定《行政审批档案管理制度》，明确建档标准和归档时限。', 'p1', '1.1')).toBe('unique');
    expect(index.add('制定<行政审批档案管理制度>, 明确建档标准和归档时限', 'p2', '2.1')).toEqual({ payload: '1.1', similarity: 1 });
    // A repeat within the first text's own group is not a copy across problems.
    expect(index.add('制定《行政审批档案管理制度》，明确建档标准和归档时限。', 'p1', '1.2')).toBe('unique');
  });

  it('never matches a text with its own group', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), (text) => {
        const index = new NearDuplicateIndex<number>(options);
        index.add(text, 'g', 1);
        const outcome = index.add(text, 'g', 2);
        return outcome === 'unique' || (outcome === 'too-short' && normaliseText(text) === '');
      }),
    );
  });

  it('finds every subject-swapped copy of the example plan’s measures and no unrelated pair', () => {
    const index = new NearDuplicateIndex<number>(options);
    measures.forEach((text, i) => expect(index.add(text, `original-${i}`, i)).toBe('unique'));
    let copies = 0;
    measures.forEach((text, i) => {
      // Swap the first two-character word after a 《 or at the start, as a department copying another's would.
      const copy = text.replace(/^(.{4})(.{2})/u, '$1专项');
      if (jaccard(text, copy) < options.threshold) return;
      copies++;
      expect(index.add(copy, `copy-${i}`, -1)).toMatchObject({ payload: i });
    });
    expect(copies).toBeGreaterThan(measures.length / 2);
  });

  it('compares each text with at most one leader per band, never with all earlier texts', () => {
    const index = new NearDuplicateIndex<number>(options);
    const texts = Array.from({ length: 3000 }, (_, i) => `第${i}号措施：对${i % 97}个股室的${i % 89}项审批事项逐项核查并建立台账${i}`);
    texts.forEach((text, i) => index.add(text, `g${i}`, i));
    expect(index.comparisons).toBeLessThanOrEqual(BANDS * texts.length);
  });
});

/** What normaliseText stands for: NFKC, lower case, no punctuation, symbols or spaces. */
const reference = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\p{Z}\s]+/gu, '');
const foldsLikeNfkc = (text: string) => text.normalize('NFKC') === text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

describe('near-duplicate search: normal forms and a swapped subject', () => {
  it('normalises text as NFKC-and-strip would, wherever NFKC does no more than fold full width', () => {
    expect(normaliseText('对2020年以来，政务服务中心“窗口”（随机抽查）；共核查４９１份。')).toBe('对2020年以来政务服务中心窗口随机抽查共核查491份');
    expect(normaliseText('Ａ 𐩐 b')).toBe('ab');
    fc.assert(fc.property(fc.string({ unit: 'grapheme-composite' }), (text) => !foldsLikeNfkc(text) || normaliseText(text) === reference(text)), { numRuns: 3000 });
  });

  it('finds a copy with its subject swapped, and not an unrelated measure', () => {
    const index = new NearDuplicateIndex<string>({ shingleSize: 3, threshold: 0.6 });
    expect(index.add('对2020年以来政务服务中心窗口的党费收缴台账随机抽查，共核查491份，发现问题14个，约谈相关责任人。', 'a', '1.1')).toBe('unique');
    expect(index.add('对2018年以来执法大队的审批档案全面自查，明确局机关纪委审核职责和13个工作日办理时限。', 'b', '1.2')).toBe('unique');
    const copy = index.add('对2020年以来执法大队窗口的党费收缴台账随机抽查，共核查491份，发现问题14个，约谈相关责任人。', 'c', '2.1');
    expect(copy).toMatchObject({ payload: '1.1' });
    expect((copy as { similarity: number }).similarity).toBeGreaterThan(0.6);
  });
});
