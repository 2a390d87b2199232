/**
 * Published 通报 often tell an aspect's problems in one paragraph, one sentence run each: 针对A的问题，…已完成整改。
 * 针对B的问题，…正在推进。 When a paragraph opens with a problem it answers (titles.ts), every later sentence that
 * opens the same way starts another problem: the paragraph is cut there, so each run reads as a problem of its own.
 */
import type { ReadingParagraph } from './reading-text.js';
import { quotedProblemLength } from './titles.js';

const SENTENCE_END = '。;；';

export function splitProblemRuns(folded: string, paragraphs: readonly ReadingParagraph[]): ReadingParagraph[] {
  const out: ReadingParagraph[] = [];
  for (const paragraph of paragraphs) {
    const { start, end } = paragraph.span;
    if (paragraph.headingLevel !== undefined || quotedProblemLength(folded, start, end) === 0) {
      out.push(paragraph);
      continue;
    }
    let from = start;
    for (let i = start; i < end; i++) {
      if (!SENTENCE_END.includes(folded.charAt(i))) continue;
      let next = i + 1;
      while (next < end && (folded.charAt(next) === ' ' || folded.charAt(next) === '\u3000')) next++;
      if (next >= end || quotedProblemLength(folded, next, end) === 0) continue;
      out.push(part(paragraph, from, i + 1, from === start));
      from = next;
    }
    out.push(from === start ? paragraph : part(paragraph, from, end, false));
  }
  return out;
}

/** The run [start, end) of a paragraph: its list mark stays with the first run, bold stretches with theirs. */
function part(paragraph: ReadingParagraph, start: number, end: number, first: boolean): ReadingParagraph {
  const { list, span: _span, strong, lines: _lines, ...rest } = paragraph;
  return {
    ...rest,
    ...(first && list ? { list } : {}),
    span: { start, end },
    strong: strong.filter((bold) => bold.start >= start && bold.end <= end),
    lines: 1,
  };
}
