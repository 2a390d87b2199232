import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNearDuplicates, MAX_COMPARISONS, normaliseText, type Outcome } from '../../../rules/support/near-duplicates.js';

const options = { shingleSize: 3, threshold: 0.6 };

/** A small seeded generator (mulberry32), so the clustered texts are the same on every run. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

/** The search's contract, the slow obvious way: for each text, the earliest earlier text of another group at or above the threshold. */
function bruteForce(texts: readonly { text: string; group: string }[], threshold: number, minLength = 1): (number | 'unique' | 'too-short')[] {
  return texts.map(({ text, group }, i) => {
    if (normaliseText(text).length < minLength) return 'too-short';
    const j = texts.findIndex((other, k) => k < i && other.group !== group && normaliseText(other.text).length >= minLength && jaccard(other.text, text) >= threshold);
    return j === -1 ? 'unique' : j;
  });
}

const payloads = (outcomes: readonly Outcome<number>[]) => outcomes.map((outcome) => (typeof outcome === 'object' ? outcome.payload : outcome));
const search = (texts: readonly { text: string; group: string }[], threshold = options.threshold, minLength?: number) =>
  findNearDuplicates(texts.map((t, i) => ({ ...t, payload: i })), { ...options, threshold, minLength });

describe('near-duplicate search', () => {
  it('finds a text pasted under another group, whatever its punctuation and width', () => {
    const { outcomes } = search([
      { text: '制定《行政审批档案管理制度》，明确建档标准和归档时限。', group: 'p1' },
      { text: '制定<行政审批档案管理制度>, 明确建档标准和归档时限', group: 'p2' },
      // A repeat within the first text's own group is not a copy across problems.
      { text: '制定《行政审批档案管理制度》，明确建档标准和归档时限。', group: 'p1' },
    ]);
    expect(outcomes).toEqual(['unique', { payload: 0, similarity: 1 }, { payload: 1, similarity: 1 }]);
  });

  it('never matches a text with its own group', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), (text) => {
        const [, second] = search([{ text, group: 'g' }, { text, group: 'g' }]).outcomes;
        return second === 'unique' || (second === 'too-short' && normaliseText(text) === '');
      }),
    );
  });

  it('answers exactly as comparing every pair would, on clustered boiler-plate text', () => {
    // Texts from a few templates with swapped parts put many pairs near the threshold, where the sketch this
    // search replaced (one representative per key) missed about one copy in ten.
    const random = mulberry32(7);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const places = ['城南片区', '开发区分局', '政务服务中心窗口', '乡镇站所', '机关各股室', '执法大队'];
    const objects = ['采购合同', '审批档案', '公务接待清单', '津贴发放记录', '会议记录', '项目验收材料'];
    const outcomes = ['全部整改销号', '建立整改台账', '约谈相关责任人', '退还违规资金', '通报批评'];
    const texts = Array.from({ length: 240 }, (_, i) => ({
      text: `对${2016 + Math.floor(random() * 6)}年以来${pick(places)}的${pick(objects)}逐宗核查，共核查${Math.floor(random() * 900)}份，${pick(outcomes)}`,
      group: `problem-${Math.floor(i / 3)}`,
    }));
    for (const threshold of [0.3, 0.45, 0.6, 0.8, 1]) {
      const expected = bruteForce(texts, threshold);
      expect(payloads(search(texts, threshold).outcomes), `threshold ${threshold}`).toEqual(expected);
      if (threshold === 0.6) expect(expected.filter((e) => typeof e === 'number').length).toBeGreaterThan(50);
    }
  });

  it('answers exactly as comparing every pair would, on any short texts', () => {
    const alphabet = fc.constantFrom('整', '改', '台', '账', '清', '单', '制', '度', '，', '1', 'A');
    const texts = fc.array(fc.record({ text: fc.string({ unit: alphabet, maxLength: 12 }), group: fc.constantFrom('a', 'b', 'c') }), { maxLength: 25 });
    fc.assert(
      fc.property(texts, fc.constantFrom(0.3, 0.5, 0.6, 0.75, 1), fc.constantFrom(1, 3), (batch, threshold, minLength) => {
        expect(payloads(search(batch, threshold, minLength).outcomes)).toEqual(bruteForce(batch, threshold, minLength));
      }),
      { numRuns: 400 },
    );
  });

  it('finds every subject-swapped copy of the example plan’s measures and no unrelated pair', () => {
    const copies = measures.map((text) => text.replace(/^(.{4})(.{2})/u, '$1专项'));
    const texts = [...measures.map((text, i) => ({ text, group: `original-${i}` })), ...copies.map((text, i) => ({ text, group: `copy-${i}` }))];
    const found = payloads(search(texts).outcomes);
    expect(found.slice(0, measures.length).every((outcome) => outcome === 'unique')).toBe(true);
    const similar = copies.filter((copy, i) => jaccard(measures[i], copy) >= options.threshold).length;
    expect(similar).toBeGreaterThan(measures.length / 2);
    copies.forEach((copy, i) => {
      if (jaccard(measures[i], copy) >= options.threshold) expect(found[measures.length + i]).toBe(i);
    });
  });

  it('never compares texts that share no wording', () => {
    const texts = measures.map((text, i) => ({ text, group: `g${i}` }));
    expect(search(texts).comparisons).toBe(0);
  });

  it('compares a bounded number of candidates per text, even when every text is stamped from one template', () => {
    const texts = Array.from({ length: 3000 }, (_, i) => ({ text: `第${i}号措施：对${i % 97}个股室的${i % 89}项审批事项逐项核查并建立台账${i}`, group: `g${i}` }));
    const { comparisons, outcomes } = search(texts);
    expect(comparisons).toBeLessThanOrEqual(MAX_COMPARISONS * texts.length);
    // The first candidates are the earliest texts, so the first copies are still found exactly.
    expect(payloads(outcomes.slice(0, 60))).toEqual(bruteForce(texts.slice(0, 60), options.threshold));
  });

  it('answers a small batch after a large one (the shingle table shrinks between them)', () => {
    const random = mulberry32(11);
    const large = Array.from({ length: 4000 }, (_, i) => ({ text: Array.from({ length: 40 }, () => String.fromCharCode(0x4e00 + Math.floor(random() * 20000))).join(''), group: `g${i}` }));
    expect(search(large).outcomes.every((outcome) => outcome === 'unique')).toBe(true);
    const small = [...measures.slice(0, 5), measures[0]].map((text, i) => ({ text, group: `s${i}` }));
    expect(payloads(search(small).outcomes)).toEqual(bruteForce(small, options.threshold));
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
    const { outcomes } = search([
      { text: '对2020年以来政务服务中心窗口的党费收缴台账随机抽查，共核查491份，发现问题14个，约谈相关责任人。', group: 'a' },
      { text: '对2018年以来执法大队的审批档案全面自查，明确局机关纪委审核职责和13个工作日办理时限。', group: 'b' },
      { text: '对2020年以来执法大队窗口的党费收缴台账随机抽查，共核查491份，发现问题14个，约谈相关责任人。', group: 'c' },
    ]);
    expect(outcomes.slice(0, 2)).toEqual(['unique', 'unique']);
    expect(outcomes[2]).toMatchObject({ payload: 0 });
    expect((outcomes[2] as { similarity: number }).similarity).toBeGreaterThan(0.6);
  });
});
