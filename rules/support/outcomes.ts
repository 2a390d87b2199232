import { lexicon, type Lexicon } from './lexicon.js';
import { wordList } from './options.js';

/**
 * Telling acts from outcomes (practice D5): a meeting, a study session or a circular is an act; money returned,
 * people held accountable, cases closed or a rule made (建章立制) is an outcome.
 */

export const FORMAL_ACTS = ['召开', '传达', '学习', '部署', '研究', '印发', '转发', '下发', '会议', '座谈', '动员', '宣讲', '培训', '讲话', '通知', '制定方案', '工作方案'];
export const OUTCOMES = [
  '清退', '追缴', '收回', '退还', '退缴', '追回', '问责', '处分', '诫勉', '约谈', '办结', '建成', '整治', '纠正', '补齐', '补录',
  '查处', '立案', '核查', '拆除', '撤销', '轮岗', '移交', '销号', '清理', '整改到位',
  // Working instruments a unit has to produce and then answer to: not a meeting's paperwork.
  '清单', '台账', '责任书', '承诺书', '签订',
];

export const outcomeOptionSchemas = {
  formalActs: wordList(FORMAL_ACTS, 'Meeting, study and document acts (召开, 传达, 学习, 印发 …).'),
  outcomes: wordList(OUTCOMES, 'Outcomes: verbs (清退, 追缴, 问责, 处分, 办结, 整治, 纠正, 查处 …) and instruments (清单, 台账, 责任书).'),
};

export interface OutcomeLexicon {
  formalActs: readonly string[];
  outcomes: readonly string[];
}

/** The two lists compiled: made once per rule run (see `lexicon`), used for every text. */
export interface OutcomeWords {
  formalActs: Lexicon;
  outcomes: Lexicon;
}

export function outcomeWords(options: OutcomeLexicon): OutcomeWords {
  return { formalActs: lexicon(options.formalActs), outcomes: lexicon(options.outcomes) };
}

/** A counted result: money, people, places, cases (not meetings or items: 召开3次会议 is still only meetings). */
// A number is tried from its first digit or numeral only: tried from each one of a long run, the run was scanned to
// its end again and again (35 000 十 took 1.4 s).
const QUANTIFIED_RESULT = /(?:(?<!\d)\d+(?:\.\d+)?|(?<![一二两三四五六七八九十百千])[一二两三四五六七八九十百千]+)\s*(?:万?元|人次|人|名|处|宗|笔|件|户|家|辆|套|平方米|亩)/u;
/**
 * A rule made or revised, by name: 建章立制 is an outcome; a circular (通知) or a work plan (方案) is not, and
 * studying a rule (学习《廉洁自律准则》) does not make one.
 */
const RULE_KINDS = /制度|办法|规定|细则|规则|规程|准则|意见|清单|指南|守则/u;
/** The act, at most 12 characters before the title, in the same clause. */
const MAKING_BEFORE_TITLE = /(?:制定|制订|修订|修改|出台|完善|建立|健全|印发|编制)[^。；;]{0,12}$/u;

/**
 * The names in 《》 of a text, each with where it starts. One pass: a name ends at the next 《 or 》, so a text of
 * many unclosed 《 is read once, not from each 《 to its end.
 */
export function* titlesIn(text: string): Generator<{ name: string; index: number }> {
  for (const match of text.matchAll(/《([^《》]*)》/gu)) yield { name: match[1], index: match.index };
}

export function makesRule(text: string): boolean {
  for (const { name, index } of titlesIn(text)) {
    if (RULE_KINDS.test(name) && MAKING_BEFORE_TITLE.test(text.slice(Math.max(0, index - 14), index))) return true;
  }
  return false;
}

/** The words inside a document's name are not acts: studying 《纪律处分条例》 punishes nobody. */
function withoutTitles(text: string): string {
  return text.replace(/《[^《》]*》/gu, '《》');
}

/** Whether a text reports something achieved rather than only something held, studied or issued. */
export function hasOutcome(text: string, words: OutcomeWords): boolean {
  const acts = withoutTitles(text);
  return words.outcomes.has(acts) || QUANTIFIED_RESULT.test(acts) || makesRule(text);
}

/** Only a meeting, study or document act, with no outcome. */
export function isFormalOnly(text: string, words: OutcomeWords): boolean {
  return words.formalActs.has(withoutTitles(text)) && !hasOutcome(text, words);
}
