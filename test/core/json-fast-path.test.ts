import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonDocument, parseWithTree } from '../../src/core/json-document.js';
import type { JsonPath } from '../../src/rule-kit/types.js';

/** Every path in a value, plus for each container one path that does not exist. */
function pathsOf(value: unknown, path: JsonPath = []): JsonPath[] {
  const paths: JsonPath[] = [path];
  if (Array.isArray(value)) {
    value.forEach((item, i) => paths.push(...pathsOf(item, [...path, i])));
    paths.push([...path, value.length], [...path, 'x']);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...path, key]));
    paths.push([...path, 'missing-key', 0]);
  }
  return paths;
}

const keys = fc.oneof(fc.string(), fc.constantFrom('a:b', 'x"y', 'back\\slash', '__proto__', '0', '整改', 'tab\t'));
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.constantFrom('10:30', 'http://example.com', '引号"和冒号：', 'a\\b', '括号[1]和{2}', '}{'),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(keys, tie('value'), { maxKeys: 4 }),
  ),
})).value;

function sameLocations(text: string, value: unknown): void {
  const fast = parseJsonDocument(text);
  const tree = parseWithTree(text);
  expect(fast.syntaxError).toBeUndefined();
  expect(fast.duplicateKeys).toEqual(tree.duplicateKeys);
  // Ten rounds, so the locator's switch from scanning to the tree is crossed as well.
  for (let round = 0; round < 10; round++) {
    for (const path of pathsOf(value)) {
      for (const target of [undefined, 'key', 'value'] as const) expect(fast.locate(path, target), JSON.stringify(path)).toEqual(tree.locate(path, target));
    }
  }
}

describe('the fast path (JSON.parse plus scanning) places paths exactly as the syntax tree does', () => {
  it('on random JSON, compact and indented, including keys and strings with colons, quotes and escapes', () => {
    fc.assert(
      fc.property(json, fc.constantFrom(undefined, 2, '\t', '\r\n  '), (value, indent) => {
        const text = typeof indent === 'string' && indent.startsWith('\r') ? JSON.stringify(value, null, 2).replace(/\n/g, '\r\n') : JSON.stringify(value, null, indent);
        if (text === undefined) return;
        sameLocations(text, JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('on the example plans', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const dir = new URL('../../examples/', import.meta.url);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const text = readFileSync(new URL(name, dir), 'utf8');
      sameLocations(text, JSON.parse(text));
    }
  });

  it('falls back to the tree for duplicate keys, escaped colons and deep nesting, with the same answers', () => {
    const duplicate = '{"a": {"b": 1, "b": 2}, "c": "x:y"}';
    expect(parseJsonDocument(duplicate).duplicateKeys.map((d) => d.path)).toEqual([['a', 'b']]);
    expect(parseJsonDocument(duplicate).locate(['a', 'b']).start.offset).toBe(20);

    // The escaped colon hides one colon from the count; without the fallback the duplicate would go unseen.
    const escaped = '{"k\\u003a": 1, "d": 1, "d": 2}';
    expect(parseJsonDocument(escaped).duplicateKeys.map((d) => d.path)).toEqual([['d']]);

    const deepButValid = `{"x-deep": ${'['.repeat(600)}${']'.repeat(600)}}`;
    expect(parseJsonDocument(deepButValid).syntaxError?.message.en).toBe('nesting deeper than 512 levels');
  });
});
