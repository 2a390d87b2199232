/**
 * The width a table's short rows are padded to, so a blank cell an exporter left off still has its place: the widest
 * row's, among rows at most twice as wide as the typical (median) one. A stray row far wider than the rest (a broken
 * quote joining a CSV's lines: 2 447 fields among rows of 8; a word typed in a sheet's far column) keeps its own width
 * and pads no other: padding 553 records to it made 1.35 million empty cells. Linear in the cells the rows hold.
 */
export function paddedWidth(widths: readonly number[]): number {
  if (widths.length === 0) return 0;
  const sorted = [...widths].sort((a, b) => a - b);
  const limit = 2 * sorted[Math.floor(sorted.length / 2)];
  let width = 0;
  for (const each of sorted) if (each <= limit) width = each;
  return width;
}
