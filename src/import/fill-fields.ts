/**
 * Fills a problem's fields from what one field holds, whoever found it: a label's content in a narrative report, or
 * a ledger's cell (pass the cell's span as one piece). Status words (已完成。…), deadlines (2023年6月底前, 立行立改,
 * 3个月 from the feedback date), measures split at 一是/（1）/①/1．, evidence (a 佐证材料 list, or documents the
 * unit issued as its text names them) and the responsibility fields are read the same way everywhere.
 */
import type { JsonPath } from '../rule-kit/types.js';
import type { Evidence, Measure, Problem } from '../types/plan.js';
import type { ImportContext } from './context.js';
import { words } from './context.js';
import { deadlineInText, readDeadline } from './deadline.js';
import { findEvidenceRefs, type EvidenceRef } from './evidence-refs.js';
import type { FieldId } from './lexicon.js';
import { joinedText, listItems } from './list-items.js';
import type { Piece } from './outline.js';
import { plannedFinish } from './planned-finish.js';
import { cleanSpan, isEmptySpan, type Span } from './span.js';
import { closingStatus, leadingStatus } from './status-words.js';
import { UNRECOGNIZED, type Unrecognized } from './unrecognized.js';

export type ProblemDraft = Problem &
  Unrecognized & { 'x-goal'?: string; 'x-cooperating'?: string; 'x-remarks'?: string; 'x-next-steps'?: string; 'x-category'?: string; 'x-group'?: string };

/** One field's content: the label it came with (when there is one) and its pieces of text. */
export interface FieldContent {
  field: FieldId;
  label?: Span;
  pieces: readonly Piece[];
}

/** What the problem as a whole labels, which decides how some fields read (整改情况 is the measures when nothing else is). */
export interface ProblemLabels {
  measures: boolean;
  /** Whether a label or column states the problem's status: a 备注 stating one then only adds to it. */
  status: boolean;
}

/** A status in words of the office's own (待验收, 已移交) is short; longer words are an account of the work. */
const STATUS_TEXT_LENGTH = 16;

type TextKey =
  | 'feedback'
  | 'progress'
  | 'statusText'
  | 'responsibleLeader'
  | 'responsibleDepartment'
  | 'responsiblePerson'
  | 'openReason'
  | 'x-next-steps'
  | 'x-goal'
  | 'x-cooperating'
  | 'x-remarks'
  | 'x-category';

const SINGLE_TEXT: Partial<Record<FieldId, TextKey>> = {
  feedback: 'feedback',
  goal: 'x-goal',
  leader: 'responsibleLeader',
  department: 'responsibleDepartment',
  person: 'responsiblePerson',
  cooperating: 'x-cooperating',
  remarks: 'x-remarks',
  aspect: 'x-category',
  openReason: 'openReason',
  nextSteps: 'x-next-steps',
};

export function fillField(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, content: FieldContent, labels: ProblemLabels): void {
  const { field, label } = content;
  const textKey = SINGLE_TEXT[field];
  if (textKey) {
    setText(ctx, problem, path, textKey, content.pieces);
    if (field === 'nextSteps') setNextMilestone(ctx, problem, path, content.pieces);
    if (field === 'remarks') {
      remarksAsEvidence(ctx, problem, path, content.pieces);
      // 备注：已完成 where nothing else states the status (a ledger without a status column), before or after it.
      const first = content.pieces[0];
      const phrase = first && problem.status === undefined && !labels.status ? leadingStatus(ctx.folded, first.span.start, first.span.end) : undefined;
      if (phrase) setStatus(ctx, problem, path, phrase.status, phrase.span);
    }
    return;
  }
  switch (field) {
    case 'causes':
      if (label) ctx.spans.setDefault([...path, 'causes'], label);
      addCauses(ctx, problem, path, listItems(ctx.text, ctx.folded, content.pieces));
      return;
    case 'measures':
      if (label) ctx.spans.setDefault([...path, 'measures'], label);
      // 整改措施：A；B: measures listed without markers are parted at the semicolons, as a plan lists them.
      addMeasures(ctx, problem, path, listItems(ctx.text, ctx.folded, withoutClosingStatus(ctx, problem, path, content.pieces), { semicolons: true }));
      return;
    case 'progress':
    case 'outcome': {
      const rest = readLeadingStatus(ctx, problem, path, content.pieces);
      plannedDeadline(ctx, problem, path, rest);
      // 整改情况 lists what was done: the measures, when the problem labels no measures of its own.
      if (field === 'progress' && !labels.measures) {
        if (label) ctx.spans.setDefault([...path, 'measures'], label);
        addMeasures(ctx, problem, path, listItems(ctx.text, ctx.folded, withoutClosingStatus(ctx, problem, path, rest)));
        // 整改情况：…剩余部分预计2025年3月底前全部完成。 an account that ends by planning its finish: open, due then.
        if (problem.status === undefined) readPlannedFinish(ctx, problem, path, rest.at(-1)?.span);
      } else {
        // 宣传栏已按月更新，该问题已完成整改: the account keeps its words and gives the status.
        closingStatusOf(ctx, problem, path, rest);
        if (problem.status === undefined) readPlannedFinish(ctx, problem, path, rest.at(-1)?.span);
        setText(ctx, problem, path, 'progress', rest);
      }
      return;
    }
    case 'status': {
      const rest = readLeadingStatus(ctx, problem, path, content.pieces);
      if (problem.status !== undefined) {
        plannedDeadline(ctx, problem, path, rest);
        setText(ctx, problem, path, 'progress', rest);
        return;
      }
      // 完成情况：通过…建立了…，该问题已完成整改。: an account of the work, its status in its closing sentence.
      const joined = joinedText(ctx.text, content.pieces);
      if (joined && joined.value.length > STATUS_TEXT_LENGTH) {
        closingStatusOf(ctx, problem, path, content.pieces);
        setText(ctx, problem, path, 'progress', content.pieces);
      } else setText(ctx, problem, path, 'statusText', content.pieces);
      return;
    }
    case 'deadline':
      setDeadline(ctx, problem, path, content.pieces);
      return;
    case 'completion':
      setCompletionDate(ctx, problem, path, content.pieces);
      return;
    case 'evidence':
      if (label) ctx.spans.setDefault([...path, 'evidence'], label);
      addEvidence(ctx, problem, path, listItems(ctx.text, ctx.folded, content.pieces, { semicolons: true }));
      return;
    default:
      for (const piece of content.pieces) keep(ctx, problem, path, piece.span);
  }
}

/**
 * …计划2025年底前全部清零 ending a report's account: the problem is in progress, due by that date. The clause stays in
 * the measure it ends; it is also the status's words.
 */
export function readPlannedFinish(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, last: Span | undefined): void {
  if (!last || !ctx.reportsProgress) return;
  const planned = plannedFinish(ctx, last.start, last.end);
  if (!planned) return;
  setStatus(ctx, problem, path, 'in-progress', planned.clause);
  setDeadlineFromText(ctx, problem, path, planned.clause);
}

/** 正在整改中，计划于2024年12月底前完成: the date an open problem's progress plans to finish by is its deadline. */
function plannedDeadline(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, rest: readonly Piece[]): void {
  if (rest.length === 0 || problem.status === undefined || problem.status === 'done' || problem.status === 'done-ongoing') return;
  setDeadlineFromText(ctx, problem, path, { start: rest[0].span.start, end: rest.at(-1)!.span.end });
}

// 佐证材料见附件1 / 详见附件 / 证明材料已归档: a remark pointing to the proof.
const POINTS_TO_EVIDENCE = /佐证|证明材料|支撑材料|附件\s*\d|详见附件|见附件/u;

/**
 * A 备注 that points to the proof (佐证材料见附件1) is the problem's evidence too, where the table has no 佐证 column
 * or left it blank: the remark stays a remark as well.
 */
function remarksAsEvidence(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, pieces: readonly Piece[]): void {
  if (problem.evidence?.length) return;
  const joined = joinedText(ctx.text, pieces);
  if (!joined || !POINTS_TO_EVIDENCE.test(ctx.folded.slice(joined.span.start, Math.min(joined.span.end, joined.span.start + 200)))) return;
  addEvidence(ctx, problem, path, [words(ctx, joined.span).span]);
}

/** Text a problem holds that no field took: kept on it, never dropped. */
export function keep(ctx: ImportContext, problem: Unrecognized, path: JsonPath, range: Span): void {
  UNRECOGNIZED.keep(ctx, problem, path, range);
}

function record(ctx: ImportContext, path: JsonPath, span: Span): string {
  ctx.spans.set(path, span);
  return ctx.text.slice(span.start, span.end);
}

/** Sets (or extends, for a field told in several places) a text field. */
function setText(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, key: TextKey, pieces: readonly Piece[]): void {
  const joined = joinedText(ctx.text, pieces);
  if (!joined) return;
  const previous = problem[key];
  problem[key] = previous ? `${previous}\n${joined.value}` : joined.value;
  if (!previous) ctx.spans.set([...path, key], joined.span);
}

/** A status at the start of the pieces (已完成。…): sets status and statusText; returns the pieces after it. */
function readLeadingStatus(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, pieces: readonly Piece[]): Piece[] {
  const first = pieces[0];
  if (!first || first.mark) return [...pieces];
  const phrase = leadingStatus(ctx.folded, first.span.start, first.span.end);
  if (!phrase) return [...pieces];
  if (problem.status === undefined) {
    problem.status = phrase.status;
    problem.statusText = record(ctx, [...path, 'statusText'], phrase.span);
    ctx.spans.set([...path, 'status'], phrase.span);
  }
  // 正在推进中，计划于2025年6月底前完成: the date an unfinished problem is due by (a done one's date is when it was done).
  if (phrase.status !== 'done' && phrase.status !== 'done-ongoing') setDeadlineFromText(ctx, problem, path, first.span);
  // The rest of the sentence the status stands in, then the rest of the pieces.
  let after = phrase.span.end;
  while (after < first.span.end && '。;；,，.、 \t'.includes(ctx.folded.charAt(after))) after++;
  const rest = cleanSpan(ctx.text, { start: after, end: first.span.end });
  return [...(isEmptySpan(rest) ? [] : [{ span: rest }]), ...pieces.slice(1)];
}

/**
 * A list of measures that ends with a sentence on the problem's status (…；三是开展研讨交流。该问题正在整改中，计划于
 * 2025年8月底前完成。): that sentence is no measure. It gives the status, the deadline it names and the progress;
 * the pieces before it are returned.
 */
function withoutClosingStatus(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, pieces: readonly Piece[]): Piece[] {
  const last = pieces.at(-1);
  if (!last) return [...pieces];
  const words = last.mark ? last.mark.span.end : last.span.start;
  const closing = closingStatus(ctx.folded, words, last.span.end);
  // A numbered measure's own words may end with its own state (1.建立台账，已完成); a sentence after them is the problem's.
  if (!closing || (last.mark && closing.sentence.start <= words)) return [...pieces];
  setStatus(ctx, problem, path, closing.status, closing.span);
  const sentence = cleanSpan(ctx.text, { start: closing.sentence.start, end: last.span.end });
  if (!isEmptySpan(sentence)) setText(ctx, problem, path, 'progress', [{ span: sentence }]);
  setDeadlineFromText(ctx, problem, path, sentence);
  const before = cleanSpan(ctx.text, { start: last.span.start, end: closing.sentence.start });
  const kept = pieces.slice(0, -1);
  if (!isEmptySpan(before) && before.end > words) kept.push({ ...last, span: { start: last.span.start, end: before.end } });
  return kept;
}

/** The status a free account states in its closing sentence, when nothing gave one yet. */
function closingStatusOf(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, pieces: readonly Piece[]): void {
  const last = pieces.at(-1);
  if (!last || problem.status !== undefined) return;
  const closing = closingStatus(ctx.folded, last.mark ? last.mark.span.end : last.span.start, last.span.end);
  if (!closing) return;
  setStatus(ctx, problem, path, closing.status, closing.span);
  setDeadlineFromText(ctx, problem, path, closing.sentence);
}

export function setStatus(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, status: Problem['status'], span: Span): void {
  if (problem.status !== undefined || status === undefined) return;
  problem.status = status;
  problem.statusText = record(ctx, [...path, 'statusText'], span);
  ctx.spans.set([...path, 'status'], span);
}

function setDeadline(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, pieces: readonly Piece[]): void {
  const joined = joinedText(ctx.text, pieces);
  if (!joined) return;
  // A second deadline label is kept, not dropped: it is the reviewer's to reconcile.
  if (problem.deadlineText !== undefined) {
    keep(ctx, problem, path, joined.span);
    return;
  }
  const printed = words(ctx, joined.span);
  problem.deadlineText = printed.value;
  ctx.spans.set([...path, 'deadlineText'], printed.span);
  ctx.spans.set([...path, 'deadline'], printed.span);
  const found = readDeadline(ctx, printed.span);
  if (found?.deadline) problem.deadline = found.deadline;
}

/** 完成日期 / 实际完成时间: the day the work was done (a date only; words without one stay unrecognised). */
function setCompletionDate(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, pieces: readonly Piece[]): void {
  const joined = joinedText(ctx.text, pieces);
  if (!joined || problem.completionDate !== undefined) return;
  const found = readDeadline(ctx, words(ctx, joined.span).span);
  if (found?.deadline && /^\d{4}-/u.test(found.deadline)) {
    problem.completionDate = found.deadline;
    ctx.spans.set([...path, 'completionDate'], found.span);
  } else keep(ctx, problem, path, joined.span);
}

/** 下一步措施：2025年6月底前建成…: the date the next steps name is the open problem's next milestone. */
function setNextMilestone(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, pieces: readonly Piece[]): void {
  const joined = joinedText(ctx.text, pieces);
  if (!joined || problem.nextMilestone !== undefined) return;
  const found = deadlineInText(ctx, joined.span);
  if (!found?.deadline || !/^\d{4}-/u.test(found.deadline)) return;
  problem.nextMilestone = found.deadline;
  ctx.spans.set([...path, 'nextMilestone'], found.span);
}

/** A deadline the problem's prose gives (该问题正在推进，计划于2022年12月底前完成), when no label gave one. */
export function setDeadlineFromText(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, range: Span): void {
  if (problem.deadlineText !== undefined) return;
  // Only a date: 长期坚持 in a closing sentence is part of its status (已完成整改，并将长期坚持).
  const found = deadlineInText(ctx, range);
  if (!found?.deadline || !/^\d{4}-/u.test(found.deadline)) return;
  problem.deadline = found.deadline;
  problem.deadlineText = record(ctx, [...path, 'deadlineText'], found.span);
  ctx.spans.set([...path, 'deadline'], found.span);
}

export function addCauses(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, items: readonly Span[]): void {
  if (items.length === 0) return;
  const causes = (problem.causes ??= []);
  for (const span of items) causes.push(record(ctx, [...path, 'causes', causes.length], span));
}

export function addMeasures(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, items: readonly Span[]): void {
  if (items.length === 0) return;
  const measures = (problem.measures ??= []);
  ctx.spans.setDefault([...path, 'measures'], items[0]);
  for (const span of items) {
    const measurePath = [...path, 'measures', measures.length];
    const measure: Measure = { id: `${problem.id}.${measures.length + 1}`, text: record(ctx, [...measurePath, 'text'], span) };
    ctx.spans.set(measurePath, span);
    ctx.spans.set([...measurePath, 'id'], span);
    const found = deadlineInText(ctx, span);
    if (found?.deadline) {
      measure.deadline = found.deadline;
      measure.deadlineText = record(ctx, [...measurePath, 'deadlineText'], found.span);
      ctx.spans.set([...measurePath, 'deadline'], found.span);
    }
    measures.push(measure);
  }
}

const EVIDENCE_TYPES: readonly [RegExp, Evidence['type']][] = [
  [/纪要|会议记录/u, '会议纪要'],
  [/台账|清单/u, '台账'],
  [/凭证|收据|缴款书|票据|回执/u, '凭证'],
  [/照片|图片/u, '照片'],
  [/统计|报表/u, '统计'],
  [/报告/u, '报告'],
  [/《|文件|通知|制度|办法|方案|决定|〔\d{4}〕/u, '文件'],
];
const DOCUMENT_NUMBER = /[〔[(（［]\d{4}[〕\])）］]\d{1,4}(?:[-—–]\d{1,4})?号/u;

/** 佐证材料：one piece of evidence per listed item, its type guessed from its words, a 文号 kept as its reference. */
export function addEvidence(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, items: readonly Span[]): void {
  if (items.length === 0) return;
  const evidence = (problem.evidence ??= []);
  for (const span of items) {
    const evidencePath = [...path, 'evidence', evidence.length];
    const title = record(ctx, [...evidencePath, 'title'], span);
    ctx.spans.set(evidencePath, span);
    ctx.spans.set([...evidencePath, 'type'], span);
    const number = DOCUMENT_NUMBER.exec(title.length > 200 ? title.slice(0, 200) : title);
    let reference: string | undefined;
    if (number) {
      // The issuer's abbreviation before the bracket (县民发〔2026〕3号) belongs to the number.
      let from = number.index;
      while (from > 0 && from > number.index - 12 && /[\u4e00-\u9fff]/u.test(title.charAt(from - 1))) from--;
      reference = title.slice(from, number.index + number[0].length);
      ctx.spans.set([...evidencePath, 'reference'], { start: span.start + from, end: span.start + number.index + number[0].length });
    }
    evidence.push({ type: EVIDENCE_TYPES.find(([pattern]) => pattern.test(title.slice(0, 200)))?.[1] ?? '其他', title, ...(reference ? { reference } : {}) });
  }
}

/**
 * Evidence the problem's own words give (印发《…》（…〔2022〕3号）, 会议纪要已存档, 缴款凭证), when it labels none: each
 * reference on the measure whose words hold it, else on the problem.
 */
export function addEvidenceFromText(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, ranges: readonly Span[]): void {
  if (problem.evidence?.length || ctx.evidenceInText === false) return;
  const measureSpans = (problem.measures ?? []).map((_, i) => ctx.spans.get([...path, 'measures', i, 'text']));
  for (const range of ranges) {
    for (const ref of findEvidenceRefs(ctx.folded, range.start, range.end)) {
      const index = measureSpans.findIndex((span) => span !== undefined && span.start <= ref.span.start && ref.span.end <= span.end);
      if (index >= 0) addRef(ctx, problem.measures![index], [...path, 'measures', index], ref);
      else addRef(ctx, problem, path, ref);
    }
  }
}

function addRef(ctx: ImportContext, holder: { evidence?: Evidence[] }, path: JsonPath, ref: EvidenceRef): void {
  const evidence = (holder.evidence ??= []);
  const evidencePath = [...path, 'evidence', evidence.length];
  ctx.spans.setDefault([...path, 'evidence'], ref.span);
  ctx.spans.set(evidencePath, ref.span);
  ctx.spans.set([...evidencePath, 'type'], ref.span);
  const item: Evidence = { type: ref.type, title: record(ctx, [...evidencePath, 'title'], ref.title) };
  if (ref.reference) item.reference = record(ctx, [...evidencePath, 'reference'], ref.reference);
  evidence.push(item);
}
