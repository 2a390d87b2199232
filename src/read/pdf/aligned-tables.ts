/**
 * Tables printed without borders (a sheet exported with its gridlines off, a Word table with its borders removed),
 * recognised from where their words stand. Under a header the lexicon names (aligned-header.ts), the lines below
 * belong to the table while their words keep out of the blanks between the header's columns; each blank narrows
 * to what no line prints in, and its widest stretch is the column border. A line whose one stretch of words runs
 * across a border is a row spanning the table (an aspect: 一、资金管理方面) when the table goes on below it, else
 * the table's end. The table goes on over page breaks, past page chrome and a header repeated at the page's top.
 *
 * Rows: a cell wraps its words to lines one pitch apart, and rows are set apart by their cells' padding. Each row
 * has one number (序号), or else one main cell (the problem): between two of them the row border is the widest gap
 * that no cell's lines bridge (the latest of equals: cells set at the top of their rows), so cells set in the
 * middle of a row (the number beside a long 整改措施) join the right row, and a row the page breaks goes on
 * at the next page's top.
 */
import { headerAt, type AlignedHeader, type HeaderTest, type LineInks } from './aligned-header.js';
import type { Ink } from './inks.js';
import { mergeDown } from './merged-down.js';
import type { PrintedLine } from './printed-lines.js';

export interface AlignedRow {
  /** Each column's inks, in reading order; a spanning row has all its words in the first. */
  cells: Ink[][];
  spanning: boolean;
  /** The row's first printed line, where an empty cell of it is placed, and its last. */
  first: PrintedLine;
  last: PrintedLine;
  /** For each column, the row (an index into the table's rows) whose cell merged down this one continues. */
  continues: (number | undefined)[];
}

export interface AlignedTable {
  header: AlignedHeader;
  rows: AlignedRow[];
  /** Every printed line the table takes: header, repeated headers and rows. */
  lines: Set<PrintedLine>;
}

/** A table ends at a gap taller than this many font sizes. */
const LONGEST_GAP = 4;

/** The borderless tables among the lines of all pages, in order. */
export function alignedTables(lines: readonly LineInks[], test: HeaderTest): AlignedTable[] {
  const tables: AlignedTable[] = [];
  for (let at = 0; at < lines.length; at++) {
    const header = headerAt(lines, at, test);
    if (!header) continue;
    const grown = grow(lines, at + header.lines.length, header, test);
    if (!grown) continue;
    tables.push(grown.table);
    at = grown.end - 1;
  }
  return tables;
}

interface Entry {
  line: PrintedLine;
  inks: Ink[];
  spanning: boolean;
}

/** The table under a header: its rows and the index of the first line after it. */
function grow(lines: readonly LineInks[], start: number, header: AlignedHeader, test: HeaderTest): { table: AlignedTable; end: number } | undefined {
  const blanks = header.columns.slice(1).map((column, k) => [{ from: header.columns[k].x1, to: column.x0 }]);
  const taken = new Set<PrintedLine>(header.lines);
  const entries: Entry[] = [];
  let last = header.lines[header.lines.length - 1];
  let at = start;
  while (at < lines.length) {
    const { line, inks, chrome } = lines[at];
    if (chrome) {
      at++;
      continue;
    }
    if (line.page === last.page && line.y - last.y > LONGEST_GAP * line.size) break;
    // The header repeated at a page's top is passed over; another header starts a table of its own.
    const another = headerAt(lines, at, test);
    if (another && !(line.page !== last.page && sameHeader(another, header))) break;
    if (another) {
      for (const l of another.lines) taken.add(l);
      last = another.lines[another.lines.length - 1];
      at += another.lines.length;
      continue;
    }
    if (fits(inks, blanks)) {
      entries.push({ line, inks, spanning: false });
      narrow(inks, blanks);
    } else if (inks.length === 1 && goesOn(lines, at + 1, blanks, line, test)) entries.push({ line, inks, spanning: true });
    else break;
    last = line;
    at++;
  }
  const kept = rowsOf(entries, header, blanks);
  if (!kept.rows.some((row) => row.cells.filter((cell) => cell.length > 0).length >= 2)) return undefined;
  for (const entry of entries.slice(0, kept.used)) taken.add(entry.line);
  const end = kept.used < entries.length ? lines.findIndex((l) => l.line === entries[kept.used].line) : at;
  return { table: { header, rows: kept.rows, lines: taken }, end };
}

function sameHeader(a: AlignedHeader, b: AlignedHeader): boolean {
  return a.columns.length === b.columns.length && a.columns.every((column, k) => column.words === b.columns[k].words);
}

type Blank = { from: number; to: number };

/** Whether no ink covers the whole of a blank between two columns. */
function fits(inks: readonly Ink[], blanks: readonly Blank[][]): boolean {
  return inks.every((ink) => blanks.every((stretches) => !stretches.every((s) => ink.x0 <= s.from && ink.x1 >= s.to)));
}

/** The blanks less what the inks print in. */
function narrow(inks: readonly Ink[], blanks: Blank[][]): void {
  for (let k = 0; k < blanks.length; k++) {
    blanks[k] = blanks[k].flatMap((s) => {
      let pieces = [s];
      for (const ink of inks) pieces = pieces.flatMap((p) => [{ from: p.from, to: Math.min(p.to, ink.x0) }, { from: Math.max(p.from, ink.x1), to: p.to }].filter((q) => q.to > q.from));
      return pieces;
    });
  }
}

/** Whether the next lines that are not chrome keep to the columns: the table goes on below a spanning row. */
function goesOn(lines: readonly LineInks[], from: number, blanks: readonly Blank[][], after: PrintedLine, test: HeaderTest): boolean {
  let above = after;
  let looked = 0;
  for (let at = from; at < lines.length && looked < 3; at++) {
    const entry = lines[at];
    if (entry.chrome) continue;
    // Words above another table's header are that table's caption (整改汇总：), not a row of this one.
    if (looked === 0 && headerAt(lines, at, test)) return false;
    looked++;
    if (entry.line.page === above.page && entry.line.y - above.y > LONGEST_GAP * above.size) return false;
    if (!fits(entry.inks, blanks)) return false;
    if (entry.inks.length > 1) return true;
    above = entry.line;
  }
  return false;
}

/** The column of each ink, from the borders: the middle of each blank's widest stretch. */
function bordersOf(blanks: readonly Blank[][]): number[] {
  return blanks.map((stretches) => {
    const widest = stretches.reduce((a, b) => (b.to - b.from > a.to - a.from ? b : a));
    return (widest.from + widest.to) / 2;
  });
}

/** The entries as rows; `used`: how many entries are the table's (the rest is what follows it). */
function rowsOf(entries: readonly Entry[], header: AlignedHeader, blanks: readonly Blank[][]): { rows: AlignedRow[]; used: number } {
  const borders = bordersOf(blanks);
  const width = header.columns.length;
  const cellsOf = (entry: Entry): Ink[][] => {
    const cells: Ink[][] = Array.from({ length: width }, () => []);
    for (const ink of entry.inks) {
      const cell = cells[entry.spanning ? 0 : borders.filter((x) => x < (ink.x0 + ink.x1) / 2).length];
      const last = cell.at(-1);
      // Words of one line in one cell are one stretch, the blank between them kept (副镇长 孙某).
      if (last) cell[cell.length - 1] = { line: last.line, runs: [...last.runs, ...ink.runs], x0: last.x0, x1: ink.x1 };
      else cell.push(ink);
    }
    return cells;
  };
  const placed = entries.map(cellsOf);
  const starts = rowStarts(entries, placed, header);
  const rows: AlignedRow[] = [];
  for (let k = 0; k < starts.length - 1; k++) {
    const cells: Ink[][] = Array.from({ length: width }, () => []);
    for (let e = starts[k]; e < starts[k + 1]; e++) placed[e].forEach((inks, c) => cells[c].push(...inks));
    rows.push({ cells, spanning: entries[starts[k]].spanning, first: entries[starts[k]].line, last: entries[starts[k + 1] - 1].line, continues: new Array(width).fill(undefined) });
  }
  // A last row of words in one column only that stand aligned with none of the column's cells is text below the
  // table (特此报告。 indented as a paragraph), not a row of it.
  while (rows.length > 1 && !rows[rows.length - 1].spanning && strayRow(rows[rows.length - 1], rows.slice(0, -1))) {
    rows.pop();
    starts.pop();
  }
  mergeDown(rows, pitchOf(entries, placed));
  return { rows, used: starts[rows.length] };
}

/** A row with words in one column only, their first line aligned (left, centre or right) with no other cell of the column. */
function strayRow(row: AlignedRow, others: readonly AlignedRow[]): boolean {
  const filled = row.cells.flatMap((inks, c) => (inks.length > 0 ? [c] : []));
  if (filled.length !== 1) return false;
  const c = filled[0];
  const first = row.cells[c][0];
  const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(1.5, 0.15 * first.line.size);
  return !others.some((other) => {
    const ink = other.spanning ? undefined : other.cells[c][0];
    return ink !== undefined && (near(ink.x0, first.x0) || near(ink.x1, first.x1) || near(ink.x0 + ink.x1, first.x0 + first.x1));
  });
}

/**
 * Where each row starts among the entries, and last where the table ends. Spanning rows stand alone; between
 * them, a row per number (or main cell), its border with the next at the widest of the gaps the fewest cells
 * bridge (none, or a cell merged down over both rows).
 */
function rowStarts(entries: readonly Entry[], placed: readonly Ink[][][], header: AlignedHeader): number[] {
  const size = entries[0]?.line.size ?? 10;
  const pitch = pitchOf(entries, placed);
  const tolerance = Math.max(1, 0.12 * size);
  const bridged = bridgedGaps(entries, placed, pitch + tolerance);
  // The gap after entry e: a page break counts as a little more than a line's pitch, less than a row's padding.
  const gap = (e: number) => (entries[e + 1].line.page === entries[e].line.page ? entries[e + 1].line.y - entries[e].line.y : pitch + tolerance / 2);
  const open = (e: number) => bridged[e] === 0 && !entries[e].spanning && !entries[e + 1].spanning;
  const numberColumn = header.roles.indexOf('number');
  const mainColumn = Math.max(0, header.roles.indexOf('main'));
  const starts: number[] = [];
  let end = entries.length;
  for (let from = 0; from < entries.length; ) {
    if (entries[from].spanning) {
      starts.push(from++);
      continue;
    }
    let to = from;
    while (to < entries.length && !entries[to].spanning) to++;
    const numbered = numberColumn >= 0 && range(from, to).some((e) => isNumber(placed[e][numberColumn]));
    const anchors = numbered ? range(from, to).filter((e) => isNumber(placed[e][numberColumn])) : blockStarts(entries, placed, from, to, mainColumn, pitch + tolerance);
    if (anchors.length === 0) anchors.push(from);
    starts.push(from);
    // Between two numbers, the gaps the fewest cells bridge (none, unless a cell merged down over both rows does).
    const borders = range(0, anchors.length - 1).map((k) => {
      const gaps = range(anchors[k], anchors[k + 1]);
      const fewest = Math.min(...gaps.map((e) => bridged[e]));
      const candidates = gaps.filter((e) => bridged[e] === fewest);
      const widest = Math.max(...candidates.map(gap));
      return { latestWidest: candidates.findLast((e) => gap(e) >= widest - tolerance)!, padded: widest > pitch + tolerance };
    });
    // Rows set apart by padding show where a row's number stands: atop its row, or in its middle. With no padding
    // to tell (a word processor's table), a row starts at its number, as cells set at their tops do.
    const padded = borders.filter((border) => border.padded);
    const atTop = padded.filter((border) => anchors.includes(border.latestWidest + 1)).length;
    const numbersAtTop = padded.length === 0 || atTop * 2 >= padded.length;
    borders.forEach((border, k) => starts.push((border.padded || !numbersAtTop ? border.latestWidest : anchors[k + 1] - 1) + 1));
    // After the last row's number, a gap on the page that no cell bridges is where the table ends: a row's tallest
    // cell bridges all its lines, so what stands below (a note, 特此报告。, a signature) is not the table's.
    if (to === entries.length) {
      const cut = range(anchors[anchors.length - 1], to - 1).find((e) => open(e) && (entries[e + 1].line.page === entries[e].line.page || gap(e) > pitch + tolerance));
      if (cut !== undefined) end = cut + 1;
    }
    from = to;
  }
  return [...new Set([...starts.filter((s) => s < end), end])];
}

/** The distance between a cell's wrapped lines: the lower quartile of the gaps between lines of one column. */
function pitchOf(entries: readonly Entry[], placed: readonly Ink[][][]): number {
  const gaps: number[] = [];
  const width = placed[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    let previous: { page: number; y: number } | undefined;
    entries.forEach((entry, e) => {
      if (placed[e][c].length === 0 || entry.spanning) return;
      const y = baseline(placed[e][c]);
      if (previous && previous.page === entry.line.page) gaps.push(y - previous.y);
      previous = { page: entry.line.page, y };
    });
  }
  gaps.sort((a, b) => a - b);
  return gaps.length > 0 ? gaps[Math.floor(gaps.length / 4)] : 1.5 * (entries[0]?.line.size ?? 10);
}

/** For each gap between two entries, how many columns have a cell whose wrapped lines run across it. */
function bridgedGaps(entries: readonly Entry[], placed: readonly Ink[][][], within: number): number[] {
  const bridged = new Array<number>(Math.max(0, entries.length - 1)).fill(0);
  const width = placed[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    let previous = -1;
    for (let e = 0; e < entries.length; e++) {
      if (placed[e][c].length === 0 || entries[e].spanning) continue;
      if (previous >= 0 && sameBlock(entries, placed, previous, e, c, within)) for (let g = previous; g < e; g++) bridged[g]++;
      previous = e;
    }
  }
  return bridged;
}

/** The entries in [from, to) where a cell of the column starts (its first line, not a wrapped one). */
function blockStarts(entries: readonly Entry[], placed: readonly Ink[][][], from: number, to: number, column: number, within: number): number[] {
  const starts: number[] = [];
  let previous = -1;
  for (let e = from; e < to; e++) {
    if (placed[e][column].length === 0) continue;
    if (previous < 0 || !sameBlock(entries, placed, previous, e, column, within)) starts.push(e);
    previous = e;
  }
  return starts;
}

/** Whether two entries' words in a column are one cell's wrapped lines: on one page, a pitch apart. */
function sameBlock(entries: readonly Entry[], placed: readonly Ink[][][], a: number, b: number, column: number, within: number): boolean {
  if (placed[a][column].length === 0 || placed[b][column].length === 0) return false;
  // The cells' own baselines: a printed line gathers runs a few points apart (a merged cell's line beside a row's).
  return entries[a].line.page === entries[b].line.page && baseline(placed[b][column]) - baseline(placed[a][column]) <= within;
}

function baseline(inks: readonly Ink[]): number {
  return inks[0].runs[0].y;
}

/** Words a 序号 cell holds: a number as ledgers print them (3, 1-2, 一（1）, 二、), not a sentence. */
function isNumber(inks: readonly Ink[]): boolean {
  const words = inks.map((ink) => ink.runs.map((run) => run.text).join('')).join('');
  return words.length > 0 && words.length <= 8 && /^[\d一二三四五六七八九十百零〇（）().．、\-—–]+$/u.test(words.replace(/\s+/gu, ''));
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

