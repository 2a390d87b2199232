import { containsAny, lexicon } from './lexicon.js';
import { wordList } from './options.js';

/**
 * What makes a measure concrete (practice D6): a number, a date or period, a named document (《…》 or a 文号),
 * a named unit or post, or a countable deliverable.
 */

export type ConcreteKind = 'number' | 'date' | 'document' | 'unit' | 'deliverable';

/**
 * Set phrases that look concrete and are not: slogans with numbers (两个维护), and words that end like a unit
 * name (服务大局, 提高政治站位, 干部队伍, 以人民为中心, 科学决策, 及时处理).
 */
const LOOK_ALIKES = [
  '四个意识', '四个自信', '两个维护', '两个确立', '三个以案', '四个全面', '五位一体', '一岗双责',
  '大局', '格局', '布局', '结局', '全局上下', '开局', '为中心', '中心工作', '中心任务', '站位', '队伍',
  '科学', '处理', '处置', '所有', '有所', '场所', '局面', '局限',
];
const LOOK_ALIKE_WORDS = lexicon(LOOK_ALIKES);

/**
 * Arabic digits, or Chinese numerals with a measure word (两个, 三项, 一次), but not 进一步 or 一是. Numerals are tried
 * where their run starts only: tried inside a long run without a measure word, each would scan to its end.
 */
const NUMBER = /\d|(?<![一二两三四五六七八九十百千万])[一二两三四五六七八九十百千万]+(?:个|项|次|人|名|家|处|条|份|笔|元|批|场|期|轮|类|件|宗|户|座|辆|套|本|篇|天|日|周|季度|年度)/u;
/** Calendar words that fix a time without digits. */
const DATE = /年底|年末|年内|月底|月末|上半年|下半年|季度|[上中下]旬|本年度|每月|每周|每年|每半年/u;
const DOCUMENT = /《[^《》]{2,}》|〔\d{4}〕/u;
/**
 * A named organisational unit or post. A unit needs a name of two characters or more before its unit word
 * (财务股, 区政务服务中心); collective words (各科室, 相关单位) never precede it.
 */
const UNIT = /(?<![各相有全所其诸])[\u4e00-\u9fa5]{2,10}(?:股|科|处|办公室|中心|纪委|纪工委|纪检组|机关党委|党支部|局|站|所|大队|公司|委员会)(?![室员])|书记|局长|股长|科长|处长|主任|组长|站长|所长|队长|主要负责人|一把手/u;

export interface ConcreteLexicon {
  deliverables: readonly string[];
}

export const DELIVERABLES = ['台账', '清单', '责任书', '承诺书', '报告', '纪要', '档案', '通报', '协议', '合同', '凭证', '问责', '处分', '约谈', '诫勉', '退还', '清退', '追缴', '补录', '办结', '销号'];

export const deliverablesOptionSchema = wordList(DELIVERABLES, 'Countable deliverables and outcomes that make a measure concrete (台账, 清单, 责任书, 清退 …).');

const KINDS: readonly { kind: ConcreteKind; test: (plain: string, lexicon: ConcreteLexicon) => boolean }[] = [
  { kind: 'number', test: (plain) => NUMBER.test(plain) },
  { kind: 'date', test: (plain) => DATE.test(plain) },
  { kind: 'document', test: (plain) => DOCUMENT.test(plain) },
  { kind: 'unit', test: (plain) => UNIT.test(plain) },
  { kind: 'deliverable', test: (plain, lexicon) => containsAny(plain, lexicon.deliverables) },
];

/** Whether the text is concrete in any way: stops at the first kind found (most measures have a number). */
export function isConcrete(text: string, words: ConcreteLexicon): boolean {
  const plain = LOOK_ALIKE_WORDS.mask(text);
  return KINDS.some(({ test }) => test(plain, words));
}
