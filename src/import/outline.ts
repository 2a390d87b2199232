import type { LabelledField } from './labels.js';
import type { Numbering } from './numbering.js';
import type { Span } from './span.js';
import type { LineToken } from './tokens.js';

/** A line under a label: the label's own words, or a line (numbered or not) of the block it opens. */
export interface Piece {
  span: Span;
  line: number;
  numbering?: Numbering;
}

export type BodyPart =
  | { kind: 'text'; span: Span; line: number }
  | { kind: 'field'; field: LabelledField; pieces: Piece[]; line: number };

export interface OutlineNode {
  /** Absent on the root. */
  heading?: { numbering?: Numbering; text: Span; line: number; lineSpan: Span };
  rank: number;
  parent?: OutlineNode;
  children: OutlineNode[];
  body: BodyPart[];
  /** Offset just past the node's last line, children included. */
  end: number;
}

const ROOT_RANK = -1;
/** An unnumbered problem heading sits below every numbered level. */
const NAMED_RANK = 5;

/**
 * Builds the outline by numbering rank: a heading closes every open heading of its rank or deeper. A label standing
 * alone (整改措施：) opens a block that takes the following lines, including numbered ones deeper than the
 * problem's own numbering, until the next label or heading.
 */
export function buildOutline(tokens: readonly LineToken[], textLength: number): OutlineNode {
  const root: OutlineNode = { rank: ROOT_RANK, children: [], body: [], end: textLength };
  let current = root;
  let block: { pieces: Piece[] } | undefined;

  const close = (node: OutlineNode, end: number) => {
    node.end = end;
  };
  const open = (token: LineToken & { kind: 'heading' | 'named-heading' }) => {
    const rank = token.kind === 'heading' ? token.numbering.rank : NAMED_RANK;
    while (current.rank >= rank && current.parent) {
      close(current, token.line.span.start);
      current = current.parent;
    }
    const node: OutlineNode = {
      heading: { numbering: token.kind === 'heading' ? token.numbering : undefined, text: token.text, line: token.line.number, lineSpan: token.line.span },
      rank,
      parent: current,
      children: [],
      body: [],
      end: textLength,
    };
    current.children.push(node);
    current = node;
    block = undefined;
  };

  for (const token of tokens) {
    if (token.kind === 'chrome' || token.kind === 'closing') continue;
    if (token.kind === 'heading' && block && token.numbering.rank > numberedRank(current)) {
      block.pieces.push({ span: token.text, line: token.line.number, numbering: token.numbering });
      continue;
    }
    if (token.kind === 'heading' || token.kind === 'named-heading') {
      open(token);
      continue;
    }
    if (token.kind === 'labels') {
      block = undefined;
      for (const field of token.fields) {
        const part: BodyPart = { kind: 'field', field, pieces: [], line: token.line.number };
        if (field.content.end > field.content.start) part.pieces.push({ span: field.content, line: token.line.number });
        current.body.push(part);
      }
      const last = current.body[current.body.length - 1];
      if (last.kind === 'field' && last.pieces.length === 0) block = last;
      continue;
    }
    if (block) block.pieces.push({ span: token.line.span, line: token.line.number });
    else current.body.push({ kind: 'text', span: token.line.span, line: token.line.number });
  }
  return root;
}

/** The rank of the nearest numbered heading at or above a node (the root's when none). */
function numberedRank(node: OutlineNode): number {
  for (let n: OutlineNode | undefined = node; n; n = n.parent) if (n.rank !== NAMED_RANK) return n.rank;
  return ROOT_RANK;
}

/** The number a heading prints, or its place among its siblings when it prints none. */
export function ordinalOf(node: OutlineNode): string {
  const siblings = node.parent?.children ?? [];
  return String(node.heading?.numbering?.ordinal ?? siblings.indexOf(node) + 1);
}

/** The span of a heading's number (（一）, 1.), if it has one. */
export function markerSpan(node: OutlineNode): Span | undefined {
  const heading = node.heading;
  if (!heading?.numbering) return undefined;
  return { start: heading.lineSpan.start, end: heading.text.start };
}
