/**
 * Totals as the report declares them (practice.md B1–B3), in every order reports write them: 3个方面14条意见,
 * 共反馈问题12个, 问题12个, 反馈的问题共3个方面11个, 制定整改措施35条, 160条整改任务; status counts with long status
 * phrases (已完成整改11条，正在推进3条 / 基本完成取得阶段性成果并持续整改问题4个 / 正在推进整改2个); 完成率93.75%.
 * Nested units are levels, not addends: the first count of a unit is its total (5个方面17项问题，细化为56个具体问题
 * declares 17 problems), and status counts belong to the unit their sentence counts (160条整改任务已完成150项).
 */
import type { Declared, Status } from '../types/plan.js';
import { COUNT, parseCount } from './chinese-numbers.js';
import type { ImportContext } from './context.js';
import type { Span } from './span.js';
import { phraseAt } from './status-words.js';
import { WordTrie } from './word-trie.js';

type Unit = 'aspects' | 'problems' | 'detail' | 'tasks' | 'measures';
type StatusKey = 'completed' | 'inProgress' | 'basicallyDone' | 'ongoing' | 'notDone';
export type ImportedDeclared = Declared & { statusOf?: 'tasks' | 'measures' };

const NOUNS = new WordTrie<Unit>([
  ['个方面', 'aspects'],
  ['大方面', 'aspects'],
  ['方面', 'aspects'],
  ['个问题', 'problems'],
  ['问题', 'problems'],
  ['条意见', 'problems'],
  ['意见', 'problems'],
  ['反馈问题', 'problems'],
  ['个反馈问题', 'problems'],
  ['个具体问题', 'detail'],
  ['具体问题', 'detail'],
  ['整改任务', 'tasks'],
  ['项任务', 'tasks'],
  ['任务', 'tasks'],
  ['整改措施', 'measures'],
  ['具体措施', 'measures'],
  ['措施', 'measures'],
]);
const COUNTER = '个项条件类大';
const STATUS_KEYS: Partial<Record<Status, StatusKey>> = {
  done: 'completed',
  'done-ongoing': 'completed',
  'basically-done': 'basicallyDone',
  'in-progress': 'inProgress',
  ongoing: 'ongoing',
  'not-done': 'notDone',
  'not-started': 'notDone',
};
const COUNT_AT = new RegExp(`^${COUNT}`, 'u');
const RATE = /(?:整改)?完成率(?:为|达到|达)?[ \t]{0,2}(\d{1,3}(?:\.\d{1,4})?)[ \t]{0,2}%/u;
/** Words that make a count a total of the feedback: it stands in their clause before it. */
const CONTEXT = new WordTrie<true>(['反馈', '指出', '发现', '共', '合计', '总计', '涉及', '对照', '针对', '梳理'].map((w) => [w, true] as const));
const ACTION = new WordTrie<true>(['制定', '细化', '分解', '梳理', '明确', '形成', '建立', '提出', '研究', '共', '落实', '列出', '确定'].map((w) => [w, true] as const));
/** What may stand between two totals of one list, or between a noun and its count: 、 , 和 共计 为 … */
const GLUE = /^[ \t]{0,2}(?:、|,|，|和|及|与|共计|共|总计|合计|为|有|计|:|：)*[ \t]{0,2}$/u;
const CLAUSE_MARKS = ',，;；:：';

interface Token {
  kind: 'count' | 'noun' | 'status';
  span: Span;
  n?: number;
  unit?: Unit;
  status?: StatusKey;
}

export function readDeclared(ctx: ImportContext, ranges: readonly Span[]): { declared?: ImportedDeclared; used: Span[] } {
  const declared: ImportedDeclared = {};
  const used: Span[] = [];
  const set = (key: keyof Declared, value: number | string | boolean, range: Span) => {
    if (declared[key] !== undefined) return false;
    (declared as Record<string, unknown>)[key] = value;
    ctx.spans.set(['declared', key], range);
    used.push(range);
    return true;
  };
  for (const range of ranges) {
    let start = range.start;
    for (let i = range.start; i <= range.end; i++) {
      if (i < range.end && !'。!?！？\n'.includes(ctx.folded.charAt(i))) continue;
      if (i > start) readSentence(ctx, { start, end: i }, declared, set);
      start = i + 1;
    }
  }
  if (Object.keys(declared).length === 0) return { used };
  inferStatusUnit(declared);
  const first = used.reduce((a, b) => (b.start < a.start ? b : a));
  ctx.spans.set(['declared'], first);
  const sentence = sentenceAround(ctx, first);
  declared.text = ctx.text.slice(sentence.start, sentence.end);
  ctx.spans.set(['declared', 'text'], sentence);
  return { declared, used };
}

function readSentence(ctx: ImportContext, sentence: Span, declared: ImportedDeclared, set: (key: keyof Declared, value: number | string | boolean, range: Span) => boolean): void {
  const { folded } = ctx;
  const tokens = tokenize(folded, sentence);
  let listEnd = -1;
  let pendingNoun: Token | undefined;
  /** The unit the sentence counts (the subject of its status counts): 160条整改任务已完成150项. */
  let subject: Unit | undefined;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (token.kind === 'noun') {
      pendingNoun = token;
      continue;
    }
    if (token.kind === 'status') {
      // The count follows, perhaps after the noun it counts (已完成整改问题4个).
      let ahead = t + 1;
      while (tokens[ahead]?.kind === 'noun' && ahead - t < 3) ahead++;
      const next = tokens[ahead];
      if (next?.kind === 'count' && next.n !== undefined && (next.unit === undefined || next.unit === subject || next.unit === 'problems') && near(folded, token.span.end, next.span.start)) {
        const key = token.status!;
        // 已完成整改任务58项: the words between the status and its count may name the unit.
        const between = folded.slice(token.span.end, next.span.start);
        const unit = /任务/u.test(between) ? 'tasks' : /措施/u.test(between) ? 'measures' : subject;
        if (set(key, next.n, { start: token.span.start, end: next.span.end }) && (unit === 'tasks' || unit === 'measures')) declared.statusOf ??= unit;
        t = ahead;
      }
      continue;
    }
    // A count: of its own noun, or of the noun just before it (问题共3个方面11个: 11 counts 问题).
    const continues = listEnd >= 0 && glued(folded, listEnd, token.span.start);
    // The noun's count follows it at once or after 共/为 (问题12个, 问题共12个), or continues its list (问题共3个方面11个).
    const inherits = pendingNoun !== undefined && (continues || /^(?:共计|共|总计|合计|为|有|计)?$/u.test(folded.slice(pendingNoun.span.end, Math.min(token.span.start, pendingNoun.span.end + 3))) && token.span.start - pendingNoun.span.end <= 2);
    const unit = token.unit ?? (inherits ? pendingNoun!.unit : undefined);
    if (unit === undefined || token.n === undefined) continue;
    const clauseFrom = clauseStart(folded, token.span.start, sentence.start);
    const nounFirst = token.unit === undefined;
    const from = nounFirst && pendingNoun ? pendingNoun.span.start : token.span.start;
    // The noun itself may say it (反馈问题12个).
    const contextEnd = nounFirst && pendingNoun ? pendingNoun.span.end : from;
    const context = (unit === 'tasks' || unit === 'measures' ? ACTION : CONTEXT).occursIn(folded, clauseFrom, contextEnd) || (nounFirst && (unit === 'tasks' || unit === 'measures'));
    subject ??= unit === 'detail' ? 'problems' : unit;
    if (!continues && !context) continue;
    const span = { start: from, end: token.span.end };
    const key: keyof Declared | undefined = unit === 'detail' ? (declared.problems === undefined ? 'problems' : undefined) : unit;
    if (key && set(key, token.n, span) && folded.charAt(token.span.start - 1) === '等') set('approximate', true, span);
    listEnd = token.span.end;
    if (nounFirst) pendingNoun = undefined;
  }
  const rate = RATE.exec(folded.slice(sentence.start, sentence.end));
  if (rate) set('completionRate', `${rate[1]}%`, { start: sentence.start + rate.index, end: sentence.start + rate.index + rate[0].length });
}

/**
 * When no sentence says which unit the status counts count, their sum says it: 21项问题、整改任务63项 with 58 done
 * and 5 in progress (58 + 5 = 63) counts tasks. A sum equal to the problems keeps them on the problems.
 */
function inferStatusUnit(declared: ImportedDeclared): void {
  if (declared.statusOf !== undefined) return;
  const sum = (['completed', 'inProgress', 'basicallyDone', 'ongoing', 'notDone'] as const).reduce((n, key) => n + (declared[key] ?? 0), 0);
  if (sum === 0 || sum === declared.problems) return;
  if (sum === declared.tasks) declared.statusOf = 'tasks';
  else if (sum === declared.measures) declared.statusOf = 'measures';
}

/** Counts (3个方面, 14条, 160条整改任务), nouns (问题, 整改措施) and status phrases of a sentence, in order. */
function tokenize(folded: string, sentence: Span): Token[] {
  const tokens: Token[] = [];
  for (let i = sentence.start; i < sentence.end; i++) {
    const status = phraseAt(folded, i, sentence.end);
    if (status) {
      const key = STATUS_KEYS[status.status];
      if (key) tokens.push({ kind: 'status', span: status.span, status: key });
      i = status.span.end - 1;
      continue;
    }
    const count = COUNT_AT.exec(folded.slice(i, Math.min(sentence.end, i + 12)));
    if (count && !isDigit(folded.charAt(i - 1)) && !'每第逐单'.includes(folded.charAt(i - 1))) {
      const n = parseCount(count[0]);
      let j = i + count[0].length;
      if (folded.charAt(j) === '余' || folded.charAt(j) === '多') j++;
      const counter = COUNTER.includes(folded.charAt(j)) ? 1 : 0;
      const noun = NOUNS.at(folded, j + counter, sentence.end);
      const nounEnd = j + counter + (noun?.length ?? 0);
      if ((counter || noun) && !isDigit(folded.charAt(j)) && !'年月日%.'.includes(folded.charAt(j))) {
        if (!(noun && folded.slice(nounEnd, nounEnd + 2) === '线索')) tokens.push({ kind: 'count', span: { start: i, end: nounEnd }, ...(n !== undefined ? { n } : {}), ...(noun ? { unit: noun.value } : {}) });
        i = nounEnd - 1;
        continue;
      }
      i += count[0].length - 1;
      continue;
    }
    const noun = NOUNS.at(folded, i, sentence.end);
    // A bare 任务 or 方面 is too common a word (政治任务, 各方面) to count on.
    if (noun && noun.value !== 'aspects' && !(noun.length === 2 && noun.value === 'tasks') && folded.slice(i + noun.length, i + noun.length + 2) !== '线索' && !otherMeasures(folded, i, noun)) {
      tokens.push({ kind: 'noun', span: { start: i, end: i + noun.length }, unit: noun.value });
      i += noun.length - 1;
    }
  }
  return tokens;
}

/**
 * A bare 措施 after a word that makes it another kind (制定防控措施52条, 保障措施): not the plan's measures. 措施 stands
 * for them after a verb that makes them (制定措施35条), after 的/各项, after list glue, or opening its clause.
 */
function otherMeasures(folded: string, at: number, noun: { value: Unit; length: number }): boolean {
  if (noun.value !== 'measures' || noun.length !== 2) return false;
  const before = folded.charAt(at - 1);
  if (!/\p{Script=Han}/u.test(before) || '的项和及与共'.includes(before)) return false;
  return ACTION.at(folded, at - 2, at)?.length !== 2;
}

/** Whether only list glue (、 和 共计 …) stands between two offsets, a few characters apart at most. */
function glued(folded: string, from: number, to: number): boolean {
  return to - from <= 8 && GLUE.test(folded.slice(from, to));
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9';
}

/** A status and its count stand close: 正在推进3条, 已完成整改问题4个, 正在推进整改2个. */
function near(folded: string, from: number, to: number): boolean {
  return to - from <= 6 && !/[。;；]/u.test(folded.slice(from, to));
}

function clauseStart(folded: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && !CLAUSE_MARKS.includes(folded.charAt(i - 1)) && at - i < 60) i--;
  // 对照巡察反馈的3个方面14条意见: the context often stands a clause earlier.
  if (i > floor && at - i < 4) {
    let j = i - 1;
    while (j > floor && !CLAUSE_MARKS.includes(folded.charAt(j - 1)) && at - j < 60) j--;
    return j;
  }
  return i;
}

function sentenceAround(ctx: ImportContext, range: Span): Span {
  let start = range.start;
  while (start > 0 && range.start - start < 400 && !'。\n\r'.includes(ctx.text[start - 1])) start--;
  let end = range.end;
  while (end < ctx.text.length && end - range.end < 400 && !'。\n\r'.includes(ctx.text[end])) end++;
  if (ctx.text[end] === '。') end++;
  return { start, end };
}
