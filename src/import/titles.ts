import { cleanSpan, isEmptySpan, type Span } from './span.js';

export interface SplitHeading {
  title: Span;
  /** Words after the title on the heading's line (the start of the item's body), possibly empty. */
  rest: Span;
}

// The title ends at the first full stop or colon, or where an inline 一是 list begins.
const TITLE_END = /[。:]|(?<=[,;])一是/u;

/** Splits a heading's words into its title and the body text that follows on the same line. */
export function splitHeading(text: string, folded: string, range: Span): SplitHeading {
  const local = folded.slice(range.start, range.end);
  const end = TITLE_END.exec(local);
  if (!end) return { title: cleanSpan(text, range), rest: { start: range.end, end: range.end } };
  const cut = range.start + end.index;
  const restStart = local[end.index] === '。' || local[end.index] === ':' ? cut + 1 : cut;
  return { title: cleanSpan(text, { start: range.start, end: cut }), rest: cleanSpan(text, { start: restStart, end: range.end }) };
}

// 针对…问题, 关于“…”问题的整改, 在…方面: the wrapper headings put around a problem's own words.
const WRAPPERS: readonly RegExp[] = [
  /^关于["“](.+)["”](?:的)?问题(?:的整改(?:情况)?)?$/u,
  /^关于(.+?)(?:的)?问题(?:的整改(?:情况)?)?$/u,
  /^针对(.+?)(?:的)?问题(?:的整改(?:情况)?)?$/u,
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
