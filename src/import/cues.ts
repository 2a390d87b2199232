/**
 * Words that are evidence about what a part of a report is. None decides alone: the layout reader (layout.ts)
 * weighs them with the document's structure.
 *
 * - A problem's title names a shortcoming (不够深入, 落实不到位, 存在薄弱环节); an organising paragraph names an
 *   action (迅速部署动员, 强化督促检查).
 * - A section's title says whether it organises the work (组织推进情况), plans it (下一步工作打算) or accounts
 *   for problems (…方面问题的整改情况).
 * - Prose opens a problem's cause analysis (经剖析，问题产生的原因主要是…) or its measures (针对该问题，…) with
 *   set phrases, which read as labels.
 */
import { WordTrie } from './word-trie.js';

const DEFICIENCY = new WordTrie<true>(
  [
    '不够', '不到位', '不严', '不足', '不力', '不强', '不高', '不深', '不实', '不全', '不细', '不准', '不规范', '不及时', '不完善', '不健全',
    '不充分', '不明显', '不清', '不紧', '不彻底', '不平衡', '不扎实', '不合理', '不落实', '不牢', '不精准', '不匹配', '不作为', '缺乏', '缺位', '缺失',
    '欠缺', '薄弱', '滞后', '偏少', '偏低', '偏高', '偏松', '偏软', '偏弱', '偏差', '差距', '短板', '漏洞', '弱化', '虚化', '淡化', '未能', '未按',
    '未严格', '未及时', '未落实', '未建立', '未执行', '有待', '亟需', '亟待', '较弱', '较差', '流于形式', '宽松软', '走过场', '隐患', '失衡', '缓慢',
    '迟缓', '松懈', '懈怠', '违规', '违纪', '超标', '挪用', '截留', '形式主义', '官僚主义', '一般化', '随意', '混乱', '脱节', '低效', '推诿', '扯皮',
    '频发', '时有', '仍然存在', '依然存在', '尚未', '存在', '禁而未绝', '屡禁不止', '反弹', '悬空', '缺口', '不作为', '难落实', '欠账', '空转',
  ].map((w) => [w, true] as const),
);

/** Whether a title names a shortcoming. */
export function namesShortcoming(folded: string, start: number, end: number): boolean {
  return DEFICIENCY.occursIn(folded, start, Math.min(end, start + 200));
}

export type TitleKind = 'next-steps' | 'problems' | 'organization';

const NEXT_STEPS = new WordTrie<true>(['下一步', '打算', '工作计划', '今后', '努力方向', '契机', '存在的不足', '几点体会', '工作体会', '下阶段'].map((w) => [w, true] as const));
const CONSOLIDATE = /巩固[^,，。]{0,6}成果/u;
const PROBLEMS = new WordTrie<true>(['问题', '方面', '反馈意见', '整改落实情况', '整改情况', '具体整改', '逐项整改', '整改事项', '整改任务'].map((w) => [w, true] as const));
const ORGANIZATION = new WordTrie<true>(
  [
    '组织情况', '组织推动', '组织保障', '工作组织',
    '组织领导', '组织推进', '组织实施', '组织落实', '组织开展', '工作开展情况', '开展情况', '推进情况', '基本情况', '总体情况', '整体情况', '工作情况',
    '领导小组', '高度重视', '高位推动', '压实', '压紧', '扛牢', '扛起', '保障措施', '主要做法', '主要举措', '工作举措', '统领', '政治任务', '站位',
    '思想认识', '部署', '责任落实', '工作机制', '长效机制', '标本兼治',
    // A plan's own sections around its tasks: what it aims at and the principles it keeps.
    '指导思想', '总体要求', '总体目标', '整改目标', '工作目标', '目标任务', '基本原则', '工作原则', '工作要求', '整改要求',
  ].map((w) => [w, true] as const),
);

/** What a section title says about its section, if anything. The planning words win, then problem words. */
export function titleKind(folded: string, start: number, end: number): TitleKind | undefined {
  const limit = Math.min(end, start + 120);
  if (NEXT_STEPS.occursIn(folded, start, limit) || CONSOLIDATE.test(folded.slice(start, limit))) return 'next-steps';
  if (PROBLEMS.occursIn(folded, start, limit)) return 'problems';
  if (ORGANIZATION.occursIn(folded, start, limit)) return 'organization';
  return undefined;
}

const ORGANIZING_BODY = new WordTrie<true>(
  ['领导小组', '第一责任人', '召开', '部署', '调度', '督办', '推进会', '专题会', '整改方案', '三张清单', '问题清单', '任务清单', '责任清单', '台账', '销号', '动员', '任组长', '任副组长', '牵头抓总'].map((w) => [w, true] as const),
);

/** How many organising words a stretch of prose uses (召开, 领导小组, 台账 …), counted to a few. */
export function organizingWords(folded: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end && count < 4; i++) {
    const found = ORGANIZING_BODY.at(folded, i, end);
    if (found) {
      count++;
      i += found.length - 1;
    }
  }
  return count;
}

/**
 * 经剖析，问题产生的原因主要是… / 剖析原因，主要是… / 究其原因… : the phrase that opens a cause analysis in prose
 * (anchored at a sentence's start), returned as its length.
 */
const CAUSE_OPENER = /^(?:经(?:过)?(?:认真|深入)?(?:剖析|分析|查摆|反思|研究)[,，]?(?:该|此)?(?:问题)?(?:产生|存在|出现)?的?(?:主要|根本|深层次)?(?:原因|根源)?(?:主要)?(?:是|在于|有)?|(?:剖析|分析|查找)(?:问题)?(?:产生的)?原因[,，]?(?:主要)?(?:是|在于|有)?|究其原因[,，]?(?:主要)?(?:是|在于)?|(?:该|此)?问题(?:产生|存在|出现)的(?:主要|根本|深层次)?原因(?:主要)?(?:是|在于|有)|(?:其|主要|根本)原因(?:主要)?(?:是|在于))[,，:：]?/u;

/**
 * The root named as such: 问题根源在于… / 原因在于… / 深挖根源，主要是… / 造成这一问题的主要原因是… / 深层次原因是….
 */
const ROOT_OPENER = /^(?:(?:深挖|深究|追溯|查找|剖析)(?:问题)?根源[,，]?(?:主要)?(?:是|在于|有)?|(?:产生|造成|出现|导致)(?:该|此|这一|这个|上述|以上)?问题的(?:主要|根本|深层次)?(?:原因|根源)(?:主要)?(?:是|在于|有)|(?:该|此)?问题(?:产生|存在)?的?根源(?:主要)?(?:是|在于)|(?:深层次|根本|主要)?原因(?:主要)?在于|深层次原因(?:主要)?是)[,，:：]?/u;

export function causeOpener(folded: string, at: number, end: number): number {
  const local = folded.slice(at, Math.min(end, at + 40));
  const match = CAUSE_OPENER.exec(local) ?? ROOT_OPENER.exec(local);
  return match && match[0].length >= 3 ? match[0].length : 0;
}

/** 针对该问题，/ 对此，/ 为此，/ 针对上述问题: the phrase that opens a problem's measures in prose. */
const MEASURES_OPENER = /^(?:针对(?:该|此|这一|这个|上述|以上|这些)?(?:项)?(?:问题|情况|不足)|对此(?:问题)?|为此|整改措施如下|具体措施如下|主要(?:采取|做法)(?:了)?(?:以下|如下)?(?:措施|几个方面)?)[,，:：]?/u;

export function measuresOpener(folded: string, at: number, end: number): number {
  const match = MEASURES_OPENER.exec(folded.slice(at, Math.min(end, at + 24)));
  return match ? match[0].length : 0;
}
