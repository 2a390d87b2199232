import type { JsonPath } from '../rule-kit/types.js';
import type { Span } from './span.js';

/** Where each value of an imported plan came from in the report, by its JSON path. */
export class SpanMap {
  private readonly spans = new Map<string, Span>();

  set(path: JsonPath, range: Span): void {
    this.spans.set(key(path), range);
  }

  /** Records a span only where none was recorded, e.g. a container placed on its first item. */
  setDefault(path: JsonPath, range: Span): void {
    if (!this.spans.has(key(path))) this.set(path, range);
  }

  get(path: JsonPath): Span | undefined {
    return this.spans.get(key(path));
  }

  /** The span of the path, or of its closest recorded ancestor. */
  closest(path: JsonPath): Span | undefined {
    for (let length = path.length; length >= 0; length--) {
      const found = this.spans.get(key(path.slice(0, length)));
      if (found) return found;
    }
    return undefined;
  }

  get size(): number {
    return this.spans.size;
  }

  /** Every recorded path (its parts) with its span, in the order they were recorded. */
  *entries(): IterableIterator<[string[], Span]> {
    for (const [key, span] of this.spans) yield [key === '' ? [] : key.split('\u0000'), span];
  }

  /** The same paths with every span mapped (from the text read to the source document's text). */
  mapped(map: (span: Span) => Span): SpanMap {
    const out = new SpanMap();
    for (const [key, span] of this.spans) out.spans.set(key, map(span));
    return out;
  }
}

/** Paths hold plain keys and indices, so a separator no key contains makes a unique map key. */
function key(path: JsonPath): string {
  return path.join('\u0000');
}
