import type { ParagraphBlock, Span } from './model.js';

/** The non-blank lines of a stretch of text as paragraphs (a spreadsheet cell or CSV field holding several lines). */
export function lineParagraphs(text: string, span: Span): ParagraphBlock[] {
  const paragraphs: ParagraphBlock[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    const code = i < span.end ? text.charCodeAt(i) : 10;
    if (code !== 10 && code !== 13) continue;
    if (/\S/u.test(text.slice(start, i))) paragraphs.push({ kind: 'paragraph', span: { start, end: i } });
    start = i + 1;
  }
  return paragraphs;
}
