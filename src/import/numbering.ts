import { parseChineseNumber } from './chinese-numbers.js';

/**
 * The numbering levels of GB/T 9704-2012 §7.3.3 (一、 → （一） → 1. → （1）), plus ① below them, ranked from
 * the outermost. Patterns run on width-folded text, so （一） and (一), １． and 1. are the same.
 */
export type NumberingStyle = 'han' | 'paren-han' | 'arabic' | 'paren-arabic' | 'circled';

export const RANK: Record<NumberingStyle, number> = { han: 0, 'paren-han': 1, arabic: 2, 'paren-arabic': 3, circled: 4 };

export interface Numbering {
  style: NumberingStyle;
  rank: number;
  ordinal: number;
  /** Length of the marker, including the blanks after it. */
  length: number;
}

const HAN = '[一二三四五六七八九十百]{1,4}';
const PATTERNS: readonly [NumberingStyle, RegExp][] = [
  ['han', new RegExp(`^(${HAN})\\s*[、.]\\s*`, 'u')],
  ['paren-han', new RegExp(`^\\(\\s*(${HAN})\\s*\\)[、.]?\\s*`, 'u')],
  // "1.5亿元" and "2022年" are not headings: the marker is followed by no digit.
  ['arabic', /^(\d{1,3})\s*[.、](?!\d)\s*/u],
  ['paren-arabic', /^\(\s*(\d{1,3})\s*\)[、.]?\s*/u],
  ['circled', /^([\u2460-\u2473])\s*/u],
];

/** The numbering a (width-folded) line starts with, if any. */
export function readNumbering(folded: string): Numbering | undefined {
  for (const [style, pattern] of PATTERNS) {
    const match = pattern.exec(folded);
    if (!match) continue;
    const ordinal = style === 'circled' ? match[1].charCodeAt(0) - 0x2460 + 1 : /\d/.test(match[1]) ? Number(match[1]) : parseChineseNumber(match[1]);
    if (ordinal === undefined || ordinal === 0) continue;
    // A heading marker needs words after it.
    if (match[0].length >= folded.length) continue;
    return { style, rank: RANK[style], ordinal, length: match[0].length };
  }
  return undefined;
}
