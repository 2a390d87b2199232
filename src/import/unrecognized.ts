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

/** How many passages a plan keeps as unrecognised, on the plan, its aspects and its problems at any depth. */
export function countUnrecognized(plan: { aspects?: unknown } & Unrecognized): number {
  const own = (node: unknown) => ((node as Unrecognized)?.[UNRECOGNIZED_KEY]?.length ?? 0);
  const inProblems = (problems: unknown): number =>
    Array.isArray(problems) ? problems.reduce((n: number, problem) => n + own(problem) + inProblems((problem as { items?: unknown })?.items), 0) : 0;
  const aspects = Array.isArray(plan.aspects) ? plan.aspects : [];
  return own(plan) + aspects.reduce((n: number, aspect) => n + own(aspect) + inProblems((aspect as { problems?: unknown })?.problems), 0);
}
