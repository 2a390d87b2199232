import { cleanSpan, isEmptySpan, type Span } from './span.js';
import { trailingBracketStatus } from './status-words.js';

export interface SplitHeading {
  title: Span;
  /** Words after the title on the heading's line (the start of the item's body), possibly empty. */
  rest: Span;
}

// The title ends at the first full stop or colon, or where an inline 一是 list begins.
const TITLE_END = /[。:]|(?<=[,;])一是/u;

/**
 * 针对“…”的问题， / 关于“…”问题： / 针对…不到位的问题， opening a paragraph: the problem it answers, quoted or named
 * up to 问题, then what was done. Generic words (针对该问题, 针对巡察反馈的问题) name no problem. Returns the length
 * of the opening up to 问题 (0 when there is none).
 */
// 针对巡察指出的“…”问题 / 关于省委巡视组反馈的“…”问题: who raised the problem, between the preposition and its words.
const RAISED_BY = '(?:(?:(?:中央|省委|市委|州委|盟委|县委|区委|旗委)?(?:第[一二三四五六七八九十]{1,3})?(?:巡察|巡视)(?:组|工作组)?)?(?:反馈|指出|发现|提出|反映){1,2}(?:的)?)?';
const QUOTED_OPENING = new RegExp(`^(?:针对|关于|对于|对|就)[ \\t]{0,2}${RAISED_BY}["“]([^"”\\n]{2,120})["”][ \\t]{0,2}(?:的|等|这一|这个)?(?:问题|意见|方面问题)(?:的整改(?:情况)?)?(?=[,，:：。;；]|$)`, 'u');
const BARE_QUOTED = /^["“][^"”\n]{2,120}["”][ \t]{0,2}(?:的|等)?问题(?=[,，:：。;；])/u;
// A named problem may quote a set phrase inside it (部分村党组织“三会一课”流于形式).
const NAMED_OPENING = new RegExp(`^针对${RAISED_BY}((?:[^,，。;；:：“”"\\n]|“[^“”\\n]{1,16}”){4,60}?)(?:的)?问题(?=[,，:：])`, 'u');
// 一是 / 第一， / 其一， / 首先，: how a 通报 counts the problems it tells in one paragraph.
const LEAD = '(?:[一二三四五六七八九十]{1,3}是[,，]?|第[一二三四五六七八九十]{1,3}[,，、]|其[一二三四五六七八九十][,，、]|(?:首先|其次|再次|最后)[,，])';
const ORDINAL_LEAD = new RegExp(`^${LEAD}`, 'u');
const GENERIC = /^(?:该|此|这|上述|以上|前述|这些|有关|相关|各项|巡察|巡视|反馈|存在的|发现的|指出的)/u;

export function quotedProblemLength(folded: string, start: number, end: number): number {
  // 一是针对“…”问题，… / 二是关于“…”问题，…: a 通报 counting an aspect's problems in one paragraph.
  const lead = ORDINAL_LEAD.exec(folded.slice(start, Math.min(end, start + 6)))?.[0].length ?? 0;
  if (lead > 0) {
    const local = folded.slice(start + lead, Math.min(end, start + lead + 160));
    // Counted, the problem needs no preposition: 二是“食堂管理混乱”问题。…
    const opening = openingLength(local) || (BARE_QUOTED.exec(local)?.[0].length ?? 0);
    return opening > 0 ? lead + opening : 0;
  }
  return openingLength(folded.slice(start, Math.min(end, start + 160)));
}

function openingLength(local: string): number {
  const quoted = QUOTED_OPENING.exec(local);
  if (quoted) return quoted[0].length;
  const named = NAMED_OPENING.exec(local);
  if (named && !GENERIC.test(named[1]) && !/巡察|巡视|反馈/u.test(named[1])) return named[0].length;
  return 0;
}

/** Splits a heading's words into its title and the body text that follows on the same line. */
export function splitHeading(text: string, folded: string, range: Span): SplitHeading {
  const opening = quotedProblemLength(folded, range.start, range.end);
  if (opening > 0 && range.start + opening < range.end) {
    const cut = range.start + opening;
    return { title: cleanSpan(text, { start: range.start, end: cut }), rest: cleanSpan(text, { start: cut + 1, end: range.end }) };
  }
  const local = folded.slice(range.start, range.end);
  const end = TITLE_END.exec(local);
  if (!end) {
    // 1.…不到位（已完成）: the bracketed status is the start of the body, read as the problem's status.
    const status = trailingBracketStatus(folded, range.start, range.end);
    if (status !== undefined) return { title: cleanSpan(text, { start: range.start, end: status }), rest: { start: status, end: range.end } };
    return { title: cleanSpan(text, range), rest: { start: range.end, end: range.end } };
  }
  const cut = range.start + end.index;
  const restStart = local[end.index] === '。' || local[end.index] === ':' ? cut + 1 : cut;
  return { title: cleanSpan(text, { start: range.start, end: cut }), rest: cleanSpan(text, { start: restStart, end: range.end }) };
}

// 针对…问题, 关于“…”问题的整改, 在…方面: the wrapper headings put around a problem's own words.
// An ordinal lead-in (一是针对“…”问题) counts the problem; it is no part of its words.
const WRAPPERS: readonly RegExp[] = [
  new RegExp(`^${LEAD}?(?:(?:关于|针对|对于|对|就)${RAISED_BY})?["“](.+)["”](?:的|等|这一|这个)?(?:问题|情况|意见|方面问题)(?:的整改(?:情况)?)?$`, 'u'),
  new RegExp(`^${LEAD}?关于${RAISED_BY}(.+?)(?:的)?问题(?:的整改(?:情况)?)?$`, 'u'),
  new RegExp(`^${LEAD}?针对${RAISED_BY}(.+?)(?:的)?问题(?:的整改(?:情况)?)?$`, 'u'),
  /^在(.+)方面$/u,
];

/** The problem's own words inside a 针对…问题 / 关于“…”问题的整改 / 在…方面 heading (the whole title otherwise). */
export function problemWords(folded: string, title: Span): Span {
  const local = folded.slice(title.start, title.end);
  for (const wrapper of WRAPPERS) {
    const match = wrapper.exec(local);
    if (!match) continue;
    const start = title.start + match[0].indexOf(match[1]);
    const inner = { start, end: start + match[1].length };
    if (!isEmptySpan(inner)) return inner;
  }
  return title;
}

/** Whether a heading's title names a problem (practice.md E4: 方面, 问题的整改, 关于“…”). */
export function namesProblem(folded: string, title: Span): boolean {
  return WRAPPERS.some((wrapper) => wrapper.test(folded.slice(title.start, title.end)));
}
