import { RADICAL_PAIRS } from './radicals.js';

let map: Map<string, string> | undefined;

/** CJK radical code points a PDF's text layer gives for ideographs (⻚ for 页, ⼈ for 人) as the ideographs. */
export function normalizeRadicals(text: string): string {
  if (!/[\u2e80-\u2fdf]/u.test(text)) return text;
  if (!map) {
    map = new Map();
    const chars = [...RADICAL_PAIRS];
    for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i], chars[i + 1]);
  }
  return text.replace(/[\u2e80-\u2fdf]/gu, (char) => map!.get(char) ?? char);
}
