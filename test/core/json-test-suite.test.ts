import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles, type FileResult } from '../../src/api.js';

/**
 * Loader conformance over JSONTestSuite (nst/JSONTestSuite, test_parsing/): every `y_` file parses, every `n_`
 * file gets one located `parse` diagnostic, an `i_` file may go either way; none crashes or hangs, the
 * 100 000-deep arrays included. Files are read as bytes through the same path as `rectlint check`.
 */
const SUITE = resolve(import.meta.dirname, '../../../shared/data/jsontestsuite');
const names = readdirSync(SUITE).filter((name) => name.endsWith('.json'));

/** A position a reader can find: inside the text (as decoded, up to the first bad byte) or just past its end. */
function located(result: FileResult, bytes: Buffer): boolean {
  const [d] = result.diagnostics;
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const lines = text.split(/\r\n|\r|\n/);
  const { line, column } = d.range.start;
  return line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1].length + 1;
}

describe('JSONTestSuite through the loader', async () => {
  const started = performance.now();
  const { results } = await lintFiles(['.'], { cwd: SUITE, today: '2026-11-24' });
  const elapsed = performance.now() - started;
  const byName = new Map(results.map((r) => [r.filePath.slice(SUITE.length + 1), r]));

  it('checks every file of the suite, quickly', () => {
    expect(names.length).toBe(318);
    expect([...byName.keys()].sort()).toEqual([...names].sort());
    // A hang would time the test out; this bound only guards against pathological slowness.
    expect(elapsed).toBeLessThan(20_000);
  });

  it('accepts every y_ file: no parse diagnostic (a top level that is not an object is "not a plan", not a syntax error)', () => {
    const refused = names.filter((n) => n.startsWith('y_')).filter((n) => byName.get(n)!.diagnostics.some((d) => d.ruleId === 'parse'));
    expect(refused).toEqual([]);
  });

  it('rejects every n_ file with one fatal parse diagnostic at a real line and column', () => {
    const wrong = names
      .filter((n) => n.startsWith('n_'))
      .filter((n) => {
        const result = byName.get(n)!;
        const parse = result.diagnostics.filter((d) => d.ruleId === 'parse');
        return !(result.fatal && result.diagnostics.length === 1 && parse.length === 1 && parse[0].fatal && located(result, readFileSync(join(SUITE, n))));
      });
    expect(wrong).toEqual([]);
  });

  it('answers every i_ file either way, never with an internal error', () => {
    for (const name of names.filter((n) => n.startsWith('i_'))) {
      const result = byName.get(name)!;
      expect(result.internalError, name).toBe(false);
      if (result.fatal && result.diagnostics[0].ruleId === 'parse') expect(located(result, readFileSync(join(SUITE, name))), name).toBe(true);
    }
  });

  it('places the syntax errors of a few files exactly', () => {
    const at = (name: string) => {
      const [d] = byName.get(name)!.diagnostics;
      return [d.range.start.line, d.range.start.column, d.message];
    };
    expect(at('n_structure_100000_opening_arrays.json')).toEqual([1, 513, '嵌套超过 512 层']);
    expect(at('n_object_trailing_comma.json')).toEqual([1, 8, '多余的逗号：JSON 的最后一项后面不能有逗号']);
    expect(at('n_array_a_invalid_utf8.json')).toEqual([1, 3, '文件不是有效的 UTF-8 编码']);
    expect(at('n_structure_no_data.json')).toEqual([1, 1, '文件为空：应为一个 JSON 对象']);
    // Bytes TextDecoder refuses are placed on the first of them: a surrogate, a code point past U+10FFFF, an overlong form.
    expect(at('i_string_UTF8_surrogate_U+D800.json')).toEqual([1, 3, '文件不是有效的 UTF-8 编码']);
    expect(at('i_string_not_in_unicode_range.json')).toEqual([1, 3, '文件不是有效的 UTF-8 编码']);
    expect(at('i_string_overlong_sequence_2_bytes.json')).toEqual([1, 3, '文件不是有效的 UTF-8 编码']);
  });
});
