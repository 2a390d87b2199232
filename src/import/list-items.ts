import { measuresOpener } from './cues.js';
import { splitEnumeration } from './enumeration.js';
import type { Piece } from './outline.js';
import { cleanSpan, isEmptySpan, type Span } from './span.js';

export interface ListOptions {
  /** Split a stretch without list markers at ；/; too (a 佐证材料 list: 《…》；会议纪要). */
  semicolons?: boolean;
}

/**
 * The items a field's pieces list: a numbered or bulleted piece is one item; other pieces are split at 一是…,
 * ①…, （1）…, 1．…; a piece without such a list is one item. A lead-in before the first marker is an item of its
 * own unless it is a set phrase (针对该问题，), which reads as a label.
 */
export function listItems(text: string, folded: string, pieces: readonly Piece[], options: ListOptions = {}): Span[] {
  const items: Span[] = [];
  for (const piece of pieces) {
    const words = piece.mark ? { start: piece.mark.span.end, end: piece.span.end } : piece.span;
    // A numbered line is one item (its own 一是… are its parts); a bullet's words may still list (- 一是…).
    if (piece.mark?.ordinal !== undefined) {
      items.push(cleanSpan(text, words));
      continue;
    }
    const list = splitEnumeration(folded, words);
    if (list.items.length === 0) {
      if (options.semicolons) for (const item of atSemicolons(text, folded, words)) items.push(item);
      else items.push(cleanSpan(text, words));
      continue;
    }
    if (list.lead) {
      const opener = measuresOpener(folded, list.lead.start, list.lead.end);
      const rest = cleanSpan(text, { start: list.lead.start + opener, end: list.lead.end });
      // 针对该问题，局党组一是…: the subject the list runs on from is part of its lead-in, not a measure.
      if (!isEmptySpan(rest) && !(opener > 0 && isSubject(folded, rest))) items.push(rest);
    }
    for (const item of list.items) items.push(item.span);
  }
  return items.filter((item) => !isEmptySpan(item));
}

const SUBJECT = /^(?:我们|我局|我委|我办|我院|我县|我区|我市|我镇|本单位|[^,，。;；:：]{0,8}?(?:党组|党委|党工委|党支部|党总支|支部|领导班子|班子))$/u;

/** Whether a lead-in's rest only names who acts (局党组, 我们). */
function isSubject(folded: string, span: Span): boolean {
  return span.end - span.start <= 10 && SUBJECT.test(folded.slice(span.start, span.end));
}

function atSemicolons(text: string, folded: string, range: Span): Span[] {
  const out: Span[] = [];
  let start = range.start;
  for (let i = range.start; i <= range.end; i++) {
    if (i < range.end && folded.charAt(i) !== ';' && folded.charAt(i) !== '；') continue;
    out.push(cleanSpan(text, { start, end: i }));
    start = i + 1;
  }
  return out;
}

/** The pieces joined as one text (a label's value that runs over several paragraphs), with the span they cover. */
export function joinedText(text: string, pieces: readonly Piece[]): { value: string; span: Span } | undefined {
  const spans = pieces.map((piece) => cleanSpan(text, piece.span)).filter((s) => !isEmptySpan(s));
  if (spans.length === 0) return undefined;
  return { value: spans.map((s) => text.slice(s.start, s.end)).join('\n'), span: { start: spans[0].start, end: spans[spans.length - 1].end } };
}
