/**
 * The header of a table printed without borders: one printed line, or a few (a header cell wrapped to 整改 /
 * 时限, the one-line cells set between), whose stretches of ink stand apart as columns and whose words the
 * importer's lexicon reads as a table's header. Without a header so named, nothing is a borderless table: prose,
 * a signature block or an indented list never is.
 */
import type { Ink } from './inks.js';
import type { PrintedLine } from './printed-lines.js';

/** What a header cell names: the row's number (序号), the row's main words (a ledger's problem), another column. */
export type ColumnRole = 'number' | 'main' | 'field';

/**
 * The importer's reading of a row of would-be header cells: each cell's role (undefined where a cell names no
 * column), or undefined when the row is no header of a table it reads.
 */
export type HeaderTest = (cells: readonly string[]) => (ColumnRole | undefined)[] | undefined;

export interface LineInks {
  line: PrintedLine;
  inks: Ink[];
  /** A page number or running head. */
  chrome: boolean;
}

export interface HeaderColumn {
  words: string;
  x0: number;
  x1: number;
  inks: Ink[];
}

export interface AlignedHeader {
  /** The printed lines the header takes. */
  lines: PrintedLine[];
  columns: HeaderColumn[];
  roles: (ColumnRole | undefined)[];
}

/** A header takes at most this many printed lines (a group above, cells wrapped to three lines, one-line cells set between). */
const MOST_LINES = 8;
const FEWEST_COLUMNS = 3;
/** Header words closer than this share of the font size are one cell's. */
const SAME_CELL = 0.4;
/** A group's name over columns is no longer than this (责任落实, 完成时限及责任): longer, a title. */
const GROUP_NAME = 8;
/** Letter-spaced header words (序  号) stand at most this many font sizes apart. */
const LETTER_SPACING = 2.5;
/** A header cell longer than this is a sentence. */
const LONGEST_WORDS = 16;

/** The header standing at line `at`, taking as many lines as name the most columns (the fewest on a tie). */
export function headerAt(lines: readonly LineInks[], at: number, test: HeaderTest): AlignedHeader | undefined {
  let best: AlignedHeader | undefined;
  let bestNamed = 0;
  for (let height = 1; height <= MOST_LINES && at + height <= lines.length; height++) {
    const group = lines.slice(at, at + height).map((entry) => entry.line);
    const last = group[height - 1];
    if (height > 1 && (last.page !== group[0].page || last.y - group[height - 2].y > 1.8 * last.size)) break;
    const header = headerOf(group, lines.slice(at, at + height).flatMap((entry) => entry.inks), test);
    if (header && named(header.roles) > bestNamed) [best, bestNamed] = [header, named(header.roles)];
  }
  return best;
}

function headerOf(lines: PrintedLine[], inks: readonly Ink[], test: HeaderTest): AlignedHeader | undefined {
  const cells = cellsOf(inks);
  if (cells.length < FEWEST_COLUMNS) return undefined;
  let roles = test(cells.map((cell) => cell.words));
  if (!roles) return undefined;
  // Words letter-spaced apart (序  号, 备  注) are one header cell: two neighbours a character or so apart, one of
  // them no name of its own, joined when together they name one.
  for (let k = 0; k + 1 < cells.length; k++) {
    const [left, right] = [cells[k], cells[k + 1]];
    const size = left.inks[0].line.size;
    if ((roles[k] !== undefined && roles[k + 1] !== undefined) || right.x0 - left.x1 > LETTER_SPACING * size) continue;
    if ((roles[k] === undefined ? left : right).words.length > 2) continue;
    const joined = [...cells.slice(0, k), join(left, right), ...cells.slice(k + 2)];
    const again = test(joined.map((cell) => cell.words));
    if (again && again[k] !== undefined && named(again) >= named(roles)) {
      cells.splice(0, cells.length, ...joined);
      roles = again;
    }
  }
  if (cells.length < FEWEST_COLUMNS || named(roles) < FEWEST_COLUMNS || named(roles) * 2 < cells.length) return undefined;
  if (cells.some((cell, k) => roles[k] === undefined && cell.words.length > LONGEST_WORDS)) return undefined;
  return { lines, columns: cells, roles };
}

/**
 * The header's inks as cells left to right, words top to bottom: from the lowest line up, an ink joins the cell
 * it overlaps (a header cell wrapped to 整改 / 时限). One that overlaps two cells is a group's name over them (责任落实
 * over 责任领导 | 责任单位 | 责任人): each of those is a column, and the group's name no cell's words.
 */
function cellsOf(inks: readonly Ink[]): HeaderColumn[] {
  const bottomUp = [...inks].sort((a, b) => b.line.y - a.line.y || a.x0 - b.x0);
  const cells: HeaderColumn[] = [];
  for (const ink of bottomUp) {
    const reach = SAME_CELL * ink.line.size;
    const touching = cells.filter((cell) => ink.x0 <= cell.x1 + reach && ink.x1 >= cell.x0 - reach);
    if (touching.length >= 2 && isGroupName(ink, touching)) continue;
    const cell = touching[0];
    if (cell) {
      cell.inks.push(ink);
      cell.x0 = Math.min(cell.x0, ink.x0);
      cell.x1 = Math.max(cell.x1, ink.x1);
    } else cells.push({ x0: ink.x0, x1: ink.x1, inks: [ink], words: '' });
  }
  return cells.sort((a, b) => a.x0 - b.x0).map((cell) => ({ ...cell, words: wordsOf(cell.inks) }));
}

const named = (roles: readonly (ColumnRole | undefined)[]) => roles.filter((role) => role !== undefined).length;

/** Words over two cells or more of the lines below: a group's name (责任落实) when short, not a title over the table. */
function isGroupName(ink: Ink, below: readonly HeaderColumn[]): boolean {
  return ink.runs.reduce((length, run) => length + run.text.length, 0) <= GROUP_NAME && below.every((cell) => cell.inks.every((other) => other.line !== ink.line));
}

function join(a: HeaderColumn, b: HeaderColumn): HeaderColumn {
  return { x0: a.x0, x1: b.x1, words: a.words + b.words, inks: [...a.inks, ...b.inks] };
}

/** The words of inks in reading order (top to bottom, left to right). */
export function wordsOf(inks: readonly Ink[]): string {
  return [...inks]
    .sort((a, b) => a.line.offset - b.line.offset || a.x0 - b.x0)
    .map((ink) => ink.runs.map((run) => run.text).join(''))
    .join('');
}
