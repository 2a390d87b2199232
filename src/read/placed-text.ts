import { LineIndex, type SourcePlace, type SourcePosition, type SourceRange } from '../core/source-range.js';
import type { Span } from './model.js';

/** Where a piece stands when it is not where the built text puts it. */
type Origin =
  /** A fixed line and column for the whole piece (a spreadsheet cell: line = row, column = column). */
  | { kind: 'fixed'; line: number; column: number }
  /** The piece's words start at this offset of the file's own text and run on in it (a CSV field). */
  | { kind: 'source'; offset: number; exact: boolean };

interface Segment {
  start: number;
  /** Where the piece ends in the built text. */
  end: number;
  place: SourcePlace;
  origin?: Origin;
}

/**
 * Builds a document's text a piece at a time, remembering the place each piece came from, and answers `locate`
 * for it: line and column from the built text, from the piece's own fixed position (a spreadsheet cell), or from
 * where the piece stands in the file's own text (a CSV field, so an editor marks the field itself); and the place
 * of the piece that holds the start. Pieces are appended in order, so a place is found by binary search.
 */
export class PlacedTextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly segments: Segment[] = [];

  /** `source`: the file's own text, for pieces appended with `appendFromSource`. */
  constructor(private readonly source?: string) {}

  /** Appends words from one place; returns their span. `position`: where the piece stands when the file has no lines of its own. */
  append(text: string, place?: SourcePlace, position?: { line: number; column: number }): Span {
    return this.push(text, place, position ? { kind: 'fixed', ...position } : undefined);
  }

  /**
   * Appends words that stand in the file's own text from `offset` on (`exact`: character for character; otherwise,
   * e.g. a CSV field with doubled quotes, every offset inside maps to the piece's start).
   */
  appendFromSource(text: string, place: SourcePlace, offset: number, exact: boolean): Span {
    return this.push(text, place, { kind: 'source', offset, exact });
  }

  private push(text: string, place: SourcePlace | undefined, origin: Origin | undefined): Span {
    const start = this.length;
    this.parts.push(text);
    this.length += text.length;
    if (place) this.segments.push({ start, end: this.length, place, ...(origin ? { origin } : {}) });
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
    const sourceLines = this.source === undefined ? undefined : new LineIndex(this.source);
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
    /** Where an offset of the built text stands in the file's own text, within its segment. */
    const inSource = (segment: Segment & { origin: { kind: 'source' } }, offset: number): SourcePosition => {
      const { origin } = segment;
      const delta = origin.exact ? Math.max(0, Math.min(offset, segment.end) - segment.start) : 0;
      return { ...sourceLines!.position(origin.offset + delta), offset };
    };
    const locate = (start: number, end: number): SourceRange => {
      const from = Math.max(0, Math.min(start, text.length));
      const to = Math.max(from, Math.min(end, text.length));
      const segment = segmentAt(from);
      const origin = segment?.origin;
      if (segment && origin?.kind === 'fixed') {
        const { line, column } = origin;
        return { start: { line, column, offset: from }, end: { line, column: column + 1, offset: to }, place: segment.place };
      }
      if (segment && origin?.kind === 'source' && sourceLines) {
        const sourced = segment as Segment & { origin: { kind: 'source' } };
        const startAt = inSource(sourced, from);
        const endAt = origin.exact ? inSource(sourced, to) : { ...startAt, column: startAt.column + 1, offset: to };
        return { start: startAt, end: { ...endAt, offset: to }, place: segment.place };
      }
      const range = lines.range(from, to - from);
      return segment ? { ...range, place: segment.place } : range;
    };
    return { text, locate };
  }
}
