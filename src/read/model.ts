import type { SourceRange } from '../core/source-range.js';

/** A half-open range [start, end) of UTF-16 offsets into a document's text. */
export interface Span {
  start: number;
  end: number;
}

/** The file formats a document can be read from. */
export type DocumentFormat = 'text' | 'markdown' | 'docx' | 'xlsx' | 'csv' | 'pdf';

/**
 * A document as every reader gives it, whatever the file type: its words as one text that every offset indexes,
 * cut into blocks (paragraphs and tables) that keep what the layout says about them, and a way back from any
 * stretch of the text to its place in the file. The importer reads plans from this alone.
 */
export interface SourceDocument {
  format: DocumentFormat;
  /**
   * The words. A text file's own text; for other formats each paragraph, table cell or printed line stands on a line
   * of its own, and Word's automatic numbering is written in as the page shows it.
   */
  text: string;
  blocks: Block[];
  /** The range of text[start, end) in the file: line and column, and for other than plain text the place (a cell, a page). */
  locate(start: number, end: number): SourceRange;
  /** How the bytes were decoded, or the container format (`docx`, `xlsx`, `pdf`). */
  encoding: string;
}

export type Block = ParagraphBlock | TableBlock;

export interface ParagraphBlock {
  kind: 'paragraph';
  /** The paragraph's words in the document's text; a paragraph may hold line breaks. */
  span: Span;
  /** The outline level a heading style or Markdown's `#` gives it (1 is the top); absent for body text. */
  headingLevel?: number;
  /** The document's title (Word's Title style). */
  title?: boolean;
  /** A list paragraph: Word's automatic numbering or a Markdown list item. */
  list?: ListMark;
  /** Every run of the paragraph that holds words is bold (Word): a title set apart without a number or style. */
  bold?: boolean;
}

export interface ListMark {
  /** The list level, 0 the outermost. */
  level: number;
  /** The number as the page shows it (`（一）`, `1.`), written at the start of the span; empty for a bullet. */
  marker: string;
  /** Whether the marker is a bullet rather than a number. */
  bullet: boolean;
}

export interface TableBlock {
  kind: 'table';
  /** From the table's first cell to its last. */
  span: Span;
  /** A regular grid: every row has one cell per grid column, merged areas included (see `TableCell.mergedFrom`). */
  rows: TableCell[][];
  /** A spreadsheet's sheet name; a table of a Word document or PDF has none. */
  name?: string;
}

export interface TableCell {
  /** The cell's words (its paragraphs, one a line); empty where a merged area continues. */
  span: Span;
  /** Each paragraph of the cell. */
  paragraphs: ParagraphBlock[];
  /**
   * Where the merged area this cell belongs to starts (row and column in the grid, 0-based), when the cell
   * continues one: a cell merged down (Word's vMerge, a spreadsheet's merged range) or across (gridSpan).
   */
  mergedFrom?: { row: number; column: number };
  /** A spreadsheet's date cell: its ISO date, whatever its number format shows (4/30/24, 2024年4月30日). */
  date?: string;
}
