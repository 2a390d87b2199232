import type { JsonPath } from '../rule-kit/types.js';
import { words, type ImportContext } from './context.js';
import { isEmptySpan, type Span } from './span.js';

/** The vendor extension that keeps text the importer could not place; rule `import-unrecognized` reports it. */
export const UNRECOGNIZED_KEY = 'x-unrecognized';

export interface Unrecognized {
  [UNRECOGNIZED_KEY]?: string[];
}

export const UNRECOGNIZED = {
  /** Keeps a stretch of text on the nearest item, so nothing the report says is dropped. */
  keep(ctx: ImportContext, holder: Unrecognized, path: JsonPath, range: Span): void {
    const kept = words(ctx, range);
    if (isEmptySpan(kept.span)) return;
    const list = (holder[UNRECOGNIZED_KEY] ??= []);
    ctx.spans.set([...path, UNRECOGNIZED_KEY, list.length], kept.span);
    ctx.spans.setDefault([...path, UNRECOGNIZED_KEY], kept.span);
    list.push(kept.value);
  },
};
