import { statusFromLabel } from '../core/status.js';
import type { JsonPath } from '../rule-kit/types.js';
import type { Evidence, Measure, Problem } from '../types/plan.js';
import { words, type ImportContext } from './context.js';
import { deadlineInText, readDeadline } from './deadline.js';
import type { LabelField } from './labels.js';
import { joinedText, listItems } from './list-items.js';
import { markerSpan, ordinalOf, type BodyPart, type OutlineNode, type Piece } from './outline.js';
import type { Span } from './span.js';
import { problemWords, splitHeading } from './titles.js';
import { UNRECOGNIZED, type Unrecognized } from './unrecognized.js';

type Field = Extract<BodyPart, { kind: 'field' }>;

/** A node is a problem when it carries a problem's labels, or when nothing is numbered below it. */
export function isProblemNode(node: OutlineNode): boolean {
  return node.children.length === 0 || node.body.some((part) => part.kind === 'field');
}

/**
 * A problem from its outline node: the heading gives id and title; labels fill their fields; unlabelled text is the
 * measures (reports such as 在…方面。一是…二是… label nothing), or, when the problem has a measures label, the
 * feedback before the labels and unrecognised text after them.
 */
export function buildProblem(ctx: ImportContext, node: OutlineNode, id: string, path: JsonPath, idSpan?: Span): Problem & Unrecognized {
  const heading = node.heading!;
  const split = splitHeading(ctx.text, ctx.folded, heading.text);
  const title = words(ctx, problemWords(ctx.folded, split.title));
  const problem: Problem & Unrecognized = { id, title: title.value };
  ctx.problemRanges.push({ start: heading.lineSpan.start, end: node.end, id });
  ctx.spans.set(path, split.title);
  ctx.spans.set([...path, 'id'], idSpan ?? split.title);
  ctx.spans.set([...path, 'title'], title.span);

  const parts: BodyPart[] = [...(split.rest.end > split.rest.start ? [{ kind: 'text', span: split.rest, line: heading.line } as const] : []), ...node.body];
  const fields = parts.filter((part): part is Field => part.kind === 'field');
  const labelled = new Set<LabelField>(fields.map((part) => part.field.field));
  const measuresLabelled = labelled.has('measures') || labelled.has('progress');

  const measurePieces: Piece[] = [];
  const feedbackPieces: Piece[] = [];
  const stray: Piece[] = [];
  let seenField = false;
  for (const part of parts) {
    if (part.kind === 'text') {
      const piece = { span: part.span, line: part.line };
      if (!measuresLabelled) measurePieces.push(piece);
      else (seenField ? stray : feedbackPieces).push(piece);
      continue;
    }
    seenField = true;
    applyField(ctx, problem, path, part, labelled, measurePieces, stray);
  }
  if (feedbackPieces.length > 0 && problem.feedback === undefined) setText(ctx, problem, path, 'feedback', feedbackPieces);
  setMeasures(ctx, problem, path, measurePieces);
  addTags(ctx, problem, path, title.span);
  for (const piece of stray) UNRECOGNIZED.keep(ctx, problem, path, piece.span);
  // Numbered lines under a labelled problem that no label took are its sub-items.
  node.children.forEach((child, i) => {
    problem.items ??= [];
    problem.items.push(buildProblem(ctx, child, `${id}.${ordinalOf(child)}`, [...path, 'items', i], markerSpan(child)));
  });
  return problem;
}

function applyField(ctx: ImportContext, problem: Problem, path: JsonPath, part: Field, labelled: Set<LabelField>, measurePieces: Piece[], stray: Piece[]): void {
  const { field, labelSpan } = part.field;
  switch (field) {
    case 'causes': {
      const causes = listItems(ctx, part.pieces);
      ctx.spans.set([...path, 'causes'], labelSpan);
      problem.causes = [...(problem.causes ?? []), ...causes.map((span, i) => record(ctx, [...path, 'causes', (problem.causes?.length ?? 0) + i], span))];
      return;
    }
    case 'measures':
      ctx.spans.setDefault([...path, 'measures'], labelSpan);
      measurePieces.push(...part.pieces);
      return;
    case 'progress':
      if (readStatus(ctx, problem, path, part.pieces)) return;
      // 整改情况 lists what was done: the measures, unless the problem labels its measures separately.
      if (labelled.has('measures')) setText(ctx, problem, path, 'progress', part.pieces);
      else {
        ctx.spans.setDefault([...path, 'measures'], labelSpan);
        measurePieces.push(...part.pieces);
      }
      return;
    case 'outcome':
      setText(ctx, problem, path, 'progress', part.pieces);
      return;
    case 'status':
      if (!readStatus(ctx, problem, path, part.pieces)) setText(ctx, problem, path, 'statusText', part.pieces);
      return;
    case 'leader':
      setText(ctx, problem, path, 'responsibleLeader', part.pieces);
      return;
    case 'department':
      setText(ctx, problem, path, 'responsibleDepartment', part.pieces);
      return;
    case 'person':
      setText(ctx, problem, path, 'responsiblePerson', part.pieces);
      return;
    case 'deadline':
      setDeadline(ctx, problem, path, part.pieces);
      return;
    case 'evidence':
      setEvidence(ctx, problem, path, part.pieces);
      return;
    case 'feedback':
      setText(ctx, problem, path, 'feedback', part.pieces);
      return;
    default:
      stray.push(...part.pieces);
  }
}

function record(ctx: ImportContext, path: JsonPath, span: Span): string {
  ctx.spans.set(path, span);
  return ctx.text.slice(span.start, span.end);
}

type TextKey = 'feedback' | 'progress' | 'statusText' | 'responsibleLeader' | 'responsibleDepartment' | 'responsiblePerson';

/** Sets (or extends, for progress told in several places) a text field from the lines under a label. */
function setText(ctx: ImportContext, problem: Problem, path: JsonPath, key: TextKey, pieces: readonly Piece[]): void {
  const joined = joinedText(ctx, pieces);
  if (!joined) return;
  const previous = problem[key];
  problem[key] = previous ? `${previous}\n${joined.value}` : joined.value;
  if (!previous) ctx.spans.set([...path, key], joined.span);
}

/** 整改状态：已完成并长期坚持 → done-ongoing, keeping the words as printed. */
function readStatus(ctx: ImportContext, problem: Problem, path: JsonPath, pieces: readonly Piece[]): boolean {
  const joined = joinedText(ctx, pieces);
  const status = joined ? statusFromLabel(joined.value) : undefined;
  if (!joined || !status) return false;
  const printed = words(ctx, joined.span);
  problem.status = status;
  problem.statusText = printed.value;
  ctx.spans.set([...path, 'status'], printed.span);
  ctx.spans.set([...path, 'statusText'], printed.span);
  return true;
}

function setDeadline(ctx: ImportContext, problem: Problem, path: JsonPath, pieces: readonly Piece[]): void {
  const joined = joinedText(ctx, pieces);
  if (!joined) return;
  const printed = words(ctx, joined.span);
  problem.deadlineText = printed.value;
  ctx.spans.set([...path, 'deadlineText'], printed.span);
  const found = readDeadline(ctx, printed.span);
  if (found?.deadline) {
    problem.deadline = found.deadline;
    ctx.spans.set([...path, 'deadline'], printed.span);
  } else ctx.spans.set([...path, 'deadline'], printed.span);
}

function setMeasures(ctx: ImportContext, problem: Problem, path: JsonPath, pieces: readonly Piece[]): void {
  const items = listItems(ctx, pieces);
  if (items.length === 0) return;
  ctx.spans.setDefault([...path, 'measures'], items[0]);
  problem.measures = items.map((span, i): Measure => {
    const measurePath = [...path, 'measures', i];
    const measure: Measure = { id: `${problem.id}.${i + 1}`, text: record(ctx, [...measurePath, 'text'], span) };
    ctx.spans.set(measurePath, span);
    ctx.spans.set([...measurePath, 'id'], span);
    const found = deadlineInText(ctx, span);
    if (found?.deadline) {
      measure.deadline = found.deadline;
      measure.deadlineText = record(ctx, [...measurePath, 'deadlineText'], found.span);
      ctx.spans.set([...measurePath, 'deadline'], found.span);
    }
    return measure;
  });
}

const EVIDENCE_TYPES: readonly [RegExp, Evidence['type']][] = [
  [/纪要|会议记录/u, '会议纪要'],
  [/台账|清单/u, '台账'],
  [/凭证|收据|缴款书|票据/u, '凭证'],
  [/照片|图片/u, '照片'],
  [/统计|报表/u, '统计'],
  [/报告/u, '报告'],
  [/《|文件|通知|制度|办法|方案|〔\d{4}〕/u, '文件'],
];

/** 佐证材料：one piece of evidence per listed item, its type guessed from its words. */
function setEvidence(ctx: ImportContext, problem: Problem, path: JsonPath, pieces: readonly Piece[]): void {
  const items = listItems(ctx, pieces);
  const start = problem.evidence?.length ?? 0;
  const added = items.map((span, i): Evidence => {
    const evidencePath = [...path, 'evidence', start + i];
    const title = record(ctx, [...evidencePath, 'title'], span);
    ctx.spans.set(evidencePath, span);
    ctx.spans.set([...evidencePath, 'type'], span);
    return { type: EVIDENCE_TYPES.find(([pattern]) => pattern.test(title))?.[1] ?? '其他', title };
  });
  if (added.length > 0) problem.evidence = [...(problem.evidence ?? []), ...added];
}

/** 立行立改 in a problem's title or deadline makes it a tag too. */
function addTags(ctx: ImportContext, problem: Problem, path: JsonPath, titleSpan: Span): void {
  if (problem.deadline === '立行立改' || /立行立改|即知即改/u.test(problem.title)) {
    problem.tags = ['立行立改'];
    ctx.spans.set([...path, 'tags'], ctx.spans.get([...path, 'deadline']) ?? titleSpan);
  }
}
