import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { dedupe } from '../../src/core/pipeline/dedupe.js';

const at = (ruleId: string, message: string, start: number, end: number) =>
  ({ ruleId, message, severity: 'error', path: [], range: { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } } }) as unknown as Diagnostic;

describe('dedupe', () => {
  it('keeps one of findings with the same rule, range and message, in their order', () => {
    const found = [at('a', 'x', 0, 2), at('b', 'x', 0, 2), at('a', 'x', 0, 2), at('a', 'x', 0, 3), at('a', 'y', 0, 2), at('a', 'x', 1, 2)];
    expect(dedupe(found).map((d) => [d.ruleId, d.message, d.range.start.offset, d.range.end.offset])).toEqual([
      ['a', 'x', 0, 2],
      ['b', 'x', 0, 2],
      ['a', 'x', 0, 3],
      ['a', 'y', 0, 2],
      ['a', 'x', 1, 2],
    ]);
  });

  it('never takes two findings for one where a rule id and a message join alike', () => {
    expect(dedupe([at('ab', 'c', 0, 1), at('a', 'bc', 0, 1), at('1:a', 'x', 0, 1), at('1', ':ax', 0, 1)])).toHaveLength(4);
  });
});
