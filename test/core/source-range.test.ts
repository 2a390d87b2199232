import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/core/source-range.js';

/**
 * Line and column of `offset` the slow obvious way: LF, CR LF and a lone CR each end a line; an offset past the
 * end is the end, and one between CR and LF is the end of that line.
 */
function naivePosition(text: string, asked: number): { line: number; column: number; offset: number } {
  let offset = Math.min(asked, text.length);
  if (offset > 0 && text[offset] === '\n' && text[offset - 1] === '\r') offset--;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

describe('LineIndex', () => {
  it('places offsets asked in any order as counting line breaks from the start does (LF, CR LF, lone CR), inside the text', () => {
    const text = fc.array(fc.constantFrom('a', '中', '\n', '\r', '\r\n', ' '), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(70), { maxLength: 8 }), (source, offsets) => {
        const lines = new LineIndex(source);
        for (const offset of offsets) expect(lines.position(offset)).toEqual(naivePosition(source, offset));
      }),
      { numRuns: 1000 },
    );
  });
});
