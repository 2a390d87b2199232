/** Positions are 1-based (line and column, as editors print them); columns count UTF-16 code units, as LSP does. */
export interface SourcePosition {
  line: number;
  column: number;
  offset: number;
}

export interface SourceRange {
  start: SourcePosition;
  end: SourcePosition;
}

/**
 * Maps offsets to lines with a binary search over line starts, read lazily: a file whose findings all sit near its
 * top is never read to its end.
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0];
  /** Where reading for line breaks goes on. */
  private readFrom = 0;
  private readonly hasCarriageReturns: boolean;

  constructor(private readonly text: string) {
    this.hasCarriageReturns = text.includes('\r');
  }

  /** Reads line breaks until a line starting after `offset` is known, or the text ends. */
  private readPast(offset: number): void {
    const { text, lineStarts } = this;
    while (lineStarts[lineStarts.length - 1] <= offset && this.readFrom < text.length) {
      // Most texts have no CR: then indexOf finds the line feeds much faster than a character loop.
      if (!this.hasCarriageReturns) {
        const at = text.indexOf('\n', this.readFrom);
        if (at === -1) this.readFrom = text.length;
        else lineStarts.push((this.readFrom = at + 1));
        continue;
      }
      const i = this.readFrom++;
      const code = text.charCodeAt(i);
      if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
    }
  }

  position(offset: number): SourcePosition {
    this.readPast(offset);
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1, offset };
  }

  range(offset: number, length: number): SourceRange {
    return { start: this.position(offset), end: this.position(offset + length) };
  }
}
