/**
 * Tables drawn with borders, from a page's ruling lines: lines that meet form a grid (the distinct y of its
 * horizontal lines bound the rows, the distinct x of its vertical lines the columns), and where a border between
 * two grid cells is not drawn, the two are one merged cell (a 问题类别 spanning rows, a title spanning columns). A
 * row the page breaks is drawn without its bottom (or, on the next page, its top) line: the borders running on past
 * the last line bound it.
 */
import type { Ruling } from './load.js';

export interface RuledGrid {
  /** Column boundaries, left to right, and row boundaries, top to bottom. */
  xs: number[];
  ys: number[];
  /** For every grid cell (row-major), the grid cell its merged area starts at. */
  origin: number[];
}

/** Coordinates closer than this (points) are the same line. */
const SAME = 2;

export function ruledGrids(rulings: readonly Ruling[]): RuledGrid[] {
  const horizontals = mergeCollinear(rulings.filter((r) => r.horizontal));
  const verticals = mergeCollinear(rulings.filter((r) => !r.horizontal));
  const grids: RuledGrid[] = [];
  for (const component of components(horizontals, verticals)) {
    const ys = clusters(component.horizontals.map((r) => r.at));
    const xs = clusters(component.verticals.map((r) => r.at));
    // Borders running on past the first or last line: a row broken by the page, open where the page cut it.
    const top = Math.min(...component.verticals.map((r) => r.from));
    const bottom = Math.max(...component.verticals.map((r) => r.to));
    if (ys.length > 0 && top < ys[0] - SAME) ys.unshift(top);
    if (ys.length > 0 && bottom > ys[ys.length - 1] + SAME) ys.push(bottom);
    if (ys.length < 3 || xs.length < 3) continue;
    grids.push({ xs, ys, origin: origins(xs, ys, component.horizontals, component.verticals) });
  }
  return grids;
}

/** The grid cell (row, column) holding a point, or undefined outside the grid. */
export function cellAt(grid: RuledGrid, x: number, y: number): { row: number; column: number } | undefined {
  const column = intervalOf(grid.xs, x);
  const row = intervalOf(grid.ys, y);
  return column === undefined || row === undefined ? undefined : { row, column };
}

function intervalOf(bounds: readonly number[], at: number): number | undefined {
  if (at < bounds[0] || at > bounds[bounds.length - 1]) return undefined;
  for (let i = 0; i + 1 < bounds.length; i++) if (at <= bounds[i + 1]) return i;
  return bounds.length - 2;
}

/** Segments on one line that touch or overlap, joined. */
function mergeCollinear(segments: readonly Ruling[]): Ruling[] {
  const sorted = [...segments].sort((a, b) => a.at - b.at || a.from - b.from);
  const merged: Ruling[] = [];
  for (const segment of sorted) {
    const same = merged.findLast((m) => Math.abs(m.at - segment.at) <= SAME && segment.from <= m.to + SAME);
    if (same) same.to = Math.max(same.to, segment.to);
    else merged.push({ ...segment });
  }
  return merged;
}

/** Groups of lines that meet one another: each is one table. */
function components(horizontals: readonly Ruling[], verticals: readonly Ruling[]): { horizontals: Ruling[]; verticals: Ruling[] }[] {
  const all = [...horizontals, ...verticals];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let h = 0; h < horizontals.length; h++) {
    for (let v = 0; v < verticals.length; v++) {
      const a = horizontals[h];
      const b = verticals[v];
      if (b.at >= a.from - SAME && b.at <= a.to + SAME && a.at >= b.from - SAME && a.at <= b.to + SAME) parent[find(h)] = find(horizontals.length + v);
    }
  }
  const groups = new Map<number, { horizontals: Ruling[]; verticals: Ruling[] }>();
  all.forEach((ruling, i) => {
    const root = find(i);
    const group = groups.get(root) ?? { horizontals: [], verticals: [] };
    (ruling.horizontal ? group.horizontals : group.verticals).push(ruling);
    groups.set(root, group);
  });
  return [...groups.values()];
}

function clusters(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const value of sorted) if (out.length === 0 || value - out[out.length - 1] > SAME) out.push(value);
  return out;
}

/** Each grid cell's merged area: neighbours with no border drawn between them are one cell. */
function origins(xs: readonly number[], ys: readonly number[], horizontals: readonly Ruling[], verticals: readonly Ruling[]): number[] {
  const rows = ys.length - 1;
  const columns = xs.length - 1;
  const drawn = (lines: readonly Ruling[], at: number, across: number) => lines.some((l) => Math.abs(l.at - at) <= SAME && across >= l.from - SAME && across <= l.to + SAME);
  const parent = Array.from({ length: rows * columns }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const join = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    // The merged area is named after its top-left cell: the smaller index.
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < rows; r++) {
    const midY = (ys[r] + ys[r + 1]) / 2;
    for (let c = 0; c < columns; c++) {
      const midX = (xs[c] + xs[c + 1]) / 2;
      if (c + 1 < columns && !drawn(verticals, xs[c + 1], midY)) join(r * columns + c, r * columns + c + 1);
      if (r + 1 < rows && !drawn(horizontals, ys[r + 1], midX)) join(r * columns + c, (r + 1) * columns + c);
    }
  }
  return parent.map((_, i) => find(i));
}
