import type { ImportContext } from './context.js';
import { splitEnumeration } from './enumeration.js';
import type { Piece } from './outline.js';
import { cleanSpan, isEmptySpan, type Span } from './span.js';

/**
 * The items a run of lines lists: a numbered line is one item; other lines are split at 一是…二是…, and a line
 * without such a list is one item. A lead-in before 一是 is an item of its own.
 */
export function listItems(ctx: ImportContext, pieces: readonly Piece[]): Span[] {
  const items: Span[] = [];
  for (const piece of pieces) {
    if (piece.numbering) {
      items.push(cleanSpan(ctx.text, piece.span));
      continue;
    }
    const list = splitEnumeration(ctx.folded, piece.span);
    if (list.items.length === 0) {
      items.push(cleanSpan(ctx.text, piece.span));
      continue;
    }
    if (list.lead) items.push(list.lead);
    items.push(...list.items.map((item) => item.span));
  }
  return items.filter((item) => !isEmptySpan(item));
}

/** The lines joined as one text (a label's value that runs over several lines), with the span they cover. */
export function joinedText(ctx: ImportContext, pieces: readonly Piece[]): { value: string; span: Span } | undefined {
  const spans = pieces.map((piece) => cleanSpan(ctx.text, piece.span)).filter((s) => !isEmptySpan(s));
  if (spans.length === 0) return undefined;
  return { value: spans.map((s) => ctx.text.slice(s.start, s.end)).join('\n'), span: { start: spans[0].start, end: spans[spans.length - 1].end } };
}
