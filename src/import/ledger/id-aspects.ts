/**
 * A ledger with no 问题类别 column and no aspect rows may still say which aspect each problem is under, in its
 * 序号: 一（1）、一（2）、二（1）, or 1-1、1-2、2-1, or 1.1、2.1. When every problem's number is so written, in order,
 * and names two aspects or more, the problems stand under those aspects (第一方面, 第二方面) instead of one
 * ungrouped list: a declared "3个方面" and a plan's aspects can then be held against them.
 */
import { parseCount } from '../chinese-numbers.js';
import { foldWidth } from '../width.js';

/** 一（1）, 一(1), 一-1, 一.1; 1-1, 1.1, 1－1. The first level is the aspect, the second the problem. */
const TWO_LEVEL = /^([一二三四五六七八九十]{1,3}|\d{1,2})\s*(?:\(\s*\d{1,3}\s*\)|[-—.]\s*\d{1,3})$/u;
const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** The aspect a two-level 序号 names (一（1） → 1), or undefined for any other number. */
export function aspectOfNumber(sequence: string): number | undefined {
  const match = TWO_LEVEL.exec(foldWidth(sequence).trim());
  if (!match) return undefined;
  return parseCount(match[1]);
}

/** 第一方面, 第十二方面, 第二十一方面; from 100 on, in digits. */
export function aspectTitleOf(ordinal: number): string {
  const [tens, ones] = [Math.floor(ordinal / 10), ordinal % 10];
  const numeral = ordinal >= 100 ? String(ordinal) : `${tens > 1 ? NUMERALS[tens] : ''}${tens > 0 ? '十' : ''}${NUMERALS[ones]}`;
  return `第${numeral}方面`;
}

/**
 * The problems' aspects by their numbers, in order: one group per aspect, or undefined when a number is not
 * two-level, the aspects go back (一, 二, 一), or there is only one.
 */
export function groupByNumber<T>(problems: readonly T[], numberOf: (problem: T) => string | undefined): { ordinal: number; problems: T[] }[] | undefined {
  const groups: { ordinal: number; problems: T[] }[] = [];
  for (const problem of problems) {
    const number = numberOf(problem);
    const ordinal = number === undefined ? undefined : aspectOfNumber(number);
    if (ordinal === undefined) return undefined;
    const last = groups.at(-1);
    if (last?.ordinal === ordinal) last.problems.push(problem);
    else if (last && ordinal < last.ordinal) return undefined;
    else groups.push({ ordinal, problems: [problem] });
  }
  return groups.length >= 2 ? groups : undefined;
}
