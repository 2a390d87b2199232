import { LineIndex } from '../core/source-range.js';
import type { ParagraphBlock, SourceDocument } from './model.js';

// Markdown's heading hashes, list bullets and ordered-list numbers.
const MARKDOWN_HEADING = /^[ \t]{0,3}(#{1,6})[ \t]+/u;
const MARKDOWN_BULLET = /^[ \t]*[-*+][ \t]+(?=\S)/u;

/**
 * A plain-text or Markdown report as a document: each non-blank line is a paragraph, positions are the file's own
 * lines and columns. Markdown headings keep their level; everything else about the layout is in the words.
 */
export function textDocument(text: string, format: 'text' | 'markdown', encoding = 'utf-8'): SourceDocument {
  const blocks: ParagraphBlock[] = [];
  // Lines end at \n, \r\n or a lone \r, as LineIndex counts them.
  const breaks = /\r\n?|\n/gu;
  let start = 0;
  for (;;) {
    const found = breaks.exec(text);
    const end = found ? found.index : text.length;
    const line = text.slice(start, end);
    if (/\S/u.test(line)) blocks.push(paragraph(line, start, end, format));
    if (!found) break;
    start = breaks.lastIndex;
  }
  const lines = new LineIndex(text);
  return { format, text, blocks, encoding, locate: (from, to) => lines.range(from, Math.max(0, to - from)) };
}

function paragraph(line: string, start: number, end: number, format: 'text' | 'markdown'): ParagraphBlock {
  const block: ParagraphBlock = { kind: 'paragraph', span: { start, end } };
  if (format !== 'markdown') return block;
  const heading = MARKDOWN_HEADING.exec(line);
  if (heading) block.headingLevel = heading[1].length;
  else if (MARKDOWN_BULLET.test(line)) block.list = { level: 0, marker: '', bullet: true };
  return block;
}
