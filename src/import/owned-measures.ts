/**
 * Plans often give each measure its own owner and time limit in a bracketed aside after it:
 *   整改措施：
 *   ①每半年专题研究一次。（责任领导：…；责任科室：…；完成时限：2025年1月底前）
 * Those numbered lines are the problem's measures, each with its owner (measure.owner) and deadline, not
 * sub-problems; the problem answers to the leaders and departments its measures name (joined, first named first).
 * The problem is due when its last dated measure is (as require-deadline reads a problem whose measures are dated).
 */
import type { JsonPath } from '../rule-kit/types.js';
import type { Measure } from '../types/plan.js';
import { words, type ImportContext } from './context.js';
import { readDeadline } from './deadline.js';
import { addMeasures, type ProblemDraft } from './fill-fields.js';
import { OWNER_FIELDS } from './lexicon.js';
import { joinedText } from './list-items.js';
import type { BodyPart, OutlineNode } from './outline.js';
import { cleanSpan, isEmptySpan, type Span } from './span.js';

type Field = Extract<BodyPart, { kind: 'field' }>;


/** Whether a numbered line is one measure with its owner aside: words, then only owner and deadline labels. */
export function isOwnedMeasure(node: OutlineNode): boolean {
  return (
    node.children.length === 0 &&
    node.words.end > node.words.start &&
    node.body.length > 0 &&
    node.body.every((part) => part.kind === 'field' && OWNER_FIELDS.has(part.field.field))
  );
}

export function addOwnedMeasures(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, nodes: readonly OutlineNode[]): void {
  const owners = { leader: new Owners(), department: new Owners() };
  for (const node of nodes) {
    const span = cleanSpan(ctx.text, trimStop(ctx.folded, node.words));
    if (isEmptySpan(span)) continue;
    addMeasures(ctx, problem, path, [span]);
    const index = problem.measures!.length - 1;
    const measure = problem.measures![index];
    const measurePath = [...path, 'measures', index];
    const named: string[] = [];
    let ownerSpan: Span | undefined;
    for (const part of node.body as Field[]) {
      const joined = joinedText(ctx.text, part.pieces);
      if (!joined) continue;
      const printed = words(ctx, joined.span);
      if (part.field.field === 'deadline') {
        setMeasureDeadline(ctx, measure, measurePath, printed.span);
        continue;
      }
      named.push(printed.value);
      ownerSpan ??= printed.span;
      if (part.field.field === 'leader') owners.leader.add(printed.value, printed.span);
      if (part.field.field === 'department') owners.department.add(printed.value, printed.span);
    }
    if (named.length > 0 && ownerSpan) {
      measure.owner = named.join('；');
      ctx.spans.set([...measurePath, 'owner'], ownerSpan);
    }
  }
  setLastDeadline(ctx, problem, path);
  owners.leader.setOn(ctx, problem, [...path, 'responsibleLeader'], 'responsibleLeader');
  owners.department.setOn(ctx, problem, [...path, 'responsibleDepartment'], 'responsibleDepartment');
}

function setMeasureDeadline(ctx: ImportContext, measure: Measure, path: JsonPath, span: Span): void {
  const found = readDeadline(ctx, span);
  if (!found?.deadline) return;
  // The aside's deadline is the measure's own, over a date its words happen to mention.
  measure.deadline = found.deadline;
  measure.deadlineText = ctx.text.slice(span.start, span.end);
  ctx.spans.set([...path, 'deadline'], found.span);
  ctx.spans.set([...path, 'deadlineText'], span);
}

/** The latest dated measure's deadline, else the first marker (长期坚持), as the problem's. */
function setLastDeadline(ctx: ImportContext, problem: ProblemDraft, path: JsonPath): void {
  if (problem.deadline !== undefined || problem.deadlineText !== undefined) return;
  let chosen: { measure: Measure; index: number } | undefined;
  problem.measures?.forEach((measure, index) => {
    const deadline = measure.deadline;
    if (typeof deadline !== 'string') return;
    const dated = /^\d{4}-/u.test(deadline);
    const best = chosen?.measure.deadline as string | undefined;
    if (!best || (dated && (!/^\d{4}-/u.test(best) || deadline > best))) chosen = { measure, index };
  });
  if (!chosen?.measure.deadlineText) return;
  problem.deadline = chosen.measure.deadline;
  problem.deadlineText = chosen.measure.deadlineText;
  const measurePath = [...path, 'measures', chosen.index];
  ctx.spans.set([...path, 'deadline'], ctx.spans.get([...measurePath, 'deadline'])!);
  ctx.spans.set([...path, 'deadlineText'], ctx.spans.get([...measurePath, 'deadlineText'])!);
}

/** The measure's words without the full stop before its aside. */
function trimStop(folded: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && '。;；,， \t'.includes(folded.charAt(end - 1))) end--;
  return { start: span.start, end };
}

/** Distinct names in the order first named, each with where it was first named. */
class Owners {
  private readonly names = new Map<string, Span>();

  add(name: string, span: Span): void {
    if (!this.names.has(name)) this.names.set(name, span);
  }

  setOn(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, key: 'responsibleLeader' | 'responsibleDepartment'): void {
    if (this.names.size === 0 || problem[key] !== undefined) return;
    problem[key] = [...this.names.keys()].join('；');
    ctx.spans.set(path, this.names.values().next().value!);
  }
}
