import type { Declared } from '../types/plan.js';
import { COUNT, parseCount } from './chinese-numbers.js';
import type { ImportContext } from './context.js';
import type { Span } from './span.js';

type CountKey = 'aspects' | 'problems' | 'tasks' | 'measures';
type StatusKey = 'completed' | 'inProgress' | 'basicallyDone' | 'ongoing' | 'notDone';

/** Units of a declared total (practice.md B1), one denominator each. */
const UNITS: readonly [RegExp, CountKey][] = [
  [/^(?:个大方面|个方面|大方面|方面|大类)/u, 'aspects'],
  [/^(?:个具体问题|项具体问题|个问题|项问题|条问题|条反馈意见|条意见|个反馈问题|项反馈问题)/u, 'problems'],
  [/^(?:项整改任务|个整改任务|项任务)/u, 'tasks'],
  [/^(?:项整改措施|条整改措施|条措施|项措施)/u, 'measures'],
];
const COUNT_AT = new RegExp(`(${COUNT})\\s*`, 'gu');
/** 整改措施56条, 分解整改任务106个: the count after its unit needs no 反馈 before it. */
const COUNT_AFTER = new RegExp(`(整改措施|整改任务)(${COUNT})(?:条|项|个)`, 'gu');
const STATUS_COUNTS: readonly [RegExp, StatusKey][] = [
  [new RegExp(`(?<!未|基本)(?:已|全部)?(?:完成整改|整改完成|完成|已整改到位|已整改)(${COUNT})(?:个|项|条)`, 'gu'), 'completed'],
  [new RegExp(`(?:正在推进|正在整改|整改中|推进中|部分整改)(${COUNT})(?:个|项|条)`, 'gu'), 'inProgress'],
  [new RegExp(`基本完成(?:整改)?(${COUNT})(?:个|项|条)`, 'gu'), 'basicallyDone'],
  [new RegExp(`(?:持续整改|长期坚持)(${COUNT})(?:个|项|条)`, 'gu'), 'ongoing'],
  [new RegExp(`(?:未完成|未整改)(?:整改)?(${COUNT})(?:个|项|条)`, 'gu'), 'notDone'],
];
const RATE = /(?:整改)?完成率(?:为|达到|达)?\s*(\d+(?:\.\d+)?)\s*%/u;
/** How far before a list of totals the word 反馈 may stand (针对巡察反馈的3个方面). */
const CONTEXT = 16;
const FEEDBACK_CONTEXT = /反馈|巡[察视][^,。]{0,6}(?:指出|发现)/u;
/** What may stand between two totals of one list: 3个方面、9项问题, 4个方面共计50项问题. */
const LIST_GLUE = /^\s*(?:、|,|和|及|与|共计|共)*\s*$/u;

/**
 * Totals as the report declares them, from the opening and organisation sections: 针对巡察反馈的3个方面、9项问题,
 * 28条意见, 已完成19项、正在推进6项, 完成率76%. A list preceded by 等 (党建、作风等3个方面) is marked approximate.
 */
export function readDeclared(ctx: ImportContext, lines: readonly Span[]): { declared?: Declared; used: Span[] } {
  const declared: Declared = {};
  const used: Span[] = [];
  const set = (key: keyof Declared, value: number | string | boolean, range: Span) => {
    if (declared[key] !== undefined) return;
    (declared as Record<string, unknown>)[key] = value;
    ctx.spans.set(['declared', key], range);
    used.push(range);
  };
  for (const line of lines) {
    const folded = ctx.folded.slice(line.start, line.end);
    const at = (index: number, length: number): Span => ({ start: line.start + index, end: line.start + index + length });
    let listEnd = -1;
    COUNT_AT.lastIndex = 0;
    for (let match = COUNT_AT.exec(folded); match; match = COUNT_AT.exec(folded)) {
      const after = folded.slice(match.index + match[0].length);
      const unit = UNITS.find(([pattern]) => pattern.test(after));
      const count = parseCount(match[1]);
      // 每一条意见, 第一项问题: a distributive or an ordinal, not a total.
      if (!unit || count === undefined || /[每第逐单]$/u.test(folded.slice(0, match.index))) continue;
      const before = folded.slice(Math.max(clauseStart(folded, match.index), match.index - CONTEXT), match.index);
      // A total is one the feedback gave: 反馈 stands just before it, or before the list of totals it continues.
      const continues = listEnd >= 0 && LIST_GLUE.test(folded.slice(listEnd, match.index));
      if (!continues && !FEEDBACK_CONTEXT.test(before)) continue;
      const length = match[0].length + unit[0].exec(after)![0].length;
      set(unit[1], count, at(match.index, length));
      if (/等\s*$/u.test(before)) set('approximate', true, at(match.index, length));
      listEnd = match.index + length;
    }
    COUNT_AFTER.lastIndex = 0;
    for (let match = COUNT_AFTER.exec(folded); match; match = COUNT_AFTER.exec(folded)) {
      const count = parseCount(match[2]);
      if (count !== undefined) set(match[1] === '整改措施' ? 'measures' : 'tasks', count, at(match.index, match[0].length));
    }
    for (const [pattern, key] of STATUS_COUNTS) {
      pattern.lastIndex = 0;
      const match = pattern.exec(folded);
      const count = match ? parseCount(match[1]) : undefined;
      if (match && count !== undefined) set(key, count, at(match.index, match[0].length));
    }
    const rate = RATE.exec(folded);
    if (rate) set('completionRate', `${rate[1]}%`, at(rate.index, rate[0].length));
  }
  if (Object.keys(declared).length === 0) return { used };
  const first = used.reduce((a, b) => (b.start < a.start ? b : a));
  ctx.spans.set(['declared'], first);
  const sentence = sentenceAround(ctx, first);
  declared.text = ctx.text.slice(sentence.start, sentence.end);
  ctx.spans.set(['declared', 'text'], sentence);
  return { declared, used };
}

function clauseStart(folded: string, at: number): number {
  return Math.max(...['。', ';', ','].map((mark) => folded.lastIndexOf(mark, at))) + 1;
}

function sentenceAround(ctx: ImportContext, range: Span): Span {
  let start = range.start;
  while (start > 0 && !'。\n\r'.includes(ctx.text[start - 1])) start--;
  let end = range.end;
  while (end < ctx.text.length && !'。\n\r'.includes(ctx.text[end])) end++;
  if (ctx.text[end] === '。') end++;
  return { start, end };
}
