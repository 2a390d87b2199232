import { LineIndex } from '../core/source-range.js';
import type { Block, ParagraphBlock, SourceDocument } from './model.js';
import { textTables, type TextLine } from './text-tables.js';

// Markdown's heading hashes, list bullets and ordered-list numbers.
const MARKDOWN_HEADING = /^[ \t]{0,3}(#{1,6})[ \t]+/u;
const MARKDOWN_BULLET = /^[ \t]*[-*+][ \t]+(?=\S)/u;

/**
 * A plain-text or Markdown report as a document: each non-blank line is a paragraph, positions are the file's own
 * lines and columns. Markdown headings keep their level; everything else about the layout is in the words.
 */
export function textDocument(text: string, format: 'text' | 'markdown', encoding = 'utf-8'): SourceDocument {
  const lines = nonBlankLines(text);
  const blocks: Block[] = [];
  let next = 0;
  // Tables pasted as text (tab rows, Markdown pipe tables) are tables; every other line is a paragraph.
  for (const table of textTables(text, lines, format === 'markdown')) {
    for (; next < table.first; next++) blocks.push(paragraph(text, lines[next], format));
    blocks.push(table.block);
    next = table.last + 1;
  }
  for (; next < lines.length; next++) blocks.push(paragraph(text, lines[next], format));
  const index = new LineIndex(text);
  return { format, text, blocks, encoding, locate: (from, to) => index.range(from, Math.max(0, to - from)) };
}

function nonBlankLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  // Lines end at \n, \r\n or a lone \r, as LineIndex counts them.
  const breaks = /\r\n?|\n/gu;
  let start = 0;
  let afterBlank = false;
  for (;;) {
    const found = breaks.exec(text);
    const end = found ? found.index : text.length;
    const blank = !/\S/u.test(text.slice(start, end));
    if (!blank) lines.push({ start, end, afterBlank });
    afterBlank = blank && lines.length > 0;
    if (!found) break;
    start = breaks.lastIndex;
  }
  return lines;
}

function paragraph(text: string, { start, end }: TextLine, format: 'text' | 'markdown'): ParagraphBlock {
  const line = text.slice(start, end);
  const block: ParagraphBlock = { kind: 'paragraph', span: { start, end } };
  if (format !== 'markdown') return block;
  const heading = MARKDOWN_HEADING.exec(line);
  if (heading) block.headingLevel = heading[1].length;
  else if (MARKDOWN_BULLET.test(line)) block.list = { level: 0, marker: '', bullet: true };
  return block;
}
