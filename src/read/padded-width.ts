/**
 * The width of a table's grid: every row has one cell per grid column, short rows padded so a blank cell an
 * exporter left off still has its place. That is the widest row's width, unless padding to it would more than
 * quadruple the cells the rows hold: a stray row far wider than the rest (a broken quote joining a CSV's lines:
 * 2 447 fields among 553 rows of 8; a word typed in a sheet's far column) made 1.35 million empty cells. Then the
 * grid is the widest width that padding can afford, and a wider row's cells past it are folded into its last cell,
 * each still placed at its own cell. `held`: the cells the rows hold (a sheet's row of one word far right holds one).
 */
export function paddedWidth(widths: readonly number[], held = widths.reduce((sum, each) => sum + each, 0)): number {
  const budget = 4 * held + 1024;
  const distinct = [...new Set(widths)].sort((a, b) => b - a);
  for (const width of distinct) if (width * widths.length <= budget) return width;
  // Every row reaches this far: a sheet whose words all stand in a far column pads nothing.
  return distinct.at(-1) ?? 0;
}
