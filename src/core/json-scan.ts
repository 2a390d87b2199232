import type { JsonPath } from '../rule-kit/types.js';

/**
 * Where a path lands in a JSON text, found by scanning the text itself instead of building a syntax tree.
 * Only for text that JSON.parse accepted and that has no duplicate keys (the caller checks both), so the
 * scanner can trust the grammar and skip whole values it does not descend into.
 */
export interface ScannedNode {
  type: 'object' | 'array' | 'scalar';
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

/** The offset just past the value starting at `start`. */
function valueEnd(text: string, start: number): number {
  const code = text.charCodeAt(start);
  if (code === 34) return stringEnd(text, start);
  if (code !== 123 && code !== 91) {
    SCALAR_END.lastIndex = start;
    const end = SCALAR_END.exec(text);
    return end ? end.index : text.length;
  }
  // A plain character loop beats a regex here: between strings there are only a few structural characters.
  let depth = 0;
  for (let i = start; ; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) i = stringEnd(text, i) - 1;
    else if (c === 123 || c === 91) depth++;
    else if ((c === 125 || c === 93) && --depth === 0) return i + 1;
  }
}

function keyText(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
}

function nodeAt(text: string, offset: number, key?: ScannedNode['key']): ScannedNode {
  const code = text.charCodeAt(offset);
  const type = code === 123 ? 'object' : code === 91 ? 'array' : 'scalar';
  // A container's extent is never needed (it is placed by its key or its opening bracket), so it is not scanned.
  const length = type === 'scalar' ? valueEnd(text, offset) - offset : 1;
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

/** The value of `segment` inside the container at `node`, or undefined; reading resumes where it last stopped. */
function child(text: string, node: Container, segment: string | number): ScannedNode | undefined {
  if (node.type === 'array') {
    if (typeof segment !== 'number') return undefined;
    const elements = (node.elements ??= []);
    if (node.resume === undefined) node.resume = firstEntry(text, node);
    while (elements.length <= segment && node.resume !== -1) {
      elements.push(node.resume);
      node.resume = nextEntry(text, valueEnd(text, node.resume));
    }
    return segment < elements.length ? nodeAt(text, elements[segment]) : undefined;
  }
  if (node.type !== 'object') return undefined;
  const wanted = String(segment);
  const properties = (node.properties ??= new Map());
  if (node.resume === undefined) node.resume = firstEntry(text, node);
  while (!properties.has(wanted) && node.resume !== -1) {
    const keyStart = node.resume;
    const keyEnd = stringEnd(text, keyStart);
    const valueStart = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1);
    properties.set(keyText(text, keyStart, keyEnd), nodeAt(text, valueStart, { offset: keyStart, length: keyEnd - keyStart }));
    node.resume = nextEntry(text, valueEnd(text, valueStart));
  }
  return properties.get(wanted);
}

/**
 * Places paths in one text. Nodes found are kept by path, and containers resume reading where they stopped,
 * so placing every finding of a file reads each container at most once: linear in the text, however many.
 */
export class PathScanner {
  private readonly nodes = new Map<string, ScannedNode>();

  constructor(private readonly text: string) {
    this.nodes.set('', nodeAt(text, skipWhitespace(text, 0)));
  }

  /** The node at `path`, or at its closest existing ancestor when the path does not exist. */
  find(path: JsonPath): ScannedNode {
    let node = this.nodes.get('')!;
    let key = '';
    for (const segment of path) {
      const childKey = `${key}\u0000${segment}`;
      let next = this.nodes.get(childKey);
      if (!next) {
        next = child(this.text, node, segment);
        if (!next) break;
        this.nodes.set(childKey, next);
      }
      node = next;
      key = childKey;
    }
    return node;
  }
}
