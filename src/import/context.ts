import type { YearContext } from './dates.js';
import type { DeadlineContext } from './deadline.js';
import type { Lexicon } from './lexicon.js';
import type { Span } from './span.js';
import { cleanSpan, slice } from './span.js';
import type { SpanMap } from './spans.js';

/**
 * What every step of one import shares: the text read (for a narrative report, its reading text: paragraphs
 * unwrapped), its width-folded twin, the spans being recorded (in that text), the lexicon, and what dates are read
 * against.
 */
export interface ImportContext extends DeadlineContext {
  text: string;
  /** Same length as `text`, full-width forms folded (see width.ts). */
  folded: string;
  spans: SpanMap;
  years: YearContext;
  lexicon: Lexicon;
  /**
   * Whether documents the text names count as evidence (印发《…》). Not in a plan (整改方案): its measures say what
   * will be done.
   */
  evidenceInText?: boolean;
  /** Whether the document reports progress (not a plan): a problem it says is planned to finish by a date is open. */
  reportsProgress?: boolean;
  /** Each problem's stretch of the text, in order, so text found later (a commitment) can name its problem. */
  problemRanges: { start: number; end: number; id: string }[];
}

/** The words of a span, trimmed of blanks and closing punctuation, with the trimmed span. */
export function words(ctx: Pick<ImportContext, 'text'>, range: Span): { value: string; span: Span } {
  const span = cleanSpan(ctx.text, range);
  return { value: slice(ctx.text, span), span };
}
