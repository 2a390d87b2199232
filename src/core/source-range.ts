/** Positions are 1-based (line and column, as editors print them); columns count UTF-16 code units, as LSP does. */
export interface SourcePosition {
  line: number;
  column: number;
  offset: number;
}

export interface SourceRange {
  start: SourcePosition;
  end: SourcePosition;
  /** The place in the file's own terms (a sheet cell, a PDF page), for documents that are not plain text. */
  place?: SourcePlace;
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

  /**
   * The position of an offset, kept inside the text: an offset past the end (a syntax error "expected" after the
   * last character) is the end of the text, and one between a CR and its LF is the end of that line, so a
   * position never lies beyond its line (editors and SARIF viewers reject such ranges).
   */
  position(offset: number): SourcePosition {
    const { text } = this;
    offset = Number.isFinite(offset) ? Math.min(Math.max(0, Math.floor(offset)), text.length) : 0;
    if (offset > 0 && text.charCodeAt(offset) === 10 && text.charCodeAt(offset - 1) === 13) offset--;
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

  /** The range of `length` characters from `offset`, both ends kept inside the text (see `position`). */
  range(offset: number, length: number): SourceRange {
    const start = this.position(offset);
    return { start, end: length > 0 ? this.position(start.offset + length) : { ...start } };
  }
}

/**
 * Where a range stands in the file's own terms, when lines and columns alone do not say it: a spreadsheet's cell,
 * a Word paragraph or table cell, a PDF page. Readers of formats other than plain text attach it.
 */
export interface SourcePlace {
  /** A Word paragraph's number in the document (1-based, table cells' paragraphs counted). */
  paragraph?: number;
  /** A table's number in the document (1-based), with the row and column of the cell (1-based, merged cells counted as the grid has them). */
  table?: number;
  row?: number;
  column?: number;
  /** A spreadsheet's sheet and cell, as the spreadsheet names them (`明细`, `D7`); a CSV file has a cell but no sheet. */
  sheet?: string;
  cell?: string;
  /** A PDF page (1-based) and the line on it. */
  page?: number;
  pageLine?: number;
}
