import type { YearContext } from './dates.js';
import type { Span } from './span.js';
import { cleanSpan, slice } from './span.js';
import type { SpanMap } from './spans.js';

/** What every step of one import shares: the report, its width-folded twin, and the spans being recorded. */
export interface ImportContext {
  text: string;
  /** Same length as `text`, full-width forms folded (see width.ts). */
  folded: string;
  spans: SpanMap;
  years: YearContext;
  /** Each problem's stretch of the report, in order, so text found later (a commitment) can name its problem. */
  problemRanges: { start: number; end: number; id: string }[];
}

/** The words of a span, trimmed of blanks and closing punctuation, with the trimmed span. */
export function words(ctx: ImportContext, range: Span): { value: string; span: Span } {
  const span = cleanSpan(ctx.text, range);
  return { value: slice(ctx.text, span), span };
}
