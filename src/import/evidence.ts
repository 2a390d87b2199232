/**
 * What an outline item's own words say about it: whether it reads as a problem (labels of a problem's fields, a
 * sentence stating its status, an 一是… list of measures, a 针对…问题 / 在…方面 / 问题1： heading, a title naming
 * a shortcoming, prose that opens a cause analysis or measures) and what its title says (方面, 组织领导, 下一步).
 */
import { causeOpener, measuresOpener, namesShortcoming, titleKind, type TitleKind } from './cues.js';
import { splitEnumeration } from './enumeration.js';
import type { FieldId } from './lexicon.js';
import type { OutlineNode } from './outline.js';
import type { Span } from './span.js';
import { closingStatus, groupStatus, leadingStatus, type StatusPhrase } from './status-words.js';
import { namesProblem, problemWords, splitHeading } from './titles.js';

export interface NodeEvidence {
  /** Labels of a problem's fields in its own body (not counting 问题表现 alone). */
  labels: number;
  status: boolean;
  enumeration: boolean;
  cue: boolean;
  wrapper: boolean;
  shortcoming: boolean;
  /** The title ends with 方面 (…方面, …方面问题的整改情况, 党的建设方面（4个）). */
  aspectTitle: boolean;
  titleKind?: TitleKind;
  /** A mark with no title and nothing under it. */
  empty: boolean;
  /** How strongly the item reads as one problem. */
  score: number;
}

export const PROBLEM_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['causes', 'goal', 'measures', 'progress', 'outcome', 'status', 'leader', 'department', 'cooperating', 'person', 'deadline', 'completion', 'evidence', 'openReason', 'nextSteps']);
/** 针对党的领导弱化方面的问题，…: a 针对 paragraph that names a whole aspect sums it up; it tells no one problem. */
const NAMES_ASPECT = /(?:方面|领域)(?:存在)?的?$/u;
const ASPECT_TITLE = /方面(?:问题|存在的问题|反馈问题)?(?:的?整改(?:落实)?情况)?(?:[(（][^)）]{0,12}[)）])?[:：。]?$/u;

/**
 * Each node's title, asked by every step and for each child of a group (its status): kept while the words it was
 * read from are the node's (layout may move a closing sentence off a heading), as a 60 000-character heading over
 * 2 000 items was read again for each of them.
 */
const titles = new WeakMap<OutlineNode, { words: Span; first: OutlineNode['body'][number] | undefined; title: Span }>();

/** The title of an item: its heading's words up to the first full stop or colon (or its first label's words). */
export function titleOf(text: string, folded: string, node: OutlineNode): Span {
  const known = titles.get(node);
  if (known && known.words === node.words && known.first === node.body[0]) return known.title;
  const title = readTitle(text, folded, node);
  titles.set(node, { words: node.words, first: node.body[0], title });
  return title;
}

function readTitle(text: string, folded: string, node: OutlineNode): Span {
  const first = node.body[0];
  // 1.反馈问题：…, or an item opened by its labels: the title is the first label's first sentence.
  if (first?.kind === 'field' && (node.words.end <= node.words.start || first.field.markup.start <= node.words.start)) {
    const content = first.pieces[0]?.span;
    return content ? splitHeading(text, folded, content).title : node.words;
  }
  if (node.words.end > node.words.start) return splitHeading(text, folded, node.words).title;
  return node.words;
}

export function nodeEvidence(text: string, folded: string, node: OutlineNode): NodeEvidence {
  const title = titleOf(text, folded, node);
  const own = ownText(text, folded, node, title);
  let labels = 0;
  let feedback = false;
  for (const part of node.body) {
    if (part.kind !== 'field') continue;
    if (PROBLEM_FIELDS.has(part.field.field)) labels++;
    if (part.field.field === 'feedback') feedback = true;
  }
  // Under a heading that groups problems by status (已完成整改的问题), each item's status is stated by it.
  let status = node.parent?.paragraph !== undefined && statusOfGroup(text, folded, node.parent) !== undefined;
  let enumeration = false;
  let cue = false;
  for (const span of own) {
    if (!status && (closingStatus(folded, span.start, span.end) || leadingStatus(folded, span.start, span.end))) status = true;
    if (!enumeration && splitEnumeration(folded, span).items.length >= 2) enumeration = true;
    if (!cue && (causeOpener(folded, span.start, span.end) > 0 || measuresOpener(folded, span.start, span.end) > 0)) cue = true;
  }
  const aspectSummary = node.style === 'named' && NAMES_ASPECT.test(lastWords(folded, problemWords(folded, title)));
  const wrapper = !aspectSummary && (node.style === 'named' || node.style === 'wenti' || node.mark?.noun === '问题' || node.mark?.noun === '意见' || (title.end - title.start <= 300 && namesProblem(folded, title)));
  // An aspect's name often names a shortcoming (党的领导弱化): summing the aspect up, it still tells no one problem.
  const shortcoming = !aspectSummary && namesShortcoming(folded, title.start, title.end);
  const titleWords = folded.slice(title.start, Math.min(title.end, title.start + 120));
  const aspectTitle = aspectSummary || ASPECT_TITLE.test(titleWords);
  const kind = titleKind(folded, title.start, title.end);
  // Plain numbered lines under it (1.学校食堂财务管理不规范 / （1）… （2）…) read as its measures listed one a line.
  const listed = node.children.length > 0 && node.children.every((child) => child.children.length === 0 && !child.body.some((part) => part.kind === 'field'));
  // A mark with nothing under it (问题一 above a table the ledger reader took) holds no problem of its own.
  const empty = title.end <= title.start && node.body.length === 0 && node.children.length === 0;
  const score = empty ? 0 : (labels > 0 ? 4 : feedback ? 2 : 0) + (status ? 2 : 0) + (wrapper ? 2 : 0) + (enumeration || listed ? 1 : 0) + (shortcoming ? 1 : 0) + (cue ? 1 : 0);
  return { labels, status, enumeration: enumeration || listed, cue, wrapper, shortcoming, aspectTitle, ...(kind ? { titleKind: kind } : {}), empty, score };
}

/** The status a heading states for every item under it (二、正在整改的问题（2个）), if it groups items so. */
export function statusOfGroup(text: string, folded: string, node: OutlineNode): StatusPhrase | undefined {
  const title = titleOf(text, folded, node);
  return groupStatus(folded, title.start, title.end);
}

/** The item's own running words: what follows its title on the heading, and its unlabelled paragraphs. */
export function ownText(text: string, folded: string, node: OutlineNode, title: Span): Span[] {
  const spans: Span[] = [];
  const rest = headingRest(node, title);
  if (rest.end > rest.start) spans.push(rest);
  for (const part of node.body) if (part.kind === 'text') spans.push(part.span);
  return spans;
}

/** The words on the heading after its title, up to the first label on the same paragraph. */
export function headingRest(node: OutlineNode, title: Span): Span {
  let end = node.words.end;
  for (const part of node.body) if (part.kind === 'field' && part.paragraph === node.paragraph) end = Math.min(end, part.field.markup.start);
  return { start: Math.min(Math.max(title.end, node.words.start), end), end };
}

/** The last words of a span (up to 40 characters): enough for what a title ends with. */
function lastWords(folded: string, span: Span): string {
  return folded.slice(Math.max(span.start, span.end - 40), span.end);
}
