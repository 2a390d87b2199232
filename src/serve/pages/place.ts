/** Where a finding stands, in words: its line and column, and its place in the file's own terms when it has one. */
import type { SourceRange } from '../../core/source-range.js';
import type { UiLabels } from './labels.js';

export function placeText(range: SourceRange, labels: UiLabels): string {
  const parts = [labels.line(range.start.line, range.start.column)];
  const place = range.place;
  if (place?.sheet !== undefined && place.cell) parts.push(`${place.sheet}!${place.cell}`);
  else if (place?.cell) parts.push(place.cell);
  else if (place?.table !== undefined && place.row !== undefined && place.column !== undefined) parts.push(labels.tableCell(place.table, place.row, place.column));
  else if (place?.paragraph !== undefined) parts.push(labels.paragraph(place.paragraph));
  if (place?.page !== undefined) parts.push(labels.page(place.page, place.pageLine));
  return parts.join(' · ');
}
