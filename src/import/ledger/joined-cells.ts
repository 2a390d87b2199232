/**
 * A column whose header joins two fields holds both in each cell: 责任领导及责任单位 `局长 杨帆、办公室`, 整改时限及完成情况
 * `2024年6月底前；已完成`, 责任单位及责任人 `办公室 张敏`. The cell is split where the second field's words begin, judged
 * by what those words are (a status phrase, a unit's name, a person's name), so a cell holding the first field alone
 * (`局长 杨帆`, `立行立改`) is not split. Pairs whose second words cannot be told apart stay whole in the first field.
 */
import type { FieldId } from '../lexicon.js';
import { cleanSpan, type Span } from '../span.js';
import { leadingStatus } from '../status-words.js';

/** What separates the two fields' words in a cell. */
const SEPARATOR = /[、,，;；/／\n]/u;
const BLANK = /[ \t\u3000]/u;
/** How a unit's name ends: 办公室, 法规科, 纪检组, 党建办, 财政所, 某某街道. */
const UNIT_NAME = /(?:室|股|科|局|组|办|中心|队|所|部|处|委|站|院|馆|街道|社区|公司|学校|支部|党委|党组)$/u;
/** A person's name alone: two to four characters, no unit or post in it. */
const PERSON_NAME = /^[\u4e00-\u9fff·]{2,4}$/u;
const POST = /(?:长|书记|主任|委员|组长|经理|主席|干部)/u;

export interface JoinedCell {
  first: Span;
  second: Span;
}

/**
 * `firstReads`: whether words read as the first field's value, for a cell that opens with a status word that may be
 * the first field's too (长期坚持 is a deadline and a status: `长期坚持；持续推进` splits after it, `长期坚持` alone stays).
 */
export function splitJoinedCell(folded: string, span: Span, second: FieldId, firstReads: (words: Span) => boolean = () => false): JoinedCell | undefined {
  if (second === 'status' || second === 'progress') return beforeStatus(folded, span, firstReads);
  if (second === 'department') return lastPart(folded, span, (words) => UNIT_NAME.test(words) && !POST.test(words), false);
  if (second === 'person') return lastPart(folded, span, (words) => PERSON_NAME.test(words) && !UNIT_NAME.test(words), true);
  return undefined;
}

/** 2024年6月底前；已完成: the status begins the first clause after the first field's words that opens with one. */
function beforeStatus(folded: string, span: Span, firstReads: (words: Span) => boolean): JoinedCell | undefined {
  let opening = false;
  for (let i = span.start; i < span.end; i++) {
    if (i > span.start && !SEPARATOR.test(folded.charAt(i - 1)) && !BLANK.test(folded.charAt(i - 1))) continue;
    if (SEPARATOR.test(folded.charAt(i)) || BLANK.test(folded.charAt(i))) continue;
    if (!leadingStatus(folded, i, span.end)) continue;
    if (i === span.start) {
      opening = true;
      continue;
    }
    return { first: cleanSpan(folded, { start: span.start, end: i }), second: { start: i, end: span.end } };
  }
  // The cell opens with a status and has no other: the status alone, unless its words are the first field's.
  return opening && !firstReads(cleanSpan(folded, span)) ? { first: { start: span.start, end: span.start }, second: span } : undefined;
}

/** 局长 杨帆、办公室: the words after the last separator (or blank, for a person) when they are the second field's. */
function lastPart(folded: string, span: Span, isSecond: (words: string) => boolean, blankSeparates: boolean): JoinedCell | undefined {
  const whole = cleanSpan(folded, span);
  for (let i = whole.end - 1; i > whole.start; i--) {
    const char = folded.charAt(i);
    if (!SEPARATOR.test(char) && !(blankSeparates && BLANK.test(char))) continue;
    const second = cleanSpan(folded, { start: i + 1, end: whole.end });
    const first = cleanSpan(folded, { start: whole.start, end: i });
    if (first.end <= first.start || !isSecond(folded.slice(second.start, second.end))) return undefined;
    return { first, second };
  }
  return undefined;
}
