/**
 * The text the importer reads: the document's paragraphs, one a line, with wrapped lines joined, layout markup
 * (Markdown `#`, `>`, `-`, `**`) and page-number lines (— 3 —, 第 3 页 共 9 页) left out. Every offset of it
 * maps back to the source text, so values are read from clean paragraphs and findings still land on the
 * document's own lines.
 */
import type { ListMark, SourceDocument, Span } from '../read/model.js';
import { isBlank, sourceLines, type SourceLine } from './source-lines.js';
import { breaksMidClause, lineEnd, runsOn } from './ragged-breaks.js';
import { continues, WRAP_SLACK, wrapRegime } from './unwrap.js';
import { foldWidth } from './width.js';

export interface ReadingParagraph {
  /** The paragraph's words in the reading text. */
  span: Span;
  headingLevel?: number;
  title?: boolean;
  list?: ListMark;
  /** From a table cell. */
  cell?: number;
  /** Bold stretches (Markdown `**…**`), in the reading text. */
  strong: Span[];
  /** How many source lines were joined into it. */
  lines: number;
  /** Every line of it is a Word paragraph set in bold. */
  bold?: boolean;
}

export interface ReadingText {
  text: string;
  /** `text` with full-width forms folded (same length). */
  folded: string;
  paragraphs: ReadingParagraph[];
  /** The source text's span for a span of the reading text. */
  toSource(span: Span): Span;
  /** Page-number lines left out, in the source text. */
  pageMarks: Span[];
}

interface Piece {
  at: number;
  source: number;
  length: number;
}

// — 3 —, - 12 -, 第 3 页, 第3页 共9页, 3/9, a bare 17: what a PDF's footer leaves in the text.
const PAGE_NUMBER = /^(?:[-—–－~]{0,3}\s{0,3}\d{1,4}\s{0,3}[-—–－~]{0,3}|第\s{0,2}\d{1,4}\s{0,2}页(?:\s{0,3}[,，/]?\s{0,3}共\s{0,2}\d{1,4}\s{0,2}页)?|\d{1,4}\s{0,2}\/\s{0,2}\d{1,4})$/u;
/** A line this share of the wrapping width or wider, ending on bare words, was broken for room (web copy's widths vary). */
const NEARLY_FULL = 0.75;
const CLOSING_PUNCTUATION = /^[，。；：、）」』】》！？,.;:)!?]/u;

export function readingText(source: SourceDocument, startsParagraph: (folded: string) => boolean): ReadingText {
  const lines = sourceLines(source);
  const folded = (line: SourceLine) => foldWidth(source.text.slice(line.pieces[0].start, Math.min(line.pieces[0].end, line.pieces[0].start + 48)));
  const pageMarks: Span[] = [];
  const kept: SourceLine[] = [];
  for (const line of lines) {
    if (line.pieces.length === 1 && line.headingLevel === undefined && line.width <= 24 && PAGE_NUMBER.test(folded(line))) {
      pageMarks.push(line.pieces[0]);
      continue;
    }
    kept.push(line);
  }
  const regime = wrapRegime(kept);
  const midClause = breaksMidClause(source.text, kept, regime.width === undefined ? Infinity : regime.width - WRAP_SLACK);
  const parts: string[] = [];
  const pieces: Piece[] = [];
  const paragraphs: ReadingParagraph[] = [];
  let length = 0;
  let current: ReadingParagraph | undefined;
  const append = (span: Span) => {
    pieces.push({ at: length, source: span.start, length: span.end - span.start });
    parts.push(source.text.slice(span.start, span.end));
    length += span.end - span.start;
  };
  for (let i = 0; i < kept.length; i++) {
    const line = kept[i];
    const previous = kept[i - 1];
    // In wrapped text a line nearly full that stops on bare words after a clause ran out of room too.
    const bareRunsOn = midClause || (regime.width !== undefined && previous !== undefined && previous.width >= regime.width * NEARLY_FULL);
    const ragged = current !== undefined && runsOn(source.text, previous, lineEnd(source.text, previous), bareRunsOn, startsParagraph(folded(previous)));
    const joins = current !== undefined && continues(previous, line, regime, (l) => startsParagraph(folded(l)), CLOSING_PUNCTUATION.test(folded(line)), ragged);
    if (!joins) {
      if (current) {
        current.span.end = length;
        parts.push('\n');
        length += 1;
      }
      current = { span: { start: length, end: length }, strong: [], lines: 0 };
      if (line.headingLevel !== undefined) current.headingLevel = line.headingLevel;
      if (line.title) current.title = true;
      if (line.list) current.list = line.list;
      if (line.cell !== undefined) current.cell = line.cell;
      if (line.bold) current.bold = true;
      paragraphs.push(current);
    } else if (!line.bold) delete current!.bold;
    const lineStart = length;
    for (const piece of line.pieces) append(piece);
    for (const bold of line.strong) {
      const at = readingOffset(pieces, bold.start, lineStart);
      if (at !== undefined) current!.strong.push({ start: at, end: at + (bold.end - bold.start) });
    }
    current!.lines++;
  }
  if (current) current.span.end = length;
  const text = parts.join('');
  return { text, folded: foldWidth(text), paragraphs: trimParagraphs(text, paragraphs), toSource: sourceMapper(pieces, source.text.length), pageMarks };
}

/** The reading offset of a source offset inside the pieces appended since `from`. */
function readingOffset(pieces: readonly Piece[], sourceOffset: number, from: number): number | undefined {
  for (let i = pieces.length - 1; i >= 0 && pieces[i].at >= from; i--) {
    const piece = pieces[i];
    if (sourceOffset >= piece.source && sourceOffset <= piece.source + piece.length) return piece.at + (sourceOffset - piece.source);
  }
  return undefined;
}

function trimParagraphs(text: string, paragraphs: ReadingParagraph[]): ReadingParagraph[] {
  for (const paragraph of paragraphs) {
    while (paragraph.span.end > paragraph.span.start && isBlank(text.charCodeAt(paragraph.span.end - 1))) paragraph.span.end--;
  }
  return paragraphs.filter((p) => p.span.end > p.span.start);
}

/**
 * Maps a reading span to the source: its start to where the character at the start came from, its end to just
 * past the character before the end, so a span across a joined line break covers the break in the source.
 */
function sourceMapper(pieces: readonly Piece[], sourceLength: number): (span: Span) => Span {
  const find = (offset: number): Piece | undefined => {
    let low = 0;
    let high = pieces.length - 1;
    let found: Piece | undefined;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (pieces[mid].at <= offset) {
        found = pieces[mid];
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  };
  const point = (offset: number, asEnd: boolean): number => {
    if (pieces.length === 0) return 0;
    const probe = asEnd ? offset - 1 : offset;
    const piece = find(Math.max(0, probe));
    if (!piece) return pieces[0].source;
    const inside = Math.min(Math.max(0, probe - piece.at), Math.max(0, piece.length - 1));
    // A separator between paragraphs maps to the end of the paragraph before it.
    if (probe - piece.at >= piece.length) return Math.min(sourceLength, piece.source + piece.length);
    return Math.min(sourceLength, piece.source + inside + (asEnd ? 1 : 0));
  };
  return (span) => {
    const start = point(span.start, false);
    if (span.end <= span.start) return { start, end: start };
    return { start, end: Math.max(start, point(span.end, true)) };
  };
}
