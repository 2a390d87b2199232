/**
 * The document's lines as the importer first sees them: each line's words (layout markup such as Markdown's `#`,
 * `>`, `-` and `**` left out), its indentation and display width, and what its block says about it. A paragraph
 * block with line breaks inside gives one line per break; a table cell's paragraphs give a line each.
 */
import type { Block, ListMark, ParagraphBlock, SourceDocument, Span } from '../read/model.js';

export interface SourceLine {
  /** The words, as stretches of the source text (Markdown emphasis marks cut out between them). */
  pieces: Span[];
  /** Display width of the blanks before the words (a full-width space counts 2). */
  indent: number;
  /** Display width of the whole line, blanks before the words included. */
  width: number;
  /** Bold stretches (Markdown `**…**`), in the source text. */
  strong: Span[];
  /** A hard break before the line: a blank line, or a change of block kind (heading, list, table, title). */
  breakBefore: boolean;
  headingLevel?: number;
  title?: boolean;
  list?: ListMark;
  /** The line is in a table cell: it never joins a line of another cell. */
  cell?: number;
  /** The line's Word paragraph is set in bold from end to end. */
  bold?: boolean;
}

const MARKDOWN_HEADING = /^[ \t]{0,3}#{1,6}[ \t]+/u;
const MARKDOWN_QUOTE = /^[ \t]{0,3}(?:>[ \t]?)+/u;
const MARKDOWN_BULLET = /^[ \t]*[-*+][ \t]+/u;
const CLOSING_HASHES = /(?<![ \t])[ \t]+#+[ \t]*$/u;

/** Every line of the document in reading order. */
export function sourceLines(source: SourceDocument): SourceLine[] {
  const lines: SourceLine[] = [];
  let previousEnd = 0;
  let previousKind = '';
  let cell = 0;
  const addBlock = (block: ParagraphBlock, cellIndex?: number) => {
    const kind = block.headingLevel !== undefined || block.title ? 'heading' : block.list ? 'list' : cellIndex !== undefined ? 'cell' : 'body';
    // A blank line between two lines of a text file is in the text; Word paragraphs have none.
    const blank = source.format !== 'docx' && hasBlankLine(source.text, previousEnd, block.span.start);
    let first = true;
    for (const line of splitAtBreaks(source.text, block.span)) {
      const made = sourceLine(source, block, line, first && (blank || kind !== 'body' || previousKind !== 'body' || cellIndex !== undefined));
      if (made) {
        if (cellIndex !== undefined) made.cell = cellIndex;
        lines.push(made);
        first = false;
      }
    }
    previousEnd = block.span.end;
    previousKind = kind;
  };
  for (const block of source.blocks) {
    if (block.kind === 'paragraph') addBlock(block);
    else addTable(block, (paragraph) => addBlock(paragraph, cell), () => cell++);
  }
  return lines;
}

function addTable(block: Extract<Block, { kind: 'table' }>, add: (paragraph: ParagraphBlock) => void, nextCell: () => void): void {
  for (const row of block.rows) {
    for (const cell of row) {
      nextCell();
      for (const paragraph of cell.paragraphs) add(paragraph);
    }
  }
}

function hasBlankLine(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) breaks++;
    if (breaks >= 2) return true;
  }
  return false;
}

function* splitAtBreaks(text: string, span: Span): Generator<Span> {
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    yield { start, end: i };
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  yield { start, end: span.end };
}

function sourceLine(source: SourceDocument, block: ParagraphBlock, line: Span, breakBefore: boolean): SourceLine | undefined {
  const text = source.text;
  let start = line.start;
  let end = line.end;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  if (source.format === 'markdown') {
    const head = text.slice(start, Math.min(end, start + 64));
    const quote = MARKDOWN_QUOTE.exec(head);
    if (quote) start += quote[0].length;
    const rest = text.slice(start, Math.min(end, start + 64));
    const heading = block.headingLevel !== undefined ? MARKDOWN_HEADING.exec(rest) : null;
    const bullet = !heading ? MARKDOWN_BULLET.exec(rest) : null;
    if (heading) {
      start += heading[0].length;
      const closing = CLOSING_HASHES.exec(text.slice(Math.max(start, end - 64), end));
      if (closing) end -= closing[0].length;
    } else if (bullet) start += bullet[0].length;
  }
  let indent = 0;
  const lineStart = line.start;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  indent = displayWidth(text, lineStart, start);
  if (start >= end) return undefined;
  const { pieces, strong } = source.format === 'markdown' ? withoutEmphasis(text, start, end) : { pieces: [{ start, end }], strong: [] };
  if (pieces.length === 0) return undefined;
  const made: SourceLine = { pieces, indent, width: indent + displayWidth(text, start, end), strong, breakBefore };
  if (block.headingLevel !== undefined) made.headingLevel = block.headingLevel;
  if (block.title) made.title = true;
  if (block.list) made.list = block.list;
  if (block.bold) made.bold = true;
  return made;
}

/** The words of a Markdown line without `**` / `__`, and the stretches they made bold. */
function withoutEmphasis(text: string, start: number, end: number): { pieces: Span[]; strong: Span[] } {
  const pieces: Span[] = [];
  const strong: Span[] = [];
  let from = start;
  let open: number | undefined;
  for (let i = start; i + 1 < end; i++) {
    const code = text.charCodeAt(i);
    if ((code !== 42 && code !== 95) || text.charCodeAt(i + 1) !== code) continue;
    if (i > from) pieces.push({ start: from, end: i });
    if (open === undefined) open = i + 2;
    else {
      strong.push({ start: open, end: i });
      open = undefined;
    }
    i++;
    from = i + 1;
  }
  if (end > from) pieces.push({ start: from, end });
  return { pieces: trimPieces(text, pieces), strong };
}

function trimPieces(text: string, pieces: Span[]): Span[] {
  const out = pieces.filter((p) => p.end > p.start);
  while (out.length > 0 && isBlankSpan(text, out[0])) out.shift();
  while (out.length > 0 && isBlankSpan(text, out[out.length - 1])) out.pop();
  if (out.length > 0) {
    const first = out[0];
    while (first.start < first.end && isBlank(text.charCodeAt(first.start))) first.start++;
    const last = out[out.length - 1];
    while (last.end > last.start && isBlank(text.charCodeAt(last.end - 1))) last.end--;
  }
  return out;
}

function isBlankSpan(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

/** Blanks, including the full-width space that indents Chinese paragraphs and the no-break space. */
export function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 10 || code === 13 || code === 0xfeff;
}

/** Display columns of text[start, end): wide (CJK, full-width) characters count 2, a tab 4. */
export function displayWidth(text: string, start: number, end: number): number {
  let width = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 9) width += 4;
    else if (code >= 0xdc00 && code <= 0xdfff) continue;
    else width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0xd800 && code <= 0xdbff) ||
    (code >= 0x2460 && code <= 0x24ff) ||
    (code >= 0x25a0 && code <= 0x27bf)
  );
}
