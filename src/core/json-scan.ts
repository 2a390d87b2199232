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

/** The value of `segment` inside the container at `node`, or undefined. */
function child(text: string, node: ScannedNode, segment: string | number): ScannedNode | undefined {
  if (node.type === 'array') {
    if (typeof segment !== 'number') return undefined;
    let i = skipWhitespace(text, node.offset + 1);
    if (text.charCodeAt(i) === 93) return undefined;
    for (let index = 0; ; index++) {
      if (index === segment) return nodeAt(text, i);
      i = skipWhitespace(text, valueEnd(text, i));
      if (text.charCodeAt(i) !== 44) return undefined;
      i = skipWhitespace(text, i + 1);
    }
  }
  if (node.type !== 'object') return undefined;
  const wanted = String(segment);
  let i = skipWhitespace(text, node.offset + 1);
  if (text.charCodeAt(i) === 125) return undefined;
  for (;;) {
    const keyEnd = stringEnd(text, i);
    const keyStart = i;
    i = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1);
    if (keyText(text, keyStart, keyEnd) === wanted) return nodeAt(text, i, { offset: keyStart, length: keyEnd - keyStart });
    i = skipWhitespace(text, valueEnd(text, i));
    if (text.charCodeAt(i) !== 44) return undefined;
    i = skipWhitespace(text, i + 1);
  }
}

/** The node at `path`, or at its closest existing ancestor when the path does not exist. */
export function scanToPath(text: string, path: JsonPath): ScannedNode {
  let node = nodeAt(text, skipWhitespace(text, 0));
  for (const segment of path) {
    const next = child(text, node, segment);
    if (!next) break;
    node = next;
  }
  return node;
}
