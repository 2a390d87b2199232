/**
 * Cells merged down in a table printed without borders: a sheet sets a merged 问题类别 (or one 责任领导 for three
 * problems) in the middle of the rows it spans, so its words stand in one row and the cells around it look empty.
 * Where a cell's words stand at the middle of a run of rows whose cells in that column are otherwise empty, the
 * cell spans them: its words go to the run's first row, and the rows below continue it (what a ruled table's
 * undrawn borders say). Cells set at the top of their rows are left as they stand: a blank below one may be a gap.
 */
import type { AlignedRow } from './aligned-tables.js';

/** A merged cell spans at most this many rows. */
const LONGEST_RUN = 40;

export function mergeDown(rows: AlignedRow[], pitch: number): void {
  joinStraddling(rows, pitch);
  const width = rows[0]?.cells.length ?? 0;
  for (let c = 0; c < width; c++) {
    const open = (r: number, page: number) => !rows[r].spanning && rows[r].cells[c].length === 0 && rows[r].continues[c] === undefined && rows[r].first.page === page && rows[r].last.page === page;
    for (let r = 0; r < rows.length; r++) {
      const inks = rows[r].cells[c];
      if (rows[r].spanning || inks.length === 0) continue;
      const page = inks[0].line.page;
      if (inks[inks.length - 1].line.page !== page) continue;
      const middle = (inks[0].line.y + inks[inks.length - 1].line.y) / 2;
      let up = r;
      while (up > 0 && r - up < LONGEST_RUN && open(up - 1, page)) up--;
      let down = r;
      while (down + 1 < rows.length && down - r < LONGEST_RUN && open(down + 1, page)) down++;
      if (up === r && down === r) continue;
      const off = (i: number, j: number) => Math.abs((rows[i].first.y + rows[j].last.y) / 2 - middle);
      // The longest run whose middle is the words' (one line in the middle one of three one-line rows stands at the
      // middle of all three, and of its own row: a merge, as sheets print them, rather than two gaps).
      let best = { i: r, j: r };
      for (let i = up; i <= r; i++) for (let j = r; j <= down; j++) if (off(i, j) <= 0.25 * pitch && j - i > best.j - best.i) best = { i, j };
      if (best.i === best.j) continue;
      rows[r].cells[c] = [];
      rows[best.i].cells[c] = inks;
      for (let k = best.i + 1; k <= best.j; k++) rows[k].continues[c] = best.i;
    }
  }
}

/**
 * A cell merged over an even number of rows sets its words across the border between two of them (作风建设 in the
 * upper row's last line, 方面 in the lower row's first): its two parts, one wrapped cell, neither starting its upper
 * row nor ending its lower one, are one cell in the upper row.
 */
function joinStraddling(rows: AlignedRow[], pitch: number): void {
  const width = rows[0]?.cells.length ?? 0;
  for (let r = 0; r + 1 < rows.length; r++) {
    const [upper, lower] = [rows[r], rows[r + 1]];
    if (upper.spanning || lower.spanning || upper.last.page !== lower.first.page) continue;
    for (let c = 0; c < width; c++) {
      const above = upper.cells[c];
      const below = lower.cells[c];
      if (above.length === 0 || below.length === 0) continue;
      const straddles =
        above[above.length - 1].line === upper.last &&
        above[0].line !== upper.first &&
        below[0].line === lower.first &&
        below[below.length - 1].line !== lower.last &&
        below[0].runs[0].y - above[above.length - 1].runs[0].y <= 1.2 * pitch;
      if (!straddles) continue;
      upper.cells[c] = [...above, ...below];
      lower.cells[c] = [];
    }
  }
}
