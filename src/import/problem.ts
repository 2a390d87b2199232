/**
 * A problem from its outline item: the heading gives its id and title (without the 针对…问题 / 关于…的问题 / 在…方面
 * wrapper), labels fill their fields (fill-fields.ts), and a problem written as prose (标题。一是…；二是…。该问题已完成
 * 整改。) is read for its cause analysis, measures, status and the deadline its closing sentence names.
 */
import type { JsonPath } from '../rule-kit/types.js';
import { words, type ImportContext } from './context.js';
import { causeOpener, measuresOpener } from './cues.js';
import { splitEnumeration } from './enumeration.js';
import { headingRest, statusOfGroup, titleOf, type NodeEvidence } from './evidence.js';
import {
  addCauses,
  addEvidenceFromText,
  addMeasures,
  fillField,
  keep,
  readPlannedFinish,
  setDeadlineFromText,
  setStatus,
  type ProblemDraft,
} from './fill-fields.js';
import { listItems } from './list-items.js';
import { plannedFinish } from './planned-finish.js';
import { addOwnedMeasures, isOwnedMeasure } from './owned-measures.js';
import type { BodyPart, OutlineNode, Piece } from './outline.js';
import { cleanSpan, isEmptySpan, type Span } from './span.js';
import { bracketStatusOpening, closingStatus } from './status-words.js';
import { problemWords } from './titles.js';

type Field = Extract<BodyPart, { kind: 'field' }>;

export interface ProblemOptions {
  id: string;
  path: JsonPath;
  evidence: (node: OutlineNode) => NodeEvidence;
}

export function buildProblem(ctx: ImportContext, node: OutlineNode, options: ProblemOptions): ProblemDraft {
  const { id, path } = options;
  const title = titleOf(ctx.text, ctx.folded, node);
  const own = words(ctx, problemWords(ctx.folded, title));
  const problem: ProblemDraft = { id, title: own.value };
  ctx.problemRanges.push({ start: node.start, end: node.end, id });
  ctx.spans.set(path, isEmptySpan(title) ? { start: node.start, end: node.start } : title);
  ctx.spans.set([...path, 'id'], node.mark && node.mark.span.end > node.mark.span.start ? node.mark.span : title);
  ctx.spans.set([...path, 'title'], own.span);

  const fields = node.body.filter((part): part is Field => part.kind === 'field');
  const labelled = fields.some((part) => part.field.field === 'measures');
  let rest = headingRest(node, title);
  // 1.…不到位（已完成）: the bracket after the title is the problem's status; the words under it are what was done.
  const bracketed = bracketStatusOpening(ctx.folded, rest);
  if (bracketed) {
    setStatus(ctx, problem, path, bracketed.phrase.status, bracketed.phrase.span);
    rest = { start: bracketed.end, end: rest.end };
  }
  const prose: Span[] = rest.end > rest.start ? [rest] : [];
  const stray: Span[] = [];
  for (const part of node.body) {
    if (part.kind === 'text') (fields.length > 0 && part.paragraph.span.start > fields[0].field.markup.start ? stray : prose).push(part.span);
  }
  // Measures listed without a label: 一是…二是… before the labels, or numbered lines under the heading that are
  // no problems of their own. A 整改情况 label then tells the progress, not what was done.
  const enumerated = !labelled && prose.some((span) => splitEnumeration(ctx.folded, span).items.length >= 2);
  const listed = !labelled && node.children.length > 0 && !node.children.some((child) => options.evidence(child).labels > 0 || options.evidence(child).status);
  const labels = { measures: labelled || enumerated || listed, status: fields.some((part) => part.field.field === 'status') };
  for (const part of fields) fillField(ctx, problem, path, { field: part.field.field, label: part.field.labelSpan, pieces: part.pieces }, labels);
  const answered = fields.some((part) => part.field.field === 'measures' || part.field.field === 'progress');
  if (!answered) {
    // Unlabelled words of a problem that labels no measures are its measures (and status, and causes after 经剖析).
    readProse(ctx, problem, path, [...prose, ...stray]);
  } else if (enumerated) {
    readProse(ctx, problem, path, prose);
    for (const span of stray) keep(ctx, problem, path, span);
  } else {
    // Words before the labels of a labelled problem are the feedback it answers; words after them fit no field.
    if (prose.length > 0 && problem.feedback === undefined) setFeedback(ctx, problem, path, prose);
    else stray.unshift(...prose);
    for (const span of stray) keep(ctx, problem, path, span);
  }
  // No status of its own: the one its heading groups it under (已完成整改的问题).
  const group = problem.status === undefined && node.parent?.paragraph ? statusOfGroup(ctx.text, ctx.folded, node.parent) : undefined;
  if (group) setStatus(ctx, problem, path, group.status, group.span);
  readChildren(ctx, problem, node, options, labelled);
  const listedRanges = listed ? node.children.map((child) => ({ start: child.words.start, end: child.end })) : [];
  const proseRanges = [...prose, ...listedRanges, ...fields.filter((part) => part.field.field !== 'evidence').flatMap((part) => part.pieces.map((piece) => piece.span))];
  addEvidenceFromText(ctx, problem, path, proseRanges);
  addTags(ctx, problem, path, own.span);
  return problem;
}

function setFeedback(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, spans: readonly Span[]): void {
  const parts = spans.map((span) => cleanSpan(ctx.text, span)).filter((span) => !isEmptySpan(span));
  if (parts.length === 0) return;
  problem.feedback = parts.map((span) => ctx.text.slice(span.start, span.end)).join('\n');
  ctx.spans.set([...path, 'feedback'], { start: parts[0].start, end: parts.at(-1)!.end });
}

/**
 * A problem told in prose: its closing sentence states the status (and often the deadline: 计划于…前完成), a
 * sentence opening with 经剖析… is its cause analysis, and the rest lists its measures (一是…二是…, or the words
 * themselves), a lead-in such as 针对该问题 being a label, not a measure.
 */
function readProse(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, spans: readonly Span[]): void {
  let ranges = spans.map((span) => cleanSpan(ctx.text, span)).filter((span) => !isEmptySpan(span));
  // The closing status sentence, and what follows it, is the progress.
  for (let i = ranges.length - 1; i >= 0; i--) {
    const closing = closingStatus(ctx.folded, ranges[i].start, ranges[i].end);
    if (!closing) continue;
    setStatus(ctx, problem, path, closing.status, closing.span);
    // An account in one sentence (开展专项行动，补正材料11份，已完成整改): the clauses before the status are what was
    // done, the status clause the progress. A status sentence after the measures' own sentences is the progress whole.
    const alone = i === 0 && isEmptySpan(cleanSpan(ctx.text, { start: ranges[0].start, end: closing.sentence.start }));
    const from = alone ? statusClauseStart(ctx.folded, closing.sentence.start, closing.span.start) : closing.sentence.start;
    const tail: Span = { start: from, end: ranges.at(-1)!.end };
    const progress = cleanSpan(ctx.text, { start: from, end: ranges[i].end });
    const after = ranges.slice(i + 1);
    const progressParts = [progress, ...after].filter((span) => !isEmptySpan(span));
    if (progressParts.length > 0) {
      // A progress label read before (整改进展：…) keeps its words: the closing sentence adds to them.
      const words = progressParts.map((span) => ctx.text.slice(span.start, span.end)).join('\n');
      problem.progress = problem.progress === undefined ? words : `${words}\n${problem.progress}`;
      ctx.spans.set([...path, 'progress'], { start: progressParts[0].start, end: progressParts.at(-1)!.end });
    }
    setDeadlineFromText(ctx, problem, path, tail);
    // …剩余2家计划于2025年3月底前完成搬迁，正在推进。 an open status after the clause planning the finish: due then.
    if (problem.deadline === undefined && closing.status !== 'done' && closing.status !== 'done-ongoing') {
      let before = from;
      while (before > closing.sentence.start && ',，'.includes(ctx.folded.charAt(before - 1))) before--;
      const planned = plannedFinish(ctx, closing.sentence.start, before);
      if (planned) setDeadlineFromText(ctx, problem, path, planned.clause);
    }
    ranges = [...ranges.slice(0, i), { start: ranges[i].start, end: from }].filter((span) => !isEmptySpan(cleanSpan(ctx.text, span)));
    break;
  }
  if (problem.status === undefined) readPlannedFinish(ctx, problem, path, ranges.at(-1));
  else if (problem.deadline === undefined && problem.status !== 'done' && problem.status !== 'done-ongoing' && ranges.length > 0) {
    // Open by its heading's bracket (（正在推进）), its account planning the finish (…计划于5月底前完工): due then.
    const planned = plannedFinish(ctx, ranges.at(-1)!.start, ranges.at(-1)!.end);
    if (planned) setDeadlineFromText(ctx, problem, path, planned.clause);
  }
  const measures: Piece[] = [];
  for (const range of ranges) {
    const cause = causeIn(ctx, range);
    if (!cause) {
      measures.push({ span: range });
      continue;
    }
    addCauses(ctx, problem, path, [cleanSpan(ctx.text, cause.words)]);
    for (const span of [cause.before, cause.after]) if (!isEmptySpan(cleanSpan(ctx.text, span))) measures.push({ span });
  }
  addMeasures(ctx, problem, path, listItems(ctx.text, ctx.folded, measures));
}

// Words before a sentence's first comma this short set the time or subject (目前，/ 截至目前，/ 至此，), they do nothing.
const LEAD_IN = 6;

/**
 * Where the clause stating a status starts: after the last comma before it in its sentence, unless all before that
 * comma is a short lead-in (目前，12个小区已全部开工): then the sentence is the status's.
 */
function statusClauseStart(folded: string, sentenceStart: number, phraseStart: number): number {
  let i = phraseStart - 1;
  while (i >= sentenceStart && !',，'.includes(folded.charAt(i))) i--;
  if (i < sentenceStart) return sentenceStart;
  let first = sentenceStart;
  while (first < i && !',，'.includes(folded.charAt(first))) first++;
  return first === i && folded.slice(sentenceStart, i).trim().length <= LEAD_IN ? sentenceStart : i + 1;
}

/** A cause analysis opening a sentence of the range (经剖析，…), up to where the measures begin. */
function causeIn(ctx: ImportContext, range: Span): { words: Span; before: Span; after: Span } | undefined {
  let sentence = range.start;
  for (let i = range.start; i <= range.end; i++) {
    if (i < range.end && !'。!?！？'.includes(ctx.folded.charAt(i))) continue;
    const opener = causeOpener(ctx.folded, sentence, range.end);
    if (opener > 0) {
      const start = sentence + opener;
      const end = measuresStart(ctx, start, range.end);
      return { words: { start, end }, before: { start: range.start, end: sentence }, after: { start: end, end: range.end } };
    }
    sentence = i + 1;
  }
  return undefined;
}

/** Where the measures begin after a cause analysis: a 针对该问题 lead-in or the first 一是 marker, else the sentence's end. */
function measuresStart(ctx: ImportContext, from: number, end: number): number {
  const list = splitEnumeration(ctx.folded, { start: from, end });
  const firstMarker = list.items[0]?.marker.start ?? end;
  for (let i = from; i < firstMarker; i++) {
    const atSentence = i === from || '。;；,，'.includes(ctx.folded.charAt(i - 1));
    if (atSentence && measuresOpener(ctx.folded, i, end) > 0) return i;
    if (ctx.folded.charAt(i) === '。' && list.items.length === 0) return i + 1;
  }
  if (list.items.length > 0) {
    // Back to the start of the clause holding the first marker.
    let start = firstMarker;
    while (start > from && !'。'.includes(ctx.folded.charAt(start - 1))) start--;
    return start;
  }
  return end;
}

/**
 * Numbered items under a problem: sub-problems when they carry a problem's labels or words (or the problem
 * labels its measures), else the problem's measures listed one a line (after those its 整改情况 gave, if any).
 */
function readChildren(ctx: ImportContext, problem: ProblemDraft, node: OutlineNode, options: ProblemOptions, measuresLabelled: boolean): void {
  if (node.children.length === 0) return;
  // Under 整改措施：, numbered lines each with an owner aside are measures with owners, not sub-problems.
  if (measuresLabelled && node.children.every(isOwnedMeasure)) {
    addOwnedMeasures(ctx, problem, options.path, node.children);
    return;
  }
  const asItems = measuresLabelled || node.children.some((child) => options.evidence(child).labels > 0 || options.evidence(child).status);
  if (!asItems) {
    const spans = node.children.map((child) => cleanSpan(ctx.text, { start: child.words.start, end: child.end }));
    addMeasures(ctx, problem, options.path, spans.filter((span) => !isEmptySpan(span)));
    return;
  }
  node.children.forEach((child, i) => {
    const items = (problem.items ??= []);
    const ordinal = child.mark?.ordinal ?? i + 1;
    items.push(buildProblem(ctx, child, { ...options, id: `${problem.id}.${ordinal}`, path: [...options.path, 'items', items.length] }));
  });
}

/** 立行立改 in a problem's title or deadline makes it a tag too. */
function addTags(ctx: ImportContext, problem: ProblemDraft, path: JsonPath, titleSpan: Span): void {
  if (problem.deadline === '立行立改' || /立行立改|即知即改/u.test(problem.title.slice(0, 200))) {
    problem.tags = ['立行立改'];
    ctx.spans.set([...path, 'tags'], ctx.spans.get([...path, 'deadline']) ?? titleSpan);
  }
}

