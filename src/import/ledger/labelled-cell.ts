/**
 * A ledger whose problem column tells more than the problem, each part under its label (问题及整改措施 over cells
 * such as 问题：…。/ 措施：1.…；2.…): the feedback label's words are the problem, the other labels fill their
 * fields as a narrative report's labels do.
 */
import type { TableCell } from '../../read/model.js';
import type { ImportContext } from '../context.js';
import { readLabels, type LabelledField } from '../labels.js';
import type { Span } from '../span.js';

export interface CellField {
  field: LabelledField['field'];
  /** The label's own words, then the paragraphs after it up to the next label (read as a cell's paragraphs are). */
  paragraphs: Span[];
}

/** The cell's labelled parts, when its first paragraph opens with a label; undefined for a plain cell. */
export function labelledCell(ctx: ImportContext, cell: TableCell): CellField[] | undefined {
  const [first] = cell.paragraphs;
  if (!first || !readLabels(ctx.folded, first.span.start, first.span.end, ctx.lexicon)) return undefined;
  const parts: CellField[] = [];
  for (const paragraph of cell.paragraphs) {
    const fields = readLabels(ctx.folded, paragraph.span.start, paragraph.span.end, ctx.lexicon);
    if (!fields) {
      // A paragraph without a label goes on with the label above it (措施： then 1.… 2.… a line each).
      parts.at(-1)?.paragraphs.push(paragraph.span);
      continue;
    }
    for (const field of fields) parts.push({ field: field.field, paragraphs: field.content.end > field.content.start ? [field.content] : [] });
  }
  return parts.some((part) => part.field === 'feedback') ? parts : undefined;
}
