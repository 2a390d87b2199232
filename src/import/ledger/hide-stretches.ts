import type { Block, ParagraphBlock, SourceDocument, Span } from '../../read/model.js';

/**
 * The document as the narrative reader should see it once the tables' ledgers are read: their stretches blanked
 * out (same length, line breaks kept, so every offset still means the same place) and their blocks gone; a table
 * read only from its header down keeps its rows above (a sheet's title and 填报 lines) as paragraphs.
 */
export function hideStretches(source: SourceDocument, stretches: readonly Span[]): SourceDocument {
  if (stretches.length === 0) return source;
  const chars = source.text.split('');
  for (const { start, end } of stretches) for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  const inside = (span: Span) => stretches.some((s) => span.start >= s.start && span.end <= s.end);
  const overlaps = (span: Span) => stretches.some((s) => span.start < s.end && span.end > s.start);
  const blocks: Block[] = [];
  for (const block of source.blocks) {
    if (block.kind === 'paragraph') {
      if (!inside(block.span)) blocks.push(block);
    } else if (!overlaps(block.span)) blocks.push(block);
    else {
      const above: ParagraphBlock[] = block.rows.flatMap((row) => row.flatMap((cell) => (cell.mergedFrom ? [] : cell.paragraphs))).filter((p) => !overlaps(p.span));
      blocks.push(...above);
    }
  }
  return { ...source, text: chars.join(''), blocks };
}
