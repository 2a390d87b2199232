/**
 * Evidence a report gives in its own words rather than under a 佐证材料 label: a document the unit issued or
 * revised (印发《…》, 修订《…》（青发〔2022〕3号）, a 文号), 会议纪要, a payment voucher (缴款凭证, 缴款书), a record a
 * procedure leaves (处分决定书, 验收报告), or whatever the report says it filed (…已归档, …存档备查). A text the unit
 * merely studied or applied (学习《…条例》, 按照《…》) is not evidence of its own rectification.
 */
import type { Evidence } from '../types/plan.js';
import type { Span } from './span.js';
import { WordTrie } from './word-trie.js';

export interface EvidenceRef {
  type: Evidence['type'];
  /** The words naming it (《…》, 会议纪要, 缴款凭证), the 文号 included when there is one. */
  span: Span;
  title: Span;
  reference?: Span;
}

/** Verbs that make a 《…》 something studied or followed, not something the unit produced. */
const STUDIED = new WordTrie<true>(
  ['学习', '研读', '传达', '对照', '依据', '根据', '按照', '遵照', '贯彻', '参照', '宣讲', '解读', '落实', '执行', '遵守', '结合', '围绕', '依照', '通读', '领学', '学'].map((w) => [w, true] as const),
);
const OTHER_EVIDENCE = new WordTrie<Evidence['type']>([
  ['会议纪要', '会议纪要'],
  ['纪要', '会议纪要'],
  ['缴款凭证', '凭证'],
  ['调账凭证', '凭证'],
  ['凭证', '凭证'],
  ['缴款书', '凭证'],
  ['收据', '凭证'],
  ['回执', '凭证'],
  // Records a procedure leaves behind: the decision a case ends in, the report an acceptance check signs.
  ['决定书', '文件'],
  ['验收报告', '报告'],
  ['验收单', '报告'],
]);
/** Words saying the clause before them was filed as a record (整改资料已归档, 台账存档备查). */
const FILED = new WordTrie<true>(['已归档', '已存档', '存档备查', '归档备查', '留存备查', '已立卷归档'].map((w) => [w, true] as const));
// 〔2022〕3号, [2023]12号, (2024)5号, 〔2019〕3—7号.
const DOCUMENT_NUMBER = /[〔[(]\s?\d{4}\s?[〕\])]\s?\d{1,4}(?:\s?[-—–]\s?\d{1,4})?\s?号/gu;
const CLAUSE = ',，;；。:：\n';
/** A title in 《》 is at most this long: a 《 with no 》 so near opens no title. */
const LONGEST_TITLE = 80;

/** Every reference to evidence in text[start, end) (width-folded), in order. */
export function findEvidenceRefs(folded: string, start: number, end: number): EvidenceRef[] {
  const refs: EvidenceRef[] = [];
  const numbers = documentNumbers(folded, start, end);
  let n = 0;
  for (let i = start; i < end; i++) {
    const char = folded.charAt(i);
    if (char === '《') {
      const close = closingWithin(folded, i + 1, Math.min(end, i + 1 + LONGEST_TITLE));
      if (close < 0) continue;
      const stop = close + 1;
      while (n < numbers.length && numbers[n].start < stop) n++;
      const number = n < numbers.length && numbers[n].start - stop <= 12 && !hasClauseMark(folded, stop, numbers[n].start) ? numbers[n] : undefined;
      if (number) n++;
      if (!number && studied(folded, i, start)) {
        i = close;
        continue;
      }
      const title = { start: i, end: close + 1 };
      refs.push({ type: '文件', title, span: { start: i, end: number ? number.end : close + 1 }, ...(number ? { reference: number } : {}) });
      i = number ? number.end - 1 : close;
      continue;
    }
    if (n < numbers.length && numbers[n].start === i) {
      // A 文号 on its own (印发…方案（西卫党发〔2021〕2号）) names an issued document.
      const number = numbers[n++];
      const clause = clauseStart(folded, i, start);
      refs.push({ type: '文件', title: { start: clause, end: number.end }, span: { start: clause, end: number.end }, reference: number });
      i = number.end - 1;
      continue;
    }
    const other = OTHER_EVIDENCE.at(folded, i, end);
    if (other) {
      refs.push({ type: other.value, title: { start: i, end: i + other.length }, span: { start: i, end: i + other.length } });
      i += other.length - 1;
      continue;
    }
    const filed = FILED.at(folded, i, end);
    if (filed) {
      // What was filed is the clause's subject, unless a record named in the same clause already stands for it.
      const clause = clauseStart(folded, i, start);
      if (clause < i && !(refs.length > 0 && refs[refs.length - 1].span.end > clause)) refs.push({ type: '其他', title: { start: clause, end: i }, span: { start: clause, end: i + filed.length } });
      i += filed.length - 1;
    }
  }
  return refs;
}

function documentNumbers(folded: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const local = folded.slice(start, end);
  DOCUMENT_NUMBER.lastIndex = 0;
  for (let match = DOCUMENT_NUMBER.exec(local); match; match = DOCUMENT_NUMBER.exec(local)) {
    // The issuer's abbreviation before the bracket (青自然党发〔2022〕3号) belongs to the number.
    let from = start + match.index;
    while (from > start && from > start + match.index - 12 && /[\u4e00-\u9fff]/u.test(folded.charAt(from - 1)) && !'《》'.includes(folded.charAt(from - 1))) from--;
    out.push({ start: from, end: start + match.index + match[0].length });
  }
  return out;
}

/** The 》 in folded[from, to), or -1: looked for only that far, so many a 《 without its 》 costs no more than the text. */
function closingWithin(folded: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (folded.charCodeAt(i) === 0x300b) return i;
  return -1;
}

function hasClauseMark(folded: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ('。;；\n'.includes(folded.charAt(i))) return true;
  return false;
}

/** Whether a study or reference verb stands right before the 《 (集中学习《…》, 按照《…》, 认真贯彻《…》). */
function studied(folded: string, at: number, floor: number): boolean {
  for (let k = at - 1; k >= Math.max(floor, at - 4); k--) {
    const word = STUDIED.at(folded, k, at);
    if (word && k + word.length === at) return true;
  }
  return false;
}

function clauseStart(folded: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && i > at - 60 && !CLAUSE.includes(folded.charAt(i - 1))) i--;
  while (i < at && /[\s一二三四五六七八九十是]/u.test(folded.charAt(i)) && folded.charAt(i + 1) !== '号') i++;
  return i;
}
