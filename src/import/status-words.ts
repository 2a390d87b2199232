/**
 * Status phrases as reports write them, on width-folded text: 已完成, 已完成整改，并将长期坚持, 正在推进中,
 * 基本完成取得阶段性成果并持续整改, 目前，该问题已基本完成整改. A phrase is read leftmost-longest from a word list
 * (so 未完成 is never 完成 and 基本完成 never 已完成), then a 长期坚持 later in the same clause turns 已完成 into
 * 已完成并长期坚持.
 */
import type { Status } from '../types/plan.js';
import type { Span } from './span.js';
import { WordTrie } from './word-trie.js';

const WORDS: readonly [Status, readonly string[]][] = [
  ['done', ['已完成整改', '已完成', '完成整改', '整改完成', '已整改到位', '已全部整改到位', '全部整改到位', '已全部完成', '全部完成', '整改到位', '已整改', '已整改销号', '已销号', '已办结', '已完结', '办结销号', '见底清零', '已落实到位', '整改已完成', '整改已到位', '整改完毕', '已整改完毕', '已全面完成', '已经完成', '已按期完成', '已按时完成', '按期完成整改', '已全部整改', '已整改完成', '已全面整改', '已立行立改', '已落实']],
  ['done-ongoing', ['已完成并长期坚持', '已完成整改并建立长效机制']],
  ['basically-done', ['基本完成', '已基本完成', '基本整改到位', '阶段性完成', '取得阶段性成效', '取得阶段性成果', '基本整改完成', '初见成效', '取得初步成效', '取得了阶段性成效', '取得了阶段性成果', '已基本整改到位', '整改已基本到位', '已基本整改', '基本整改', '已完成阶段性目标', '已完成阶段性任务', '完成阶段性任务', '完成阶段性目标']],
  ['in-progress', ['正在推进中', '正在整改中', '正在落实中', '正在实施中', '正在办理中', '整改进行中', '正在推进', '正在整改', '整改中', '推进中', '部分整改', '正在落实', '正在实施', '整改推进中', '正在办理', '持续推进中', '正在进行', '持续整改中', '取得阶段性进展', '取得了阶段性进展', '正在有序推进', '有序推进中', '正在稳步推进', '稳步推进中', '正在加快推进', '加快推进中', '正在抓紧整改', '正在抓紧推进', '正在积极推进', '积极推进中', '正在持续推进', '正在持续推进中', '正在持续整改', '正在持续整改中',
    // On schedule: 正在按计划推进 / 正按序时进度推进 / 按计划有序推进中.
    '正在按计划推进', '正按计划推进', '按计划推进', '按计划推进中', '正在按序时推进', '正按序时推进', '按序时推进', '按序时进度推进', '正按序时进度推进', '按计划有序推进', '按计划有序推进中']],
  ['ongoing', ['持续整改', '长期坚持', '需长期坚持', '长期整改', '常态化推进', '持续推进', '长期推进', '长期坚持中', '仍需长期坚持', '还需长期坚持', '需持续推进', '仍需持续推进', '将持续推进', '将长期坚持', '需常态化推进']],
  ['not-done', ['未完成', '尚未完成', '未整改', '未整改到位', '整改不到位', '整改不够到位', '未按期完成', '未销号', '未办结', '未完结']],
  ['not-started', ['未启动', '尚未启动', '尚未开展', '未开展']],
  ['postponed', ['申请延期', '延期整改', '延期完成', '延期']],
];

/**
 * 正在 + how + what: 正在按程序处置, 正在依法依规处理, 正在抓紧核查. Units vary both halves freely, so the phrases are
 * the grid of them rather than a list that misses the next combination.
 */
const MANNERS = ['', '按程序', '依法', '依规', '依法依规', '按规定', '按要求', '抓紧', '积极', '稳步', '有序', '加快', '全力', '逐步', '持续'];
const ACTIONS = ['推进', '整改', '落实', '实施', '办理', '处置', '处理', '核查', '清理', '整治', '追缴', '清退', '查处', '调查', '推动'];
const UNDER_WAY = MANNERS.flatMap((manner) => ACTIONS.flatMap((action) => [`正在${manner}${action}`, `正在${manner}${action}中`]));

// A word's first entry holds: the list's, where a listed word is also in the grid.
const PHRASES = new WordTrie<Status>([
  ...WORDS.flatMap(([status, words]) => words.map((word) => [word, status] as const)),
  ...UNDER_WAY.map((word) => [word, 'in-progress' as Status] as const),
]);
/** Words after which a 完成 is no status: 完成率, 完成情况, 完成时限 … */
// …整改不到位不放过 / 未完成决不收兵 is a resolve, not a status.
const NOT_AFTER = /^(?:率|情况|时限|时间|期限|标准|数|后|的|不放过|决不|绝不|不收兵|不罢休|不松手)/u;
const ONGOING = new WordTrie<true>(['长期坚持', '持续推进', '常态化', '长效机制', '持续巩固', '持续整改', '久久为功', '长期抓'].map((w) => [w, true] as const));
/** Words before a status that name what it is about (该问题已完成, 目前已完成): its subject, not its words. */
const SUBJECTS = new WordTrie<true>(
  ['截至目前', '截止目前', '目前', '剩余部分', '其余部分', '剩余问题', '其余问题', '现阶段', '现已', '现', '至此', '经整改', '经过整改', '该问题', '此问题', '本问题', '上述问题', '这一问题', '该项问题', '此项问题', '该条问题', '此项工作', '该项工作', '这项工作', '此项整改', '该项整改', '该项', '此项', '该条意见', '此条意见', '该意见', '该任务', '该项任务', '整改任务', '该项整改任务', '此项整改任务', '任务', '各项任务', '各项工作', '剩余工作', '其余工作', '相关工作', '整改工作', '我们', '我局', '我单位', '各项整改', '整改', '问题', '均已', '已经', '已', '均', '全部', '总体', '已全部'].map((w) => [w, true] as const),
);
const CLAUSE_END = '。;；!?！？\n';
const CLAUSE_MARK = ',，、:：';
const LEADING_SKIP = ` \t${CLAUSE_MARK}(（【[`;

export interface StatusPhrase {
  status: Status;
  /** The phrase as printed, with a following 并长期坚持. */
  span: Span;
}

/** The first status phrase in text[start, end), if any. */
export function findStatusPhrase(folded: string, start: number, end: number): StatusPhrase | undefined {
  for (let i = start; i < end; i++) {
    const found = phraseAt(folded, i, end);
    if (found) return found;
  }
  return undefined;
}

/** The status phrase starting exactly at `at`, if any. */
export function phraseAt(folded: string, at: number, end: number): StatusPhrase | undefined {
  const found = PHRASES.at(folded, at, end);
  if (!found) return undefined;
  const after = at + found.length;
  if (NOT_AFTER.test(folded.slice(after, after + 3))) return undefined;
  return combine(folded, found.value, { start: at, end: after }, end);
}

/**
 * 已完成 … 并长期坚持 → done-ongoing; 基本完成 … 持续整改 stays basically-done but covers the words. The 长期坚持 stands
 * in the same clause, or opens the next one (已完成整改，并将长期坚持); a count between them means a list of statuses
 * (已完成5个，持续整改1个), not one status.
 */
function combine(folded: string, status: Status, span: Span, end: number): StatusPhrase {
  if (status !== 'done' && status !== 'basically-done') return { status, span };
  const limit = Math.min(end, span.end + 24);
  let clauses = 0;
  for (let i = span.end; i < limit; i++) {
    const char = folded.charAt(i);
    if (CLAUSE_END.includes(char) || (char >= '0' && char <= '9')) break;
    if (CLAUSE_MARK.includes(char)) {
      if (++clauses > 1) break;
      // The next clause must open with a connective or the marker itself.
      const next = folded.slice(i + 1, i + 4);
      if (!/^(?:并|且|同时|长期|持续|常态)/u.test(next)) break;
      continue;
    }
    const ongoing = ONGOING.at(folded, i, limit);
    if (ongoing) return { status: status === 'done' ? 'done-ongoing' : status, span: { start: span.start, end: i + ongoing.length } };
  }
  return { status, span };
}

/**
 * A status at the very start of a stretch, after at most its subject (整改进展：已完成。…, 整改状态：目前已完成):
 * what a status or progress label's content says first. The clause must end soon after the phrase
 * (已完成整改。 / 正在推进中， / 已基本完成整改), so 已完成38个村的编制 is no status.
 */
export function leadingStatus(folded: string, start: number, end: number): StatusPhrase | undefined {
  let i = start;
  for (let guard = 0; i < end && guard < 12; guard++) {
    // A status set in brackets ((已完成) after a heading) opens with the bracket.
    for (let skipped = 0; skipped < 4 && i < end && LEADING_SKIP.includes(folded.charAt(i)); skipped++) i++;
    const phrase = phraseAt(folded, i, end);
    if (phrase) return clauseStatus(folded, phrase, end);
    const subject = datedDone(folded, i, end) ?? SUBJECTS.at(folded, i, end)?.length ?? countedRest(folded, i, end);
    if (!subject) return undefined;
    i += subject;
  }
  return undefined;
}

// The measure words counted items take: 个 项 件 处 条 起, and 宗 笔 户 家 名 人 所 座 批 份 for cases, sums, households, units, people.
const REST_COUNT = /^(?:剩余|其余|尚余|余下)(?:\d{1,5}|[一二三四五六七八九十两]{1,3})[个项件处条起宗笔户家名人所座批份](?:问题|任务|案件)?/u;

/** 剩余1项 / 其余两个问题: the rest of a problem's items, counted, as the subject of their status (…剩余1项正在推进). */
function countedRest(folded: string, at: number, end: number): number | undefined {
  return REST_COUNT.exec(folded.slice(at, Math.min(end, at + 12)))?.[0].length;
}

/**
 * The phrase when its clause ends soon after it. A 长期坚持 read into the next clause may go on with other words
 * (已完成，常态化督查将持续开展): it is enough that the phrase itself ends its clause; the work goes on all the same.
 */
function clauseStatus(folded: string, phrase: StatusPhrase, end: number): StatusPhrase | undefined {
  if (endsClause(folded, phrase, end)) return phrase;
  const word = PHRASES.at(folded, phrase.span.start, end);
  if (!word || phrase.span.end === phrase.span.start + word.length) return undefined;
  const plain: StatusPhrase = { status: word.value, span: { start: phrase.span.start, end: phrase.span.start + word.length } };
  return endsClause(folded, plain, end) ? phrase : undefined;
}

// The adverb before the verb (已于10月全面完成) is part of the lead-in; the verb starts the status.
const DATED_DONE = /^已于[0-9一二三四五六七八九十〇零年月日底初末上中下旬份]{1,12}(?:全面|全部|顺利)?(?=完成|整改到位|办结|销号)/u;

/** 已于10月 / 已于2024年9月底 before 完成整改: when the work was finished, a subject-like lead-in of a done status. */
function datedDone(folded: string, at: number, end: number): number | undefined {
  if (folded.charAt(at) !== '已') return undefined;
  return DATED_DONE.exec(folded.slice(at, Math.min(end, at + 24)))?.[0].length;
}

/** Whether the clause ends within a few characters after the phrase, none of them a digit. */
function endsClause(folded: string, phrase: StatusPhrase, end: number): boolean {
  for (let i = phrase.span.end; i < Math.min(end, phrase.span.end + 5); i++) {
    const char = folded.charAt(i);
    if (CLAUSE_END.includes(char) || CLAUSE_MARK.includes(char)) return true;
    if (char >= '0' && char <= '9') return false;
  }
  return phrase.span.end + 5 > end;
}

export interface StatusSentence extends StatusPhrase {
  /** The sentence that states it. */
  sentence: Span;
}

/**
 * The last sentence of a problem's prose that states the problem's status: a clause whose subject is the problem
 * or the present (该问题已完成整改，并将长期坚持 / 目前，该问题正在推进，计划于…完成). Clauses about other things
 * (全县已完成38个村的…) do not count: their status words follow other words.
 */
export function closingStatus(folded: string, start: number, end: number): StatusSentence | undefined {
  let last: StatusSentence | undefined;
  let sentenceStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !CLAUSE_END.includes(folded.charAt(i))) continue;
    const found = statusInSentence(folded, sentenceStart, i);
    if (found) last = { ...found, sentence: { start: sentenceStart, end: Math.min(end, i + 1) } };
    sentenceStart = i + 1;
  }
  return last;
}

function statusInSentence(folded: string, start: number, end: number): StatusPhrase | undefined {
  let clauseStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !CLAUSE_MARK.includes(folded.charAt(i))) continue;
    const phrase = leadingStatus(folded, clauseStart, end);
    if (phrase && phrase.span.start < Math.max(i, clauseStart + 1)) return phrase;
    clauseStart = i + 1;
  }
  return undefined;
}

const OPENING_BRACKETS = '(（【[';
const CLOSING_BRACKETS = ')）】]';

/** A bracketed status at the start of a span ((已完成) right after a heading's title), with where its bracket closes. */
export function bracketStatusOpening(folded: string, span: Span): { phrase: StatusPhrase; end: number } | undefined {
  let start = span.start;
  while (start < span.end && folded.charAt(start) === ' ') start++;
  if (!OPENING_BRACKETS.includes(folded.charAt(start))) return undefined;
  for (let close = start + 2; close < Math.min(span.end, start + 16); close++) {
    if (!CLOSING_BRACKETS.includes(folded.charAt(close))) continue;
    const phrase = leadingStatus(folded, start + 1, close);
    return phrase ? { phrase, end: close + 1 } : undefined;
  }
  return undefined;
}

/**
 * Where a bracketed status ending a heading starts (1.防汛责任落实不到位（正在推进）, …不严格【已完成】): the status the
 * unit gives the problem at a glance, no part of its title. Only a bracket holding nothing but a status counts, so
 * 党的建设方面（4个） and …（已完成3个） stay titles. Looks back a few characters only.
 */
export function trailingBracketStatus(folded: string, start: number, end: number): number | undefined {
  let close = end;
  while (close > start && folded.charAt(close - 1) === ' ') close--;
  if (close <= start || !CLOSING_BRACKETS.includes(folded.charAt(close - 1))) return undefined;
  for (let open = close - 2; open >= Math.max(start, close - 16); open--) {
    if (!OPENING_BRACKETS.includes(folded.charAt(open))) continue;
    const phrase = leadingStatus(folded, open + 1, close - 1);
    return phrase && open > start ? open : undefined;
  }
  return undefined;
}

const GROUP_NOUN = /^(?:整改)?的?(?:问题|事项|任务|反馈问题|整改事项|整改任务)/u;

/**
 * The status a heading gives every problem under it (一、已完成整改的问题（4个）/ 正在整改的事项): a 通报 that groups
 * its problems by where they stand, not by aspect. The heading opens with the status and names problems.
 */
export function groupStatus(folded: string, start: number, end: number): StatusPhrase | undefined {
  // The phrase as a word (已完成整改的问题): phraseAt would take 的 after it for 完成的 words, not a status.
  const found = PHRASES.at(folded, start, end);
  if (!found) return undefined;
  const after = start + found.length;
  return GROUP_NOUN.test(folded.slice(after, Math.min(end, after + 8))) ? { status: found.value, span: { start, end: after } } : undefined;
}
