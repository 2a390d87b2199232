import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsAny, findTerm, maskPhrases } from '../../../rules/support/lexicon.js';

/** findTerm's contract, the slow obvious way: the earliest position, then the longest word there. */
function firstTermByHand(text: string, terms: readonly string[]): string | undefined {
  let best: { term: string; index: number } | undefined;
  for (const term of terms) {
    const index = term ? text.indexOf(term) : -1;
    if (index >= 0 && (!best || index < best.index || (index === best.index && term.length > best.term.length))) best = { term, index };
  }
  return best?.term;
}

describe('lexicon matching', () => {
  it('finds the earliest word, the longest at that position', () => {
    expect(findTerm('研究部署整改工作，进一步加强', ['加强', '研究', '研究部署'])).toBe('研究部署');
    expect(findTerm('加强学习', ['学习', '加强'])).toBe('加强');
    expect(findTerm('无关文字', ['加强'])).toBeUndefined();
    expect(findTerm('任何文字', [])).toBeUndefined();
    expect(findTerm('任何文字', [''])).toBeUndefined();
  });

  it('takes words literally, whatever regex syntax they contain', () => {
    expect(findTerm('完成率(100%)达标', ['(100%)'])).toBe('(100%)');
    expect(containsAny('a.b', ['a*b', '[ab]'])).toBe(false);
    expect(containsAny('x|y', ['|'])).toBe(true);
  });

  it('agrees with a word-by-word search on any text and list', () => {
    const alphabet = fc.constantFrom('研', '究', '部', '署', '加', '强', '.', '*', '(');
    const word = fc.string({ unit: alphabet, minLength: 0, maxLength: 4 });
    fc.assert(fc.property(fc.string({ unit: alphabet, maxLength: 30 }), fc.array(word, { maxLength: 6 }), (text, terms) => findTerm(text, terms) === firstTermByHand(text, terms)));
  });

  it('blanks ignored phrases in place, leftmost and longest first, whatever the list order', () => {
    expect(maskPhrases('尚未发现问题，尚未整改', ['尚未发现'])).toBe('\u3000\u3000\u3000\u3000问题，尚未整改');
    expect(findTerm('尚未发现问题，尚未整改', ['尚未'], ['尚未发现'])).toBe('尚未');
    expect(findTerm('尚未发现问题', ['尚未'], ['尚未发现'])).toBeUndefined();
    expect(maskPhrases('ABCD', ['CD', 'ABC'])).toBe(maskPhrases('ABCD', ['ABC', 'CD']));
    const text = '拟定方案并已拟于年底完成';
    expect(maskPhrases(text, ['拟定']).length).toBe(text.length);
  });
});
