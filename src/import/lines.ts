import type { Span } from './span.js';

/** One non-blank line of the report: its content span (markup and surrounding blanks left out). */
export interface SourceLine {
  /** 1-based line number. */
  number: number;
  span: Span;
}

// Markdown that carries no words: heading hashes, quote marks, bullets, and bold or italic wrapping a whole line.
const MARKDOWN_PREFIX = /^(?:#{1,6}\s+|>\s*|[-*+]\s+(?=\S))+/u;
const WRAPPING_EMPHASIS = /^(\*\*|__)(.+)\1$/u;

/** Splits a report into its non-blank lines (\n, \r\n or \r), each trimmed of blanks and Markdown markup. */
export function splitLines(text: string, markdown: boolean): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let number = 1;
  const push = (end: number) => {
    const content = trimLine(text, start, end, markdown);
    if (content) lines.push({ number, span: content });
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    push(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
    number++;
  }
  push(text.length);
  return lines;
}

function trimLine(text: string, lineStart: number, lineEnd: number, markdown: boolean): Span | undefined {
  let start = lineStart;
  let end = lineEnd;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  if (markdown) {
    const prefix = MARKDOWN_PREFIX.exec(text.slice(start, end));
    if (prefix) start += prefix[0].length;
    const wrapped = WRAPPING_EMPHASIS.exec(text.slice(start, end));
    if (wrapped) {
      start += wrapped[1].length;
      end -= wrapped[1].length;
    }
  }
  return end > start ? { start, end } : undefined;
}
