/** A half-open range [start, end) of UTF-16 offsets into the report's text. */
export interface Span {
  start: number;
  end: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

/** The part of `range` left after trimming whitespace and the given trailing characters. */
export function trimSpan(text: string, range: Span, trailing = /[\s]/u): Span {
  let { start, end } = range;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && (trailing.test(text[end - 1]) || /\s/u.test(text[end - 1]))) end--;
  return { start, end };
}

/** Punctuation that closes a clause and is left off extracted values. */
export const TRAILING_PUNCTUATION = /[\s。．.；;，,、：:！!？?]/u;

/** Punctuation no value starts with: what is left of the clause before it (标题。针对该问题…). */
const LEADING_PUNCTUATION = /[。；;，,、：:]/u;

/** Trims whitespace and clause punctuation at the end, and whitespace and clause marks at the start. */
export function cleanSpan(text: string, range: Span): Span {
  const trimmed = trimSpan(text, range, TRAILING_PUNCTUATION);
  let { start } = trimmed;
  while (start < trimmed.end && (LEADING_PUNCTUATION.test(text[start]) || /\s/u.test(text[start]))) start++;
  return { start, end: trimmed.end };
}

export function slice(text: string, range: Span): string {
  return text.slice(range.start, range.end);
}

export function isEmptySpan(range: Span): boolean {
  return range.end <= range.start;
}
