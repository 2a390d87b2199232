/**
 * Problems from ledgers: each problem row under its aspect (an aspect row, or the 问题类别 column), every field
 * from its column, a merged cell meaning "as above" (the words of the merged area's first cell), a blank cell
 * outside any merge a gap that the findings point at. A row whose problem cell continues the one above (a problem
 * merged down over several rows of measures) adds its measures to that problem. Ids follow the 序号 as printed,
 * or aspect.序号 when the 序号 restarts in each aspect.
 */
import { UNGROUPED_ASPECT_TITLE } from '../../core/ungrouped.js';
import type { JsonPath } from '../../rule-kit/types.js';
import type { Status } from '../../types/plan.js';
import type { TableCell } from '../../read/model.js';
import { parseChineseNumber } from '../chinese-numbers.js';
import { words, type ImportContext } from '../context.js';
import { readDeadline, type FoundDeadline } from '../deadline.js';
import type { ImportedAspect } from '../assemble.js';
import { cleanSpan, type Span } from '../span.js';
import { splitHeading } from '../titles.js';
import { leadingStatus, type StatusPhrase } from '../status-words.js';
import { UNRECOGNIZED, type Unrecognized } from '../unrecognized.js';
import { foldWidth } from '../width.js';
import { addEvidenceFromText, fillField, type ProblemDraft, type ProblemLabels } from '../fill-fields.js';
import type { FieldId } from '../lexicon.js';
import { splitEnumeration } from '../enumeration.js';
import { readMark } from '../marks.js';
import type { Piece } from '../outline.js';
import { isPlanField } from './columns.js';
import type { FoundTable } from './find-tables.js';
import { aspectTitleOf, groupByNumber } from './id-aspects.js';
import type { LedgerGroup } from './ledger-groups.js';
import { splitJoinedCell } from './joined-cells.js';
import { labelledCell } from './labelled-cell.js';
import { setRowStatuses, type RowStatus } from './row-statuses.js';
import { aspectTitle, rowKind } from './row-kinds.js';
import { wordsOf } from './table-header.js';

/** Columns that say which problem a row is and where it belongs, not what it says. */
const ROW_FIELDS = new Set<FieldId>(['sequence', 'aspect', 'feedback']);

/** Words a cell holds when it holds nothing: /, 无, 暂无, —. */
const NO_VALUE = /^(?:\/|\\|／|无|暂无|没有|空|—+|-+|－+|无佐证材料|暂无材料|未提供)$/u;

/** A cell's words for the filler: its span and paragraphs, and a spreadsheet date cell's ISO date. */
interface CellContent {
  span: Span;
  paragraphs: Span[];
  date?: string;
}

/** Where a problem field's value goes in the plan, for pointing a finding at a blank cell. */
const PLAN_KEY: Partial<Record<FieldId, string>> = {
  causes: 'causes',
  measures: 'measures',
  leader: 'responsibleLeader',
  department: 'responsibleDepartment',
  person: 'responsiblePerson',
  deadline: 'deadline',
  status: 'status',
  evidence: 'evidence',
  progress: 'progress',
  outcome: 'progress',
};

interface AspectEntry {
  title: string;
  titleSpan: Span;
  /** The number an aspect row prints (一、 → 1). */
  ordinal?: number;
  problems: ProblemEntry[];
}

interface ProblemEntry {
  ledger: FoundTable;
  /** The problem's row, then the rows that continue it. */
  rows: number[];
  seq?: { value: string; span: Span };
}

export interface LedgerReading {
  aspects: ImportedAspect[];
  /** Totals and notes rows (合计, 说明, 注), for the declared totals. */
  notes: Span[];
  /** Rows read as problems, aspects or notes. */
  rows: number;
}

type Holder = { aspects: ImportedAspect[] } & Unrecognized;

/** Reads the ledgers' problems into aspects, to be appended after the plan's own aspects. */
export function readLedgers(ctx: ImportContext, plan: Holder, ledgers: readonly FoundTable[], groups: ReadonlyMap<FoundTable, LedgerGroup> = new Map()): LedgerReading {
  const aspects: AspectEntry[] = [];
  const notes: Span[] = [];
  let rowsRead = 0;
  let current: AspectEntry | undefined;
  let previousGroup: LedgerGroup | undefined;
  const openAspect = (title: string, titleSpan: Span, ordinal?: number) => {
    current = { title, titleSpan, ...(ordinal !== undefined ? { ordinal } : {}), problems: [] };
    aspects.push(current);
  };
  for (const ledger of ledgers) {
    const { table, header } = ledger;
    const category = header.columns.indexOf('aspect');
    const feedback = header.columns.indexOf('feedback');
    const seq = header.columns.indexOf('sequence');
    const group = groups.get(ledger);
    // Forms under one heading go on in the aspect the first of them opened.
    const sameGroup = group !== undefined && previousGroup !== undefined && group.name === previousGroup.name && group.span.start === previousGroup.span.start;
    previousGroup = group;
    if (!sameGroup && group?.name !== undefined) openAspect(group.name, group.span);
    else if (!sameGroup && group) {
      const title = aspectWords(ctx, group.span);
      openAspect(title.value, title.span, title.ordinal);
    }
    for (let r = header.bodyRow; r < table.rows.length; r++) {
      const row = table.rows[r];
      const kind = rowKind(row, r, header, ctx.text);
      if (kind === 'blank' || kind === 'header') continue;
      rowsRead++;
      if (kind === 'notes') {
        notes.push(rowSpan(row));
        continue;
      }
      if (kind === 'aspect') {
        const found = aspectTitle(row, ctx.text)!;
        const title = aspectWords(ctx, found.cell.span);
        openAspect(title.value, title.span, found.numeral ? ordinalOf(found.numeral) : title.ordinal);
        continue;
      }
      const last = current?.problems.at(-1);
      if (kind === 'other') {
        // A row with no number and no problem of its own, under a problem: more of that problem (a measure a row).
        if (last?.ledger === ledger && (seq < 0 || isBlank(row[seq], ctx.text))) last.rows.push(r);
        else UNRECOGNIZED.keep(ctx, plan, [], rowSpan(row));
        continue;
      }
      // A problem cell merged down from the row above: more measures of the same problem.
      const problemCell = row[feedback];
      if (problemCell.mergedFrom && problemCell.mergedFrom.column === feedback && last?.ledger === ledger && last.rows.includes(problemCell.mergedFrom.row)) {
        last.rows.push(r);
        continue;
      }
      // The same problem written again on the next row (a merge lost in a CSV export, or copied down), with no
      // other 序号: more measures of it.
      if (last?.ledger === ledger && !problemCell.mergedFrom && repeatsProblem(table.rows, last, r, feedback, seq, ctx.text)) {
        last.rows.push(r);
        continue;
      }
      if (category >= 0) {
        const origin = originOf(table.rows, row[category], header.bodyRow);
        const title = origin ? aspectWords(ctx, origin.span) : undefined;
        if (title && title.value !== '' && (!current || sameWords(current.title, title.value) === false)) openAspect(title.value, title.span);
      }
      if (!current) openAspect(UNGROUPED_ASPECT_TITLE, header.headerCells[feedback]?.span ?? rowSpan(row));
      const seqCell = seq >= 0 ? originOf(table.rows, row[seq], header.bodyRow) : undefined;
      const seqWords = seqCell ? words(ctx, seqCell.span) : undefined;
      const printed = seqWords && seqWords.value !== '' ? { value: seqWords.value.replace(/[.、．]$/u, ''), span: seqWords.span } : undefined;
      const number = printed ?? (r === header.bodyRow ? ledger.number : undefined);
      current!.problems.push({ ledger, rows: [r], ...(number ? { seq: number } : {}) });
    }
  }
  aspects.splice(0, aspects.length, ...aspects.flatMap(aspectsByNumber));
  const ids = problemIds(aspects);
  const first = plan.aspects.length;
  const built = aspects.map((aspect, a) => buildAspect(ctx, aspect, first + a, ids));
  return { aspects: built, notes, rows: rowsRead };
}

/** An ungrouped list whose 序号 name aspects (一（1）、二（1）) as those aspects; any other entry as it is. */
function aspectsByNumber(entry: AspectEntry): AspectEntry[] {
  if (entry.title !== UNGROUPED_ASPECT_TITLE) return [entry];
  const groups = groupByNumber(entry.problems, (problem) => problem.seq?.value);
  return groups?.map(({ ordinal, problems }) => ({ title: aspectTitleOf(ordinal), titleSpan: problems[0].seq!.span, ordinal, problems })) ?? [entry];
}

/** The words of the problem's other 问题 columns (问题具体表现 beside 巡察反馈问题), in its first row. */
function detailsOf(ctx: ImportContext, entry: ProblemEntry, feedbackColumn: number): { value: string; span: Span }[] {
  const { table, header } = entry.ledger;
  const row = table.rows[entry.rows[0]];
  return header.columns.flatMap((field, c) => {
    if (field !== 'feedback' || c === feedbackColumn) return [];
    const cell = originOf(table.rows, row[c], header.bodyRow) ?? row[c];
    return [words(ctx, cell.span)];
  });
}

function buildAspect(ctx: ImportContext, aspect: AspectEntry, index: number, ids: Map<ProblemEntry, string>): ImportedAspect {
  const path: JsonPath = ['aspects', index];
  // Problems the ledger lists under no aspect stand in the container, which has no id (core/ungrouped.ts).
  const ungrouped = aspect.title === UNGROUPED_ASPECT_TITLE && aspect.ordinal === undefined;
  ctx.spans.set(path, aspect.titleSpan);
  if (!ungrouped) ctx.spans.set([...path, 'id'], aspect.titleSpan);
  ctx.spans.set([...path, 'title'], aspect.titleSpan);
  return {
    ...(ungrouped ? {} : { id: String(aspect.ordinal ?? index + 1) }),
    title: aspect.title,
    problems: aspect.problems.map((entry, p) => buildProblem(ctx, entry, [...path, 'problems', p], ids.get(entry)!)),
  };
}

function buildProblem(ctx: ImportContext, entry: ProblemEntry, path: JsonPath, id: string): ProblemDraft {
  const { table, header } = entry.ledger;
  const rows = table.rows;
  const feedbackColumn = header.columns.indexOf('feedback');
  const ownCell = rows[entry.rows[0]][feedbackColumn];
  // A damaged table can merge a body cell into its header: the row then has no words of its own for the problem.
  const feedbackCell = originOf(rows, ownCell, header.bodyRow) ?? ownCell;
  // 问题：…。措施：… in the problem's cell: the problem is the feedback label's words, the rest fill their fields.
  const labelled = labelledCell(ctx, feedbackCell);
  const feedbackWords = labelled?.find((part) => part.field === 'feedback')?.paragraphs;
  const text = words(ctx, feedbackWords?.length ? { start: feedbackWords[0].start, end: feedbackWords.at(-1)!.end } : feedbackCell.span);
  const title = words(ctx, splitHeading(ctx.text, ctx.folded, text.span).title);
  const problem: ProblemDraft = { id, title: title.value || text.value };
  ctx.spans.set(path, text.span);
  ctx.spans.set([...path, 'id'], entry.seq?.span ?? text.span);
  ctx.spans.set([...path, 'title'], title.value ? title.span : text.span);
  if (text.value !== problem.title) {
    problem.feedback = text.value;
    ctx.spans.set([...path, 'feedback'], text.span);
  }
  // A second problem column (巡察反馈问题 | 问题具体表现): the first names the problem, the next tells it.
  for (const detail of detailsOf(ctx, entry, feedbackColumn)) {
    if (detail.value === '' || detail.value === problem.title || detail.value === problem.feedback) continue;
    if (problem.feedback === undefined) ctx.spans.set([...path, 'feedback'], detail.span);
    problem.feedback = problem.feedback === undefined ? detail.value : `${problem.feedback}\n${detail.value}`;
  }
  // Status columns first, so a progress cell's opening words only give a status when no column states one.
  const order = header.columns
    .map((field, c) => ({ field, c }))
    .filter((column): column is { field: FieldId; c: number } => isPlanField(column.field) && !ROW_FIELDS.has(column.field))
    .sort((a, b) => Number(b.field === 'status') - Number(a.field === 'status'));
  const labels = {
    measures: header.columns.includes('measures') || (labelled?.some((part) => part.field === 'measures') ?? false),
    // A blank status cell leaves the status to a 备注 that states one, whichever column comes first.
    status: labelled?.some((part) => part.field === 'status') ?? false,
  };
  for (const part of labelled ?? []) if (part.field !== 'feedback') fillField(ctx, problem, path, { field: part.field, pieces: cellPieces(ctx, part.paragraphs) }, labels);
  const rowDeadlines: { found: FoundDeadline; text: { value: string; span: Span }; measures: number[] }[] = [];
  const rowStatuses: RowStatus[] = [];
  const reported: Span[] = [];
  for (const r of entry.rows) {
    const measuresBefore = problem.measures?.length ?? 0;
    let rowDeadline: { found: FoundDeadline; text: { value: string; span: Span } } | undefined;
    let rowStatus: StatusPhrase | undefined;
    for (const { field, c } of order) {
      const content = cellContent(rows, r, c, header.bodyRow, ctx.text);
      if (content.kind === 'words') {
        // A merged cell spanning this problem's rows is read once, and so are words a later row only repeats.
        if (r !== entry.rows[0] && content.inherited && entry.rows.includes(content.fromRow)) continue;
        if (r !== entry.rows[0] && REPEATABLE.has(field) && sameWordsAbove(rows, entry.rows, r, c, ctx.text)) continue;
        if (field === 'status' && entry.rows.length > 1) {
          // A cell that is only its status (正在推进); a cell that goes on (已完成。建立了…) is read whole below.
          const cell = words(ctx, content.content.span).span;
          const phrase = leadingStatus(ctx.folded, cell.start, cell.end);
          if (phrase && /^[。.;；]?$/u.test(ctx.folded.slice(phrase.span.end, cell.end))) {
            rowStatus = phrase;
            continue;
          }
        }
        if (field === 'deadline' && entry.rows.length > 1) {
          const text = words(ctx, content.content.span);
          const found = content.content.date ? { deadline: content.content.date, span: text.span } : readDeadline(ctx, text.span);
          if (found) rowDeadline = { found, text };
          continue;
        }
        const filled = fillJoinedCell(ctx, problem, path, { field, second: header.joined[c] }, content.content, labels);
        for (const { field: into, span } of filled) if (into === 'progress' || into === 'status') reported.push(span);
      } else if (content.kind === 'gap' && r === entry.rows[0]) {
        const key = PLAN_KEY[field];
        if (key) ctx.spans.setDefault([...path, key], content.span);
      }
    }
    if (rowDeadline) rowDeadlines.push({ ...rowDeadline, measures: range(measuresBefore, problem.measures?.length ?? 0) });
    if (rowStatus) rowStatuses.push({ phrase: rowStatus, measures: range(measuresBefore, problem.measures?.length ?? 0) });
  }
  if (rowDeadlines.length > 0) setRowDeadlines(ctx, problem, path, rowDeadlines);
  if (rowStatuses.length > 0) setRowStatuses(ctx, problem, path, rowStatuses);
  if (problem.status === undefined) markedStatus(ctx, problem, path, entry);
  // A table with no 佐证材料 column gives its evidence in the progress it reports (已完成。印发《…》〔2024〕3号); where
  // there is one, a blank or 无 in it is the unit's own word that there is none.
  if (!header.columns.includes('evidence')) addEvidenceFromText(ctx, problem, path, reported);
  return problem;
}

/** Fields a problem has one of: a later row of the problem that repeats them (the same 责任部门) adds nothing. */
const REPEATABLE = new Set<FieldId>(['leader', 'department', 'person', 'cooperating', 'status', 'deadline', 'causes', 'goal']);

function sameWordsAbove(rows: readonly TableCell[][], problemRows: readonly number[], r: number, c: number, text: string): boolean {
  const here = wordsOf(rows[r][c], text);
  return problemRows.some((above) => above < r && !rows[above][c].mergedFrom && wordsOf(rows[above][c], text) === here);
}

/** What a column named for a status holds when a row has it: ✓, √, 是, ●. */
const TICK = /^(?:✓|✔|√|☑|✅|●|■|★|☆|○|〇|v|y|yes|是|有|1)$/iu;
const CROSS = /^(?:×|✗|✘|否|无|n|no|0)$/iu;
const STATUS_OF_COLUMN: Partial<Record<string, Status>> = {
  'count-completed': 'done',
  'count-inProgress': 'in-progress',
  'count-basicallyDone': 'basically-done',
  'count-ongoing': 'ongoing',
  'count-notDone': 'not-done',
};

/**
 * A status given by a tick in the column named for it (已完成 | 正在推进 | 长期坚持, one ticked a row): the first
 * ticked column's header words are the status text, placed at the ticked cell. A 是否完成 column says 是 or 否.
 */
function markedStatus(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, entry: ProblemEntry): void {
  const { table, header } = entry.ledger;
  for (let c = 0; c < header.columns.length; c++) {
    const cell = table.rows[entry.rows[0]][c];
    const headerCell = header.headerCells[c];
    if (!headerCell || cell.mergedFrom) continue;
    const words = foldWidth(wordsOf(cell, ctx.text));
    // A question for a header (是否完成, 是否整改到位) answered 是 or 否.
    const question = header.columns[c] === 'status' && /^是否/u.test(header.keys[c]);
    const status = question ? (TICK.test(words) ? 'done' : CROSS.test(words) ? 'not-done' : undefined) : TICK.test(words) ? STATUS_OF_COLUMN[header.columns[c] ?? ''] : undefined;
    if (!status) continue;
    problem.status = status;
    problem.statusText = question ? words : wordsOf(headerCell, ctx.text);
    ctx.spans.set([...path, 'status'], cell.span);
    ctx.spans.set([...path, 'statusText'], cell.span);
    return;
  }
}

/**
 * A problem over several rows, each with its deadline: each row's measures take their row's deadline, and the
 * problem's is the latest date (a marker such as 长期坚持 when no row gives a date).
 */
function setRowDeadlines(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, rows: readonly { found: FoundDeadline; text: { value: string; span: Span }; measures: number[] }[]): void {
  for (const row of rows) {
    for (const m of row.measures) {
      const measure = problem.measures![m];
      if (measure.deadline !== undefined || row.found.deadline === undefined) continue;
      measure.deadline = row.found.deadline;
      measure.deadlineText = row.text.value;
      ctx.spans.set([...path, 'measures', m, 'deadline'], row.text.span);
      ctx.spans.set([...path, 'measures', m, 'deadlineText'], row.text.span);
    }
  }
  const dated = rows.filter((row) => /^\d{4}-/u.test(String(row.found.deadline ?? '')));
  const last = dated.length > 0 ? dated.reduce((a, b) => (String(b.found.deadline) > String(a.found.deadline) ? b : a)) : rows.find((row) => row.found.deadline);
  if (!last?.found.deadline) return;
  problem.deadline = last.found.deadline;
  problem.deadlineText = last.text.value;
  ctx.spans.set([...path, 'deadline'], last.text.span);
  ctx.spans.set([...path, 'deadlineText'], last.text.span);
}

/**
 * A cell's words filled in: into both fields of a column whose header joins two, split where the second's words
 * begin (joined-cells.ts), else into the column's field. Returns where each field's words were.
 */
function fillJoinedCell(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, column: { field: FieldId; second?: FieldId }, content: CellContent, labels: ProblemLabels): { field: FieldId; span: Span }[] {
  const { field, second } = column;
  const readsAsFirst = (span: Span) => field === 'deadline' && readDeadline(ctx, span) !== undefined;
  const split = second === undefined ? undefined : splitJoinedCell(ctx.folded, words(ctx, content.span).span, second, readsAsFirst);
  if (!split || second === undefined) {
    fillFromCell(ctx, problem, path, field, content, labels);
    return [{ field, span: content.span }];
  }
  const filled: { field: FieldId; span: Span }[] = [];
  if (split.first.end > split.first.start) {
    fillFromCell(ctx, problem, path, field, { span: split.first, paragraphs: [split.first], ...(content.date ? { date: content.date } : {}) }, labels);
    filled.push({ field, span: split.first });
  }
  fillFromCell(ctx, problem, path, second, { span: split.second, paragraphs: [split.second] }, labels);
  filled.push({ field: second, span: split.second });
  return filled;
}

/**
 * A cell's words given to the filler as a label's content is: each of its paragraphs a piece. A date cell's own
 * date stands for the deadline or completion date, whatever its format shows; the cell's words stay the text.
 */
function fillFromCell(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, field: FieldId, content: CellContent, labels: ProblemLabels): void {
  const key = PLAN_KEY[field];
  if (key) ctx.spans.setDefault([...path, key], content.span);
  fillField(ctx, problem, path, { field, pieces: cellPieces(ctx, content.paragraphs) }, labels);
  if (!content.date) return;
  if (field === 'deadline' && problem.deadline === undefined) problem.deadline = content.date;
  if (field === 'completion' && problem.completionDate === undefined) {
    problem.completionDate = content.date;
    ctx.spans.set([...path, 'completionDate'], content.span);
  }
}

/**
 * A cell's paragraphs as the filler's pieces: a numbered one (1． （1） ① 一、) with its mark, so it is one item;
 * an unnumbered paragraph after a numbered one carries that item on (a long measure over two paragraphs).
 */
function cellPieces(ctx: ImportContext, paragraphs: readonly Span[]): Piece[] {
  const pieces: Piece[] = [];
  for (const paragraph of paragraphs) {
    const span = cleanSpan(ctx.text, paragraph);
    if (span.end <= span.start) continue;
    const mark = readMark(ctx.folded, span.start, span.end, {});
    // 1．…；2．…；3．… in one paragraph is a list the filler splits, not one numbered item.
    const inline = splitEnumeration(ctx.folded, span).items.length > 1;
    const numbered = mark?.ordinal !== undefined && mark.span.end < span.end && !inline ? mark : undefined;
    const previous = pieces.at(-1);
    if (!numbered && previous?.mark) previous.span = { start: previous.span.start, end: span.end };
    else pieces.push({ span, ...(numbered ? { mark: numbered } : {}) });
  }
  return pieces;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

type Resolved =
  | { kind: 'words'; content: CellContent; inherited: boolean; fromRow: number }
  | { kind: 'gap'; span: Span }
  | { kind: 'none' };

/**
 * A cell's words: its own, or, inside an area merged down, those of the area's first cell. A blank cell, or one
 * saying there is nothing (/, 无), is a gap; a cell merged across from the left belongs to the column it starts in.
 */
function cellContent(rows: readonly TableCell[][], r: number, c: number, bodyRow: number, text: string): Resolved {
  const cell = rows[r][c];
  if (cell.mergedFrom && cell.mergedFrom.column !== c) return { kind: 'none' };
  const origin = originOf(rows, cell, bodyRow);
  if (!origin) return { kind: 'none' };
  const words = wordsOf(origin, text);
  if (words === '' || NO_VALUE.test(foldWidth(words))) return { kind: 'gap', span: { start: origin.span.start, end: origin.span.start } };
  const paragraphs = origin.paragraphs.length > 0 ? origin.paragraphs.map((p) => p.span) : [origin.span];
  return { kind: 'words', content: { span: origin.span, paragraphs, ...(origin.date ? { date: origin.date } : {}) }, inherited: origin !== cell, fromRow: cell.mergedFrom?.row ?? r };
}

/** The cell whose words a cell shows: itself, or the first cell of the area merged down into it (below the header). */
function originOf(rows: readonly TableCell[][], cell: TableCell, bodyRow: number): TableCell | undefined {
  if (!cell.mergedFrom) return cell;
  if (cell.mergedFrom.row < bodyRow) return undefined;
  return rows[cell.mergedFrom.row]?.[cell.mergedFrom.column];
}

/** Whether row r repeats the problem words of the entry's first row, under no 序号 or the same one. */
function repeatsProblem(rows: readonly TableCell[][], entry: ProblemEntry, r: number, feedback: number, seq: number, text: string): boolean {
  const first = rows[entry.rows[0]];
  if (rows[r - 1] !== rows[entry.rows.at(-1)!]) return false;
  if (wordsOf(rows[r][feedback], text) !== wordsOf(first[feedback], text)) return false;
  if (seq < 0 || isBlank(rows[r][seq], text)) return true;
  return !rows[r][seq].mergedFrom && !first[seq].mergedFrom && wordsOf(rows[r][seq], text) === wordsOf(first[seq], text);
}

/** A cell with no words of its own and inside no merged area. */
function isBlank(cell: TableCell, text: string): boolean {
  return !cell.mergedFrom && wordsOf(cell, text) === '';
}

/** A row's stretch of the text, from its first cell to its last. */
function rowSpan(row: readonly TableCell[]): Span {
  const spans = row.filter((cell) => !cell.mergedFrom).map((cell) => cell.span);
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/** An aspect's title without its numbering (一、…方面 → …方面), and the number. */
function aspectWords(ctx: ImportContext, span: Span): { value: string; span: Span; ordinal?: number } {
  const cleaned = cleanSpan(ctx.text, span);
  const local = ctx.folded.slice(cleaned.start, cleaned.end);
  const numbering = /^\s*\(?\s*([一二三四五六七八九十]{1,3})\s*\)?\s*[、.]?\s*/u.exec(local);
  const start = numbering && numbering[0].length < local.length ? cleaned.start + numbering[0].length : cleaned.start;
  const titleSpan = { start, end: cleaned.end };
  return { value: ctx.text.slice(titleSpan.start, titleSpan.end), span: titleSpan, ...(numbering ? { ordinal: parseChineseNumber(numbering[1]) } : {}) };
}

function ordinalOf(numeral: string): number | undefined {
  const digits = foldWidth(numeral).replace(/[()、.\s（）]/gu, '');
  return /^\d+$/u.test(digits) ? Number(digits) : parseChineseNumber(digits);
}

function sameWords(a: string, b: string): boolean {
  const key = (s: string) => foldWidth(s).replace(/\s/gu, '');
  return key(a) === key(b);
}

/**
 * Each problem's id: its 序号 as printed when every problem has one and no two are alike (numbered straight
 * through); aspect.序号 when the 序号 restarts in each aspect; else aspect.position.
 */
function problemIds(aspects: readonly AspectEntry[]): Map<ProblemEntry, string> {
  const ids = new Map<ProblemEntry, string>();
  const all = aspects.flatMap((aspect) => aspect.problems);
  const seqs = all.map((entry) => entry.seq?.value);
  const throughout = seqs.every((s) => s !== undefined) && new Set(seqs).size === seqs.length;
  aspects.forEach((aspect, a) => {
    const aspectId = String(aspect.ordinal ?? a + 1);
    const local = aspect.problems.map((entry) => entry.seq?.value);
    const perAspect = local.every((s) => s !== undefined) && new Set(local).size === local.length;
    aspect.problems.forEach((entry, p) => {
      if (throughout) ids.set(entry, entry.seq!.value);
      else ids.set(entry, `${aspectId}.${perAspect ? entry.seq!.value : p + 1}`);
    });
  });
  return ids;
}
