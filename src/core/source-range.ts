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

/** Maps offsets to lines with one pass over the text and a binary search per lookup. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    // Most texts have no CR: then indexOf finds the line feeds much faster than a character loop.
    if (!text.includes('\r')) {
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.lineStarts.push(at + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) this.lineStarts.push(i + 1);
      else if (code === 13 && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }

  position(offset: number): SourcePosition {
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
