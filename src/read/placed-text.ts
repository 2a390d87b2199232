import { LineIndex, type SourcePlace, type SourceRange } from '../core/source-range.js';
import type { Span } from './model.js';

interface Segment {
  start: number;
  place: SourcePlace;
  /** Where the segment stands when the file has no lines of its own (a spreadsheet's row and column). */
  position?: { line: number; column: number };
}

/**
 * Builds a document's text a piece at a time, remembering the place each piece came from, and answers `locate`
 * for it: line and column from the text (or from the piece's own position), and the place of the piece that holds
 * the start. Pieces are appended in order, so a place is found by binary search.
 */
export class PlacedTextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly segments: Segment[] = [];

  /** Appends words from one place; returns their span. */
  append(text: string, place?: SourcePlace, position?: { line: number; column: number }): Span {
    const start = this.length;
    if (place) this.segments.push({ start, place, ...(position ? { position } : {}) });
    this.parts.push(text);
    this.length += text.length;
    return { start, end: this.length };
  }

  /** Ends the current line. */
  newline(): void {
    this.parts.push('\n');
    this.length += 1;
  }

  get offset(): number {
    return this.length;
  }

  build(): { text: string; locate: (start: number, end: number) => SourceRange } {
    const text = this.parts.join('');
    const segments = this.segments;
    const lines = new LineIndex(text);
    const segmentAt = (offset: number): Segment | undefined => {
      let low = 0;
      let high = segments.length - 1;
      let found: Segment | undefined;
      while (low <= high) {
        const mid = (low + high) >> 1;
        if (segments[mid].start <= offset) {
          found = segments[mid];
          low = mid + 1;
        } else high = mid - 1;
      }
      return found;
    };
    const locate = (start: number, end: number): SourceRange => {
      const from = Math.max(0, Math.min(start, text.length));
      const to = Math.max(from, Math.min(end, text.length));
      const segment = segmentAt(from);
      if (segment?.position) {
        const { line, column } = segment.position;
        return { start: { line, column, offset: from }, end: { line, column: column + 1, offset: to }, place: segment.place };
      }
      const range = lines.range(from, to - from);
      return segment ? { ...range, place: segment.place } : range;
    };
    return { text, locate };
  }
}
