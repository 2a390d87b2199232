import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problemIdAt, problemKeyOf } from '../../src/core/problem-key.js';
import type { JsonPath } from '../../src/rule-kit/types.js';

/** The ids the runner's walk would see, keyed as problemKeyOf keys paths: aspects/N/problems/N, then items/N. */
function idsByWalk(plan: any): Map<string, string> {
  const ids = new Map<string, string>();
  const isObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const walk = (problem: Record<string, any>, path: JsonPath) => {
    if (typeof problem.id === 'string') ids.set(path.join('/'), problem.id);
    (Array.isArray(problem.items) ? problem.items : []).forEach((item: unknown, i: number) => isObject(item) && walk(item, [...path, 'items', i]));
  };
  (Array.isArray(plan.aspects) ? plan.aspects : []).forEach((aspect: unknown, a: number) => {
    if (!isObject(aspect)) return;
    (Array.isArray(aspect.problems) ? aspect.problems : []).forEach((problem: unknown, p: number) => isObject(problem) && walk(problem, ['aspects', a, 'problems', p]));
  });
  return ids;
}

const plan = {
  aspects: [
    { problems: [{ id: '1.1', items: [{ id: '1.1.1' }, { title: 'no id' }, 'not an object'] }, { id: 7 }] },
    'not an aspect',
    { problems: { 0: { id: 'an object, not a list' } } },
  ],
  meetings: [{ problems: [{ id: 'not a problem of the plan' }] }],
};

describe('problemIdAt', () => {
  it('names the innermost problem a path lies in', () => {
    expect(problemIdAt(plan, ['aspects', 0, 'problems', 0, 'measures', 2, 'evidence', 0, 'title'])).toBe('1.1');
    expect(problemIdAt(plan, ['aspects', 0, 'problems', 0, 'items', 0, 'deadline'])).toBe('1.1.1');
    // A sub-item without an id is not its parent.
    expect(problemIdAt(plan, ['aspects', 0, 'problems', 0, 'items', 1])).toBeUndefined();
    expect(problemIdAt(plan, ['aspects', 0, 'problems', 1])).toBeUndefined();
    expect(problemIdAt(plan, ['aspects', 2, 'problems', 0])).toBeUndefined();
    expect(problemIdAt(plan, ['meetings', 0, 'problems', 0])).toBeUndefined();
    expect(problemIdAt(plan, ['aspects', 0, 'problems', 0, 'measures', 0, 'items', 0])).toBeUndefined();
    expect(problemIdAt(plan, [])).toBeUndefined();
  });

  it('agrees with the ids a walk of every problem records, on any plan and path', () => {
    // Paths mostly of (list name, index) pairs, so they often reach a problem (or nearly do).
    const pair = fc.tuple(fc.constantFrom('aspects', 'problems', 'items', 'measures'), fc.oneof(fc.nat(1), fc.constant('0')));
    const pathOf = fc.tuple(fc.array(pair, { maxLength: 4 }), fc.constantFrom([], ['id'], ['title'])).map(([pairs, tail]) => [...pairs.flat(), ...tail] as JsonPath);
    // Objects nested a few levels deep, with the lists a plan has, some entries not objects.
    const objectOf = (depth: number): fc.Arbitrary<Record<string, unknown>> => {
      const list = fc.array(nodeOf(depth - 1), { maxLength: 2 });
      return fc.record({ aspects: list, problems: list, items: list, measures: list, id: fc.constantFrom('a', 'b', 1) }, { requiredKeys: ['id'] });
    };
    const nodeOf = (depth: number): fc.Arbitrary<unknown> =>
      depth === 0 ? fc.constantFrom('x', null, { id: 'leaf' }) : fc.oneof(objectOf(depth), objectOf(depth), fc.constantFrom('x', null), fc.array(nodeOf(depth - 1), { maxLength: 2 }));
    fc.assert(
      fc.property(objectOf(4), pathOf, (candidate, path) => {
        const key = problemKeyOf(path);
        expect(problemIdAt(candidate, path)).toBe(key === undefined ? undefined : idsByWalk(candidate).get(key));
      }),
      { numRuns: 2000 },
    );
  });
});
