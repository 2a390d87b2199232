/**
 * The mark a paragraph starts with: a number in any of the ways reports print them (一、 （一） (一) 1. 1、 １．
 * （1） 1) ① ⑴ ⒈ 第一项 第二部分 问题1：), a bullet (■ ◆ ● ▲ ★ …), or the level a heading style or Markdown `#` gives.
 * A mark has a style (which kind of mark it is) and, for numbers, an ordinal; which level a style stands for is
 * not fixed here but read from how marks nest in the document (outline.ts).
 */
import { parseChineseNumber } from './chinese-numbers.js';
import type { ReadingParagraph } from './reading-text.js';
import type { Span } from './span.js';

export interface Mark {
  /** The kind of mark: `han` 一、, `paren-han` （一）, `arabic` 1., `paren-arabic` （1）, `half-paren` 1), `circled` ①, `di:项` 第一项, `wenti` 问题1：, `h2` a level-2 heading, `bullet:★`, `list:0` a bullet list item. */
  style: string;
  ordinal?: number;
  /** The mark itself with the blanks after it, in the reading text. */
  span: Span;
  /** The noun a mark carries (问题 in 第一项问题： or 问题1：), which says what the item is. */
  noun?: string;
}

const HAN = '[一二三四五六七八九十百〇零]{1,4}';
const NUMBERED: readonly [string, RegExp][] = [
  // 一、 一. but not 一、二季度 or 一是.
  ['han', new RegExp(`^(${HAN})[ \\t]{0,2}[、.](?![一二三四五六七八九十][、.季月])[ \\t]{0,3}`, 'u')],
  ['paren-han', new RegExp(`^[(][ \\t]{0,2}(${HAN})[ \\t]{0,2}[)][、.]?[ \\t]{0,3}`, 'u')],
  // 1.1 1.2.3 1-1 (an outline numbered in decimals; the count of parts is the level) but not 1.5亿元, 3.2万.
  ['decimal', /^(\d{1,2}(?:[.-]\d{1,2}){1,3})(?:[ \t]{1,3}|[、.][ \t]{0,3}|(?=[\u4e00-\u9fff])(?![万亿元角分倍个次项条人天年月日时米吨亩千百余多]))/u],
  // 1. 1、 1． but not 1.5亿元, 2022年, 3.2万.
  ['arabic', /^(\d{1,3})[ \t]{0,2}(?:[、]|\.(?!\d))(?![\d%])[ \t]{0,3}/u],
  ['paren-arabic', /^[(][ \t]{0,2}(\d{1,3})[ \t]{0,2}[)][、.]?[ \t]{0,3}/u],
  ['half-paren', /^(\d{1,3})[)](?!\d)[ \t]{0,3}/u],
  // 第一项 第二部分 第3个问题 第一方面: the unit names the level (第一方面 and 方面一 alike).
  ['di', new RegExp(`^第(${HAN}|\\d{1,3})(项|条|部分|章|节|篇|方面|点|个方面|个(?=问题|意见)|类)(问题|意见|方面)?[ \\t]{0,2}[:、.]?[ \\t]{0,3}`, 'u')],
  // 问题1： 问题一、 【问题二】 方面一： and 问题1 alone on its line (its title on the next line, as for 第一部分).
  // 问题（2）： and 问题3 followed by its title after a blank too, and 问题（一）followed by its title straight on.
  ['wenti', new RegExp(`^[【[〔]?[ \\t]{0,2}(问题|意见|反馈问题|任务|方面)[ \\t]{0,2}[(]?(${HAN}|\\d{1,3})[)]?[ \\t]{0,2}(?:[】\\]〕][ \\t]{0,2}[:、.]?[ \\t]{0,3}|[:、.][ \\t]{0,3}|$)|^(问题|意见|方面)[ \\t]{0,2}(${HAN}|\\d{1,3})[ \\t]{1,3}(?=[^ \\t\\d])|^(问题|意见|反馈问题|任务)[ \\t]{0,2}[(](${HAN}|\\d{1,3})[)][ \\t]{0,3}(?=[^ \\t])`, 'u')],
];
const BULLETS = '■□◆◇●○▲△★☆►▶•·▪◦※✓✔➢❖◎◉▸❶❷❸❹❺❻❼❽❾❿';

/** The mark at the start of a paragraph (its width-folded text from `start`), if any. */
export function readMark(folded: string, start: number, end: number, paragraph: Pick<ReadingParagraph, 'headingLevel' | 'list'>): Mark | undefined {
  const head = folded.slice(start, Math.min(end, start + 24));
  const numbered = numberedMark(head);
  const at = (length: number): Span => ({ start, end: start + length });
  // A heading style's level is the mark; a number typed or printed before its words is part of it.
  if (paragraph.headingLevel !== undefined) {
    return { style: `h${paragraph.headingLevel}`, ...(numbered?.ordinal !== undefined ? { ordinal: numbered.ordinal } : {}), span: at(numbered?.length ?? 0), ...(numbered?.noun ? { noun: numbered.noun } : {}) };
  }
  if (numbered) {
    // A number needs words after it, but 问题1 may stand alone above its title.
    if (numbered.length >= end - start && !(numbered.alone && end - start <= head.length)) return undefined;
    return { style: numbered.style, ordinal: numbered.ordinal, span: at(numbered.length), ...(numbered.noun ? { noun: numbered.noun } : {}) };
  }
  if (paragraph.list?.bullet) return { style: `list:${paragraph.list.level}`, span: at(0) };
  const first = head.charAt(0);
  if (first && BULLETS.includes(first)) {
    let length = 1;
    while (length < head.length && (head.charAt(length) === ' ' || head.charAt(length) === '\t')) length++;
    if (length >= end - start) return undefined;
    return { style: `bullet:${first}`, span: at(length) };
  }
  if ((first === '-' || first === '*') && head.charAt(1) === ' ') return { style: `bullet:${first}`, span: at(2) };
  // — 推行… / ——推行…: a dash opening a line is a bullet.
  if (first === '—' || first === '–') {
    let length = 1;
    while (length < head.length && (head.charAt(length) === first || head.charAt(length) === ' ' || head.charAt(length) === '\t')) length++;
    if (length < end - start) return { style: `bullet:${first}`, span: at(length) };
  }
  return undefined;
}

interface Numbered {
  style: string;
  ordinal: number;
  length: number;
  noun?: string;
  /** The mark is all the paragraph holds (问题1 on a line of its own, its title on the next line). */
  alone?: boolean;
}

function numberedMark(head: string): Numbered | undefined {
  const circled = circledMark(head);
  if (circled) return circled;
  for (const [style, pattern] of NUMBERED) {
    const match = pattern.exec(head);
    if (!match) continue;
    if (style === 'decimal') {
      const parts = match[1].split(/[.-]/u);
      return { style: `decimal:${parts.length}`, ordinal: Number(parts.at(-1)), length: match[0].length };
    }
    if (style === 'wenti' && match[1] === undefined) [match[1], match[2]] = match[3] !== undefined ? [match[3], match[4]] : [match[5], match[6]];
    const numeral = style === 'wenti' ? match[2] : match[1];
    const ordinal = /\d/.test(numeral) ? Number(numeral) : parseChineseNumber(numeral);
    if (ordinal === undefined || ordinal === 0) continue;
    if (style === 'di') {
      const unit = match[2] === '个方面' ? '方面' : match[2];
      return { style: `di:${unit}`, ordinal, length: match[0].length, ...(match[3] ? { noun: match[3] } : {}), alone: match[0].length === head.length };
    }
    // 方面一 is the same level as 第一方面; 问题1 and 第1个问题 name a problem.
    if (style === 'wenti') return match[1] === '方面' ? { style: 'di:方面', ordinal, length: match[0].length, alone: match[0].length === head.length } : { style, ordinal, length: match[0].length, noun: match[1], alone: match[0].length === head.length };
    return { style, ordinal, length: match[0].length };
  }
  return undefined;
}

/** ① … ⑳, ⑴ … ⒇ (read as （1）), ⒈ … ⒛ (read as 1.), ❶ … ❿. */
function circledMark(head: string): Numbered | undefined {
  const code = head.charCodeAt(0);
  let style: string | undefined;
  let ordinal = 0;
  if (code >= 0x2460 && code <= 0x2473) [style, ordinal] = ['circled', code - 0x2460 + 1];
  else if (code >= 0x2474 && code <= 0x2487) [style, ordinal] = ['paren-arabic', code - 0x2474 + 1];
  else if (code >= 0x2488 && code <= 0x249b) [style, ordinal] = ['arabic', code - 0x2488 + 1];
  else if (code >= 0x2776 && code <= 0x277f) [style, ordinal] = ['circled-dark', code - 0x2776 + 1];
  if (!style) return undefined;
  let length = 1;
  while (length < head.length && (head.charAt(length) === ' ' || head.charAt(length) === '\t' || head.charAt(length) === '、' || head.charAt(length) === '.')) length++;
  return { style, ordinal, length };
}
