/**
 * Published 通报 often tell an aspect's problems in one paragraph, one sentence run each: 针对A的问题，…已完成整改。
 * 针对B的问题，…正在推进。 When a paragraph opens with a problem it answers (titles.ts), every later sentence that
 * opens the same way starts another problem: the paragraph is cut there, so each run reads as a problem of its own.
 * A paragraph that opens with the aspect instead ((一)关于…方面。一是针对“A”问题，…。二是针对“B”问题，…) is cut alike
 * when at least two later sentences open problems: its opening stays the aspect's heading.
 */
import type { ReadingParagraph } from './reading-text.js';
import { quotedProblemLength } from './titles.js';

const SENTENCE_END = '。;；';

export function splitProblemRuns(folded: string, paragraphs: readonly ReadingParagraph[]): ReadingParagraph[] {
  const out: ReadingParagraph[] = [];
  for (const paragraph of paragraphs) {
    const { start, end } = paragraph.span;
    const runs = paragraph.headingLevel === undefined ? runStarts(folded, start, end) : [];
    const opensRun = runs.length > 0 && runs[0] === start;
    if (!opensRun && runs.length < 2) {
      out.push(paragraph);
      continue;
    }
    const cuts = opensRun ? runs.slice(1) : runs;
    let from = start;
    for (const cut of cuts) {
      out.push(part(paragraph, from, cutEnd(folded, from, cut), from === start));
      from = cut;
    }
    out.push(from === start ? paragraph : part(paragraph, from, end, false));
  }
  return out;
}

/** Where the paragraph's start and each later sentence open a problem they answer. */
function runStarts(folded: string, start: number, end: number): number[] {
  const starts = quotedProblemLength(folded, start, end) > 0 ? [start] : [];
  for (let i = start; i < end; i++) {
    if (!SENTENCE_END.includes(folded.charAt(i))) continue;
    let next = i + 1;
    while (next < end && (folded.charAt(next) === ' ' || folded.charAt(next) === '\u3000')) next++;
    if (next < end && quotedProblemLength(folded, next, end) > 0) starts.push(next);
  }
  return starts;
}

/** The previous run ends with the sentence end before the next run's start (the blanks between belong to neither). */
function cutEnd(folded: string, from: number, cut: number): number {
  let end = cut;
  while (end > from && (folded.charAt(end - 1) === ' ' || folded.charAt(end - 1) === '\u3000')) end--;
  return end;
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
