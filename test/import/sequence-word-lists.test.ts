/**
 * Measures counted with order words instead of numbers (首先，…；其次，…；最后，… / 一方面…，另一方面…) are a list,
 * one measure an item; 最后 alone in prose, or 其次 without 首先, counts nothing.
 */
import { describe, expect, it } from 'vitest';
import { splitEnumeration } from '../../src/import/enumeration.js';

const items = (text: string) => splitEnumeration(text, { start: 0, end: text.length }).items.map((item) => text.slice(item.span.start, item.span.end));

describe('lists counted by order words', () => {
  it('splits 首先/其次/再次/最后 and 一方面/另一方面', () => {
    expect(items('首先，摸清底数；其次，制定方案；再次，分类处置；最后，建立长效机制。')).toEqual(['摸清底数', '制定方案', '分类处置', '建立长效机制']);
    expect(items('一方面压实责任，另一方面强化督导。')).toEqual(['压实责任', '强化督导']);
  });

  it('counts nothing from a lone order word', () => {
    expect(items('打通服务群众最后一公里。')).toEqual([]);
    expect(items('其次是资金保障不足。')).toEqual([]);
  });
});
