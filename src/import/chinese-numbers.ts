const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Chinese numerals as written in reports and headings (十二, 二十八, 一百零五, 两); undefined when not one. */
export function parseChineseNumber(text: string): number | undefined {
  if (text === '' || ![...text].every((c) => c in DIGITS || c in UNITS)) return undefined;
  // Digit by digit, as years are written (二〇二二).
  if (![...text].some((c) => c in UNITS)) return Number([...text].map((c) => DIGITS[c]).join(''));
  let total = 0;
  let digit = 0;
  for (const c of text) {
    if (c in DIGITS) digit = DIGITS[c];
    else {
      total += (digit || 1) * UNITS[c];
      digit = 0;
    }
  }
  return total + digit;
}

/** An Arabic or Chinese count: "28", "两", "十二". */
export function parseCount(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  return parseChineseNumber(text);
}

/**
 * The pattern source for a count as reports write it. A count is tried from the first digit or numeral of its run
 * only: a pattern not anchored there (a count at the end of a phrase) tried from each one of a long run scanned the
 * run to its end again and again (30 000 十 after 每月召开: 2.9 s).
 */
export const COUNT = '(?:(?<!\\d)\\d+|(?<![〇零一二两三四五六七八九十百])[〇零一二两三四五六七八九十百]+)';
