import type { JsonPath } from '../rule-kit/types.js';

/**
 * Where a path lands in a JSON text, found by scanning the text itself instead of building a syntax tree.
 * Only for text that JSON.parse accepted and that has no duplicate keys (the caller checks both), so the
 * scanner can trust the grammar and skip whole values it does not descend into.
 */
export interface ScannedNode {
  type: 'object' | 'array' | 'scalar';
  /** The children found so far, by path segment (a Map tells the index 0 from the key "0"). */
  children?: Map<string | number, ScannedNode>;
  offset: number;
  /** A scalar's token length; 1 (the bracket) for a container. */
  length: number;
  /** The property's key token, when the node is a property's value. */
  key?: { offset: number; length: number };
}

const SCALAR_END = /[,\]}\s]/g;

function skipWhitespace(text: string, i: number): number {
  for (;;) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 10 && code !== 13 && code !== 9) return i;
    i++;
  }
}

/** The offset just past the string token starting at `start`. */
function stringEnd(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/**
 * The next occurrence of a character at or after an offset, remembered across searches: the answer for `from` is
 * also the answer for any later offset up to it. Without this, every container's search for a bracket it does not
 * hold (no `[` in any problem of a plan) read to the end of the text: quadratic in the number of containers.
 */
export class Seeker {
  private readonly known = new Map<string, { from: number; at: number }>();

  constructor(private readonly text: string) {}

  next(character: string, from: number): number {
    const known = this.known.get(character);
    if (known && known.from <= from && from <= known.at) return known.at;
    const found = this.text.indexOf(character, from);
    const at = found === -1 ? Infinity : found;
    this.known.set(character, { from, at });
    return at;
  }
}

/**
 * The offset just past the container opening at `start`. Rather than reading every character, it jumps between
 * the next quote and the next brackets, each found with indexOf and remembered until passed: between two strings
 * of a plan there are only indentation and punctuation, so this reads the text natively instead of in a loop.
 * A bracket found inside a string is looked for again after it; each search starts past the last, so it stays linear.
 */
function containerEnd(text: string, start: number, seeker: Seeker): number {
  const next = (character: string, from: number) => seeker.next(character, from);
  let quote = next('"', start);
  let openBrace = next('{', start + 1);
  let openBracket = next('[', start + 1);
  let closeBrace = next('}', start);
  let closeBracket = next(']', start);
  let depth = 1;
  for (;;) {
    const open = Math.min(openBrace, openBracket);
    const close = Math.min(closeBrace, closeBracket);
    if (quote < open && quote < close) {
      const after = stringEnd(text, quote);
      quote = next('"', after);
      if (openBrace < after) openBrace = next('{', after);
      if (openBracket < after) openBracket = next('[', after);
      if (closeBrace < after) closeBrace = next('}', after);
      if (closeBracket < after) closeBracket = next(']', after);
    } else if (open < close) {
      depth++;
      if (open === openBrace) openBrace = next('{', open + 1);
      else openBracket = next('[', open + 1);
    } else {
      if (--depth === 0) return close + 1;
      if (close === closeBrace) closeBrace = next('}', close + 1);
      else closeBracket = next(']', close + 1);
    }
  }
}

/**
 * Where the underline of a keyless container (an item of an array) ends: after its first member, so a finding
 * about the item (a missing field) marks `{ "id": "1.1"` rather than the brace alone. A member whose value is a
 * container ends after its key; an empty container is its bracket. Only for text JSON.parse accepted.
 */
export function firstMemberEnd(text: string, open: number): number {
  let i = skipWhitespace(text, open + 1);
  const code = text.charCodeAt(i);
  if (code === 125 || code === 93 || Number.isNaN(code)) return open + 1;
  if (text.charCodeAt(open) === 123) {
    const keyEnd = stringEnd(text, i);
    i = skipWhitespace(text, keyEnd);
    i = skipWhitespace(text, i + 1);
    if (isContainerAt(text, i)) return keyEnd;
  } else if (isContainerAt(text, i)) return i + 1;
  if (text.charCodeAt(i) === 34) return stringEnd(text, i);
  SCALAR_END.lastIndex = i;
  const end = SCALAR_END.exec(text);
  return end ? end.index : text.length;
}

/** Whether an object or an array opens at `offset`. */
function isContainerAt(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  return code === 123 || code === 91;
}

/** The offset just past the value starting at `start`. */
function valueEnd(text: string, start: number, seeker: Seeker): number {
  if (text.charCodeAt(start) === 34) return stringEnd(text, start);
  if (isContainerAt(text, start)) return containerEnd(text, start, seeker);
  SCALAR_END.lastIndex = start;
  const end = SCALAR_END.exec(text);
  return end ? end.index : text.length;
}

function keyText(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
}

/** The node at `offset`; `end` is passed when the caller has already found where the value ends. */
function nodeAt(text: string, seeker: Seeker, offset: number, key?: ScannedNode['key'], end?: number): ScannedNode {
  const code = text.charCodeAt(offset);
  const type = code === 123 ? 'object' : code === 91 ? 'array' : 'scalar';
  // A container's extent is never needed (it is placed by its key or its opening bracket), so it is not scanned.
  const length = type === 'scalar' ? (end ?? valueEnd(text, offset, seeker)) - offset : 1;
  return { type, offset, length, ...(key ? { key } : {}) };
}

/** A scanned container remembers what it has read, so each container's text is read at most once. */
interface Container extends ScannedNode {
  /** Array: offsets of the elements read so far, in order. */
  elements?: number[];
  /** Object: the properties read so far. */
  properties?: Map<string, ScannedNode>;
  /** Where reading stopped: the offset of the next element or key, or -1 once the container is read to its end. */
  resume?: number;
  /**
   * The start of the last value read, when it is a container whose end has not been looked for yet. A path that
   * goes into that value never needs its end, so it is found only when a later sibling is asked for; otherwise
   * placing a deep path would read the value once to pass it and again to descend into it.
   */
  unfinished?: number;
}

/** Skips the separator after a value ending at `end`: the offset of the next entry, or -1 at the container's end. */
function nextEntry(text: string, end: number): number {
  const i = skipWhitespace(text, end);
  return text.charCodeAt(i) === 44 ? skipWhitespace(text, i + 1) : -1;
}

function firstEntry(text: string, node: ScannedNode): number {
  const i = skipWhitespace(text, node.offset + 1);
  const code = text.charCodeAt(i);
  return code === 93 || code === 125 ? -1 : i;
}

/** Where reading `node` goes on: the next entry after everything read so far, or -1 at its end. */
function resumeAt(text: string, seeker: Seeker, node: Container): number {
  if (node.resume === undefined) node.resume = firstEntry(text, node);
  if (node.unfinished !== undefined) {
    node.resume = nextEntry(text, valueEnd(text, node.unfinished, seeker));
    node.unfinished = undefined;
  }
  return node.resume;
}

/** Records that the value at `start` was read; a scalar's end is known, a container's is left for later. */
function passValue(text: string, node: Container, start: number, scalarEnd: number | undefined): void {
  if (scalarEnd === undefined) node.unfinished = start;
  else node.resume = nextEntry(text, scalarEnd);
}


/** The value of `segment` inside the container at `node`, or undefined; reading resumes where it last stopped. */
function child(text: string, seeker: Seeker, node: Container, segment: string | number): ScannedNode | undefined {
  if (node.type === 'array') {
    if (typeof segment !== 'number') return undefined;
    const elements = (node.elements ??= []);
    while (elements.length <= segment && resumeAt(text, seeker, node) !== -1) {
      const start = node.resume!;
      elements.push(start);
      passValue(text, node, start, isContainerAt(text, start) ? undefined : valueEnd(text, start, seeker));
    }
    return segment < elements.length ? nodeAt(text, seeker, elements[segment]) : undefined;
  }
  if (node.type !== 'object') return undefined;
  const wanted = String(segment);
  const properties = (node.properties ??= new Map());
  while (!properties.has(wanted) && resumeAt(text, seeker, node) !== -1) {
    const keyStart = node.resume!;
    const keyEnd = stringEnd(text, keyStart);
    const valueStart = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1);
    const scalarEnd = isContainerAt(text, valueStart) ? undefined : valueEnd(text, valueStart, seeker);
    properties.set(keyText(text, keyStart, keyEnd), nodeAt(text, seeker, valueStart, { offset: keyStart, length: keyEnd - keyStart }, scalarEnd));
    passValue(text, node, valueStart, scalarEnd);
  }
  return properties.get(wanted);
}

/**
 * Places paths in one text. Nodes found are kept by path, and containers resume reading where they stopped,
 * so placing every finding of a file reads each container at most once: linear in the text, however many.
 */
export class PathScanner {
  private readonly root: ScannedNode;
  private readonly seeker: Seeker;

  constructor(private readonly text: string) {
    this.seeker = new Seeker(text);
    this.root = nodeAt(text, this.seeker, skipWhitespace(text, 0));
  }

  /**
   * The node at `path`, or at its closest existing ancestor when the path does not exist. Nodes are kept by
   * segment under their parent, never by a joined string: a key containing the separator would be another path.
   */
  find(path: JsonPath): ScannedNode {
    let node = this.root;
    for (const segment of path) {
      let next = node.children?.get(segment);
      if (!next) {
        next = child(this.text, this.seeker, node, segment);
        if (!next) break;
        (node.children ??= new Map()).set(segment, next);
      }
      node = next;
    }
    return node;
  }
}
