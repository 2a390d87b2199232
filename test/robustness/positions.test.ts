import { describe, expect, it } from 'vitest';
import { unreadable } from '../../src/run/file-result.js';
import { lint } from '../helpers.js';
import { lineStarts, positionProblem } from '../fuzz/check.js';

/** Every position of every diagnostic, checked against the text as an editor counts its lines. */
function outside(text: string): string[] {
  const lines = lineStarts(text);
  return lint(text).diagnostics.flatMap((d) => [positionProblem(d.range.start, text, lines), positionProblem(d.range.end, text, lines)].filter((p): p is string => p !== undefined));
}

describe('every position lies inside its text', () => {
  it('a syntax error at the end of the text ("expected }") ends at the end, not past it', () => {
    const text = '{"a": 1';
    const [d] = lint(text).diagnostics;
    expect(d.ruleId).toBe('parse');
    expect(d.range.end).toEqual({ line: 1, column: 8, offset: 7 });
    expect(outside(text)).toEqual([]);
  });

  it('…also after a final line break, a CR LF, a lone CR, and in an empty-looking file', () => {
    for (const text of ['{"a": 1\n', '{"a": 1\r\n', '{\r\n"a": 1\r', '{"a":\r\n', '[', ' ', '\r\n', '{"a": "x\r\n']) expect(outside(text), JSON.stringify(text)).toEqual([]);
  });

  it('a range never ends between the CR and the LF of a line break', () => {
    const text = '{\r\n  "a": 1,\r\n}';
    const [d] = lint(text).diagnostics;
    expect(outside(text)).toEqual([]);
    // At the trailing comma now: one character on line 2, ending before the CR.
    expect([d.range.start.line, d.range.start.column, d.range.end.line, d.range.end.column]).toEqual([2, 9, 2, 10]);
  });

  it('a file that is not UTF-8 is placed after its readable text, counted without its BOM', () => {
    const text = '\ufeff{"a": 1,\n "b": ';
    const [d] = unreadable('x.json', { zh: '不是 UTF-8', en: 'not UTF-8' }, 'zh-CN', text, '2026-11-24').diagnostics;
    expect(d.range.start).toEqual({ line: 2, column: 7, offset: text.length - 1 });
  });
});
