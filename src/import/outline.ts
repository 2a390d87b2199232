/**
 * The outline, built from how marks nest in this document, not from a fixed order of numbering styles: a mark of
 * a style already open closes everything below it and opens a sibling; a mark of a new style opens a child. So
 * 1. aspects with (1) problems, 第一部分 above 一、, or 一、 problems with (一) labels all read as written.
 *
 * Labels fill the body of the item they stand in. A label whose content runs on (整改措施：, then lines) takes the
 * following paragraphs, numbered or not, as its items until the next label or heading; a numbered line inside such a
 * block is a heading only when its style is open in the outline and its number continues that level's count.
 */
import { namesShortcoming } from './cues.js';
import { splitEnumeration } from './enumeration.js';
import { trimEndMatching } from '../core/trim-end.js';
import { OWNER_FIELDS, type FieldId } from './lexicon.js';
import type { LabelledField } from './labels.js';
import type { Mark } from './marks.js';
import type { Paragraph } from './paragraphs.js';
import type { Span } from './span.js';

/** A stretch under a label: its words, and the mark it starts with when it is a numbered or bulleted item. */
export interface Piece {
  span: Span;
  mark?: Mark;
  /** A numbered line taken as an item of the label's block: its paragraph, should it become an item of its own. */
  line?: Paragraph;
}

export type BodyPart =
  | { kind: 'text'; span: Span; paragraph: Paragraph }
  | { kind: 'field'; field: LabelledField; pieces: Piece[]; paragraph: Paragraph };

export interface OutlineNode {
  /** The heading paragraph; absent on the root and on items opened by repeated labels. */
  paragraph?: Paragraph;
  mark?: Mark;
  /** The words after the mark: the title, then any body words on the same paragraph. */
  words: Span;
  /** The mark's style, `named` for an unnumbered 针对…问题 heading, `fields` for an item opened by its labels. */
  style: string;
  parent?: OutlineNode;
  children: OutlineNode[];
  body: BodyPart[];
  /** From the heading's start to the end of the last paragraph under it, in the reading text. */
  start: number;
  end: number;
}

/** Fields that hold a list or running text, so the paragraphs after the label continue them. */
const RUNNING: ReadonlySet<FieldId> = new Set<FieldId>(['feedback', 'causes', 'goal', 'measures', 'progress', 'outcome', 'evidence', 'openReason', 'nextSteps', 'remarks']);

export interface Outline {
  root: OutlineNode;
  /** Paragraphs outside the outline: chrome, title, addressee and the closing block. */
  outside: Paragraph[];
}

/** A single-valued label printed alone on its line (责任领导：), still waiting for its value. */
function awaitsValue(open: Extract<BodyPart, { kind: 'field' }> | undefined): open is Extract<BodyPart, { kind: 'field' }> {
  return open !== undefined && !RUNNING.has(open.field.field) && open.pieces.length === 0;
}

export function buildOutline(paragraphs: readonly Paragraph[], folded: string): Outline {
  const root: OutlineNode = { words: { start: 0, end: 0 }, style: 'root', children: [], body: [], start: 0, end: 0 };
  const stack: OutlineNode[] = [root];
  const ordinals: (number | undefined)[] = [undefined];
  const outside: Paragraph[] = [];
  let open: Extract<BodyPart, { kind: 'field' }> | undefined;
  let itemOrdinal: { style: string; ordinal: number } | undefined;
  /** Styles of lines this document lists one a line under an item, closed by a label (1. 2. then 完成情况：). */
  const listHabits = new Set<string>();

  const current = () => stack[stack.length - 1];
  const grow = (end: number) => {
    for (const node of stack) if (node.end < end) node.end = end;
  };
  const addFields = (fields: readonly LabelledField[], paragraph: Paragraph, node = current()) => {
    for (const field of fields) {
      const part: Extract<BodyPart, { kind: 'field' }> = { kind: 'field', field, pieces: [], paragraph };
      if (field.content.end > field.content.start) part.pieces.push({ span: field.content });
      node.body.push(part);
      open = part;
    }
    const last = open!;
    // A single-valued field (责任领导：X) takes no more paragraphs once it has its value.
    if (!RUNNING.has(last.field.field) && last.pieces.length > 0) open = undefined;
    itemOrdinal = undefined;
  };

  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i];
    const role = paragraph.role;
    // 完成时限： alone on its line, then a date alone on the next: the date is its value, not a closing date.
    if (role.kind === 'closing' && role.what === 'date' && awaitsValue(open)) {
      open!.pieces.push({ span: paragraph.span });
      open = undefined;
      grow(paragraph.span.end);
      continue;
    }
    if (role.kind === 'chrome' || role.kind === 'title' || role.kind === 'addressee' || role.kind === 'closing') {
      outside.push(paragraph);
      open = undefined;
      continue;
    }
    if (role.kind === 'heading') {
      const style = role.mark?.style ?? 'named';
      const ordinal = role.mark?.ordinal;
      const level = stack.findLastIndex((node, k) => k > 0 && node.style === style);
      if (open && !role.fields && !opensDeeperLevel(paragraphs[i + 1], level, stack) && isItemOfBlock(level, ordinal, ordinals, itemOrdinal, style)) {
        open.pieces.push({ span: { start: role.mark?.span.start ?? role.words.start, end: paragraph.span.end }, ...(role.mark ? { mark: role.mark, line: paragraph } : {}) });
        if (ordinal !== undefined) itemOrdinal = { style, ordinal };
        grow(paragraph.span.end);
        continue;
      }
      if (level > 0) {
        stack.length = level;
        ordinals.length = level;
      }
      const node: OutlineNode = {
        paragraph,
        ...(role.mark ? { mark: role.mark } : {}),
        words: role.words,
        style,
        parent: current(),
        children: [],
        body: [],
        start: paragraph.span.start,
        end: paragraph.span.end,
      };
      current().children.push(node);
      stack.push(node);
      ordinals.push(ordinal);
      open = undefined;
      itemOrdinal = undefined;
      if (role.fields) addFields(role.fields, paragraph);
      grow(paragraph.span.end);
      // 问题1 or 第一部分 alone on its line: the paragraph under it holds its title.
      const next = paragraphs[i + 1];
      if (role.words.end <= role.words.start && !role.fields && next?.role.kind === 'text') {
        node.words = next.span;
        grow(next.span.end);
        i++;
      }
      continue;
    }
    if (role.kind === 'labels') {
      const owned = open && ownedItem(open, paragraphs, i);
      if (owned) {
        // 1.措施 / 责任单位：… / 完成时限：… / 2.措施: the labels are the numbered measure's own, as they are the next
        // one's; the line leaves the label's block to be an item (a measure with its owner) like the lines after it.
        open!.pieces.pop();
        const { line, mark, words } = owned;
        const node: OutlineNode = { paragraph: line, mark, words, style: mark.style, parent: current(), children: [], body: [], start: line.span.start, end: line.span.end };
        current().children.push(node);
        stack.push(node);
        ordinals.push(mark.ordinal);
      } else if (closesListAbove(folded, current(), role.fields, listHabits)) {
        // The label closes the list: the lines were the item's measures, and the item takes the label.
        listHabits.add(current().style);
        stack.length--;
        ordinals.length--;
      }
      addFields(role.fields, paragraph);
      grow(paragraph.span.end);
      continue;
    }
    // 责任领导： alone on its line and its value on the next (a PDF copy or a form broken so): the paragraph is the value.
    if (awaitsValue(open) && !role.fields) {
      open.pieces.push({ span: paragraph.span });
      open = undefined;
      grow(paragraph.span.end);
      continue;
    }
    // Body text: it continues a running label, unless it is a short title-like line right before a label, or it
    // starts a list item that does not continue the label's own list (原因分析：一是…二是… then 二是…).
    const titleLike = isTitleLike(folded, paragraph) && paragraphs[i + 1]?.role.kind === 'labels' && !(open && listsWithoutStops(folded, open));
    // Words before a closing aside of labels (…台账。（责任单位：…）) are the text; the aside is the item's fields.
    const span = role.fields ? { start: paragraph.span.start, end: role.fields[0].markup.start } : paragraph.span;
    if (open && !titleLike && continuesList(folded, open, paragraph)) {
      open.pieces.push({ span });
    } else {
      current().body.push({ kind: 'text', span, paragraph });
      open = undefined;
    }
    if (role.fields) addFields(role.fields, paragraph);
    grow(paragraph.span.end);
  }
  splitRepeatedFields(root, folded);
  return { root, outside };
}

/**
 * Whether a numbered paragraph inside a label's block is one of its items rather than the next heading: its style
 * is not open in the outline, or its number does not continue the open level's count (measures 1. 2. 3. under
 * problem 2.), or it continues the block's own count.
 */
function isItemOfBlock(level: number, ordinal: number | undefined, ordinals: readonly (number | undefined)[], item: { style: string; ordinal: number } | undefined, style: string): boolean {
  // A heading style, an unnumbered 针对…问题 heading or a bold title line is never a list item.
  if (style === 'named' || style === 'bold' || /^h\d/u.test(style)) return false;
  if (level <= 0) return true;
  if (ordinal === undefined) return false;
  if (item && item.style === style && ordinal === item.ordinal + 1) return true;
  const previous = ordinals[level];
  return previous !== undefined && ordinal !== previous + 1;
}

/**
 * The numbered line just taken into a measures label's block, when the labels after it name only its owner and
 * time limit and the next line after them continues its numbering (1.… 责任单位：… 完成时限：… 2.…): then each
 * numbered measure has its own labels. Labels after the list's last line are the problem's, as they read.
 */
function ownedItem(open: Extract<BodyPart, { kind: 'field' }>, paragraphs: readonly Paragraph[], at: number): { line: Paragraph; mark: Mark; words: Span } | undefined {
  const last = open.pieces.at(-1);
  const heading = last?.line?.role;
  if (open.field.field !== 'measures' || heading?.kind !== 'heading' || last?.mark?.ordinal === undefined) return undefined;
  let next = at;
  while (paragraphs[next]?.role.kind === 'labels') {
    const role = paragraphs[next].role;
    if (role.kind !== 'labels' || !role.fields.every((field) => OWNER_FIELDS.has(field.field))) return undefined;
    next++;
  }
  const following = paragraphs[next]?.role;
  const continues = following?.kind === 'heading' && following.mark?.style === last.mark.style && following.mark.ordinal === last.mark.ordinal + 1;
  return continues ? { line: last.line!, mark: last.mark, words: heading.words } : undefined;
}

/** The most lines one item lists as its measures, one a line. */
const MAX_LISTED = 40;

/** Fields that close a problem's account rather than open one. */
const CLOSING: ReadonlySet<FieldId> = new Set<FieldId>(['status', 'progress', 'outcome', 'completion', 'evidence', 'deadline', 'openReason', 'nextSteps', 'remarks']);

/**
 * Whether a closing label (完成情况：已完成) after two or more plain numbered lines belongs to the item above them:
 * the lines are that item's measures, listed one a line without a label, not items each with a status of its own
 * (after one line only where the document has shown that habit).
 */
function closesListAbove(folded: string, node: OutlineNode, fields: readonly LabelledField[], habits: ReadonlySet<string>): boolean {
  const parent = node.parent;
  if (!parent || parent.style === 'root' || node.mark?.ordinal === undefined || !CLOSING.has(fields[0].field)) return false;
  const siblings = parent.children;
  // One line alone is read so only where the document has shown the habit with longer lists; a list of measures is
  // short (and the look back stays bounded, so the reading stays linear).
  if ((siblings.length < 2 && !habits.has(node.style)) || siblings.length > MAX_LISTED) return false;
  return siblings.every((child) => child.body.length === 0 && child.children.length === 0 && child.style === node.style && isPlainLine(folded, child));
}

/**
 * A line that says one thing (1.建立三级审核制度。), not a problem told on its heading line (1.标题。一是…。该问题已完成
 * 整改。) nor a title naming a shortcoming (1.审核把关不严).
 */
function isPlainLine(folded: string, node: OutlineNode): boolean {
  const words = trimEndMatching(folded.slice(node.words.start, node.words.end), /[。;；.\s]/u);
  return !/[。;；]/u.test(words) && !namesShortcoming(folded, node.words.start, node.words.end);
}

/**
 * Whether a numbered line is followed by the first heading of a style open below its level (2. then （1） under 1.
 * aspects with （1） problems): it opens its level again, so it is a heading even where its number would continue a list.
 */
function opensDeeperLevel(next: Paragraph | undefined, level: number, stack: readonly OutlineNode[]): boolean {
  if (level <= 0 || next?.role.kind !== 'heading') return false;
  const style = next.role.mark?.style ?? 'named';
  // The deeper count starts again (（1） after 2.); a （2） continuing it means the line was an item of a block.
  return next.role.mark?.ordinal === 1 && stack.findLastIndex((node, k) => k > level && node.style === style) > level;
}

/** Whether a paragraph that opens with 一是/①/（1） continues the numbering of the label's content before it. */
function continuesList(folded: string, open: Extract<BodyPart, { kind: 'field' }>, paragraph: Paragraph): boolean {
  const opening = splitEnumeration(folded, { start: paragraph.span.start, end: Math.min(paragraph.span.end, paragraph.span.start + 12) }).items[0];
  if (!opening || opening.marker.start !== paragraph.span.start) return true;
  const last = open.pieces.at(-1);
  if (!last) return opening.ordinal === 1;
  const before = splitEnumeration(folded, last.span).items.at(-1);
  return before ? opening.ordinal === before.ordinal + 1 : opening.ordinal === 1;
}

/**
 * A label alone on its line whose lines so far end without a stop (整改措施： / 开展排查，建立清单 / 逐项整改，实行销号):
 * the writer lists without stops, so its last line before the next label is one more item, not the next item's title.
 */
function listsWithoutStops(folded: string, open: Extract<BodyPart, { kind: 'field' }>): boolean {
  if (open.field.content.end > open.field.content.start || open.pieces.length < 2) return false;
  return open.pieces.every((piece) => piece.mark === undefined && !'。;；:'.includes(folded.charAt(piece.span.end - 1)));
}

function isTitleLike(folded: string, paragraph: Paragraph): boolean {
  const { start, end } = paragraph.span;
  if (end - start > 60) return false;
  const last = folded.charAt(end - 1);
  return !'。;；,，、:'.includes(last);
}

/**
 * An item whose body repeats its first label (问题：A 原因：… 措施：… 问题：B …) lists several items without
 * headings: each run from that label on becomes an item of its own, and its siblings' labelled bodies become items
 * alike, so the level stays one level. A short line just before the repeated label is that item's title.
 */
function splitRepeatedFields(node: OutlineNode, folded: string): void {
  for (const child of node.children) splitRepeatedFields(child, folded);
  const split = node.children.some((child) => child.children.some((grandchild) => grandchild.style === 'fields'));
  if (split) {
    for (const child of node.children) {
      if (child.children.length === 0 && child.body.some((part) => part.kind === 'field')) toItems(child, [child.body.findIndex((part) => part.kind === 'field')], folded);
    }
  }
  const groups = fieldGroups(node.body);
  if (groups.length >= 2) toItems(node, groups, folded);
}

/** Moves each group of a node's body (from each start index to the next) into an item of its own. */
function toItems(node: OutlineNode, starts: readonly number[], folded: string): void {
  const body = node.body;
  const intro = body.slice(0, starts[0]);
  const items: OutlineNode[] = [];
  for (let g = 0; g < starts.length; g++) {
    const parts = body.slice(starts[g], g + 1 < starts.length ? starts[g + 1] : body.length);
    const holder = g === 0 ? intro : items[g - 1].body;
    const before = holder.at(-1);
    let words: Span = { start: partStart(parts[0]), end: partStart(parts[0]) };
    if (before?.kind === 'text' && isTitleLike(folded, before.paragraph)) {
      holder.pop();
      words = before.span;
    }
    items.push({ words, style: 'fields', parent: node, children: [], body: parts, start: Math.min(words.start, partStart(parts[0])), end: partEnd(parts.at(-1)!) });
  }
  for (const item of items) item.end = Math.max(item.end, item.body.length > 0 ? partEnd(item.body.at(-1)!) : item.end);
  node.body = intro;
  node.children = [...node.children, ...items].sort((a, b) => a.start - b.start);
}

/** Where each item of a repeated-label body starts (indices into the body), if the first label repeats. */
function fieldGroups(body: readonly BodyPart[]): number[] {
  const firstField = body.findIndex((part) => part.kind === 'field');
  if (firstField < 0) return [];
  const opener = (body[firstField] as Extract<BodyPart, { kind: 'field' }>).field.field;
  const starts = [firstField];
  let othersSinceStart = 0;
  for (let i = firstField + 1; i < body.length; i++) {
    const part = body[i];
    if (part.kind !== 'field') continue;
    if (part.field.field !== opener) {
      othersSinceStart++;
      continue;
    }
    // 措施2： after 措施1： is the next item of the same field, not a new problem; 问题2： is the next problem.
    const nextItem = part.field.ordinal !== undefined && part.field.ordinal > 1 && part.field.field !== 'feedback';
    // A repeat with no other label since the item began is its label said again (整改状态：已完成整改状态：已完成),
    // not a list of items, unless the label is the problem itself (问题：A 问题：B lists problems).
    const saidAgain = othersSinceStart === 0 && opener !== 'feedback';
    if (!saidAgain && !nextItem) {
      starts.push(i);
      othersSinceStart = 0;
    }
  }
  return starts;
}

function partStart(part: BodyPart): number {
  return part.kind === 'text' ? part.span.start : part.field.markup.start;
}

function partEnd(part: BodyPart): number {
  return part.kind === 'text' ? part.span.end : Math.max(part.field.content.end, part.pieces.at(-1)?.span.end ?? 0);
}
