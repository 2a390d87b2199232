import { describe, expect, it } from 'vitest';
import { MAX_NESTING, parseJsonDocument, parseWithTree } from '../../src/core/json-document.js';
import { at, lint } from '../helpers.js';

describe('parsing plans with positions', () => {
  it('locates a syntax error at its line and column, fatal, score 0', () => {
    const text = '{\n  "inspection": {\n    "team": "区委第一巡察组",\n  }\n}\n';
    const result = lint(text);
    expect(result.fatal).toBe(true);
    expect(result.score.score).toBe(0);
    // The parser stops at the brace; the mistake is the comma before it.
    expect(result.diagnostics.map((d) => [d.ruleId, d.message, at(d)])).toEqual([['parse', '多余的逗号：JSON 的最后一项后面不能有逗号', { line: 3, column: 22 }]]);
  });

  it('reports a trailing comma at the comma, in objects and arrays, one character wide; other errors where the parser stops', () => {
    const where = (text: string) => {
      const { syntaxError } = parseJsonDocument(text);
      return syntaxError && [syntaxError.message.en, syntaxError.range.start.line, syntaxError.range.start.column, syntaxError.range.end.column];
    };
    expect(where('{\n  "a": 1,\n\n}')).toEqual(['trailing comma: JSON allows no comma after the last item', 2, 9, 10]);
    expect(where('{"a": [1, 2 , ]}')).toEqual(['trailing comma: JSON allows no comma after the last item', 1, 13, 14]);
    expect(where('{"a": 1,, "b": 2}')).toEqual(['property name (a double-quoted string) expected', 1, 9, 10]);
    expect(where('{"a": 1 "b": 2}')).toEqual(['comma expected', 1, 9, 12]);
  });

  it('underlines an item of an array from its brace through its first member, so a missing field marks the item, not one brace', () => {
    const text = '{\n  "problems": [\n    {\n      "id": "1.1",\n      "title": "问题"\n    },\n    { "measures": [ { "text": "措施" } ], "id": "1.2" },\n    {},\n    [ 1, 2 ]\n  ]\n}';
    for (const document of [parseJsonDocument(text), parseWithTree(text)]) {
      const range = (path: (string | number)[]) => {
        const { start, end } = document.locate(path);
        return [start.line, start.column, end.line, end.column];
      };
      expect(range(['problems', 0, 'causes'])).toEqual([3, 5, 4, 18]);
      // A first member holding a container ends at its key.
      expect(range(['problems', 1, 'causes'])).toEqual([7, 5, 7, 17]);
      expect(range(['problems', 2, 'causes'])).toEqual([8, 5, 8, 6]);
      expect(range(['problems', 3])).toEqual([9, 5, 9, 8]);
      // A property's container is still underlined on its key.
      expect(range(['problems', 'x'])).toEqual([2, 3, 2, 13]);
    }
  });

  it('reports an empty file and a whitespace-only file at 1:1', () => {
    for (const text of ['', '  \n\n']) {
      const [d] = lint(text).diagnostics;
      expect([d.ruleId, d.message, at(d)]).toEqual(['parse', '文件为空：应为一个 JSON 对象', { line: 1, column: 1 }]);
    }
  });

  it('ignores a BOM and counts columns as an editor shows them', () => {
    const text = '\uFEFF{"inspection": 1}';
    const result = lint(text);
    const [d] = result.diagnostics.filter((x) => x.path.join('.') === 'inspection');
    expect(at(d)).toEqual({ line: 1, column: 16 });
  });

  it('says a JSON value that is not an object is not a plan', () => {
    for (const text of ['[]', '"整改方案"', '42', 'null']) {
      const result = lint(text);
      expect(result.fatal).toBe(true);
      expect(result.diagnostics.map((d) => [d.ruleId, d.message, at(d)])).toEqual([['schema', '这不是整改方案：文件的顶层应为 JSON 对象', { line: 1, column: 1 }]]);
    }
  });

  it('refuses nesting deeper than the limit at the offending bracket, without recursion', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const document = parseJsonDocument(deep);
    expect(document.syntaxError?.range.start).toEqual({ line: 1, column: MAX_NESTING + 1, offset: MAX_NESTING });
  });

  it('tells whether any vendor-extension key ("x-…") is present, at any depth, so the suppressions need not look', () => {
    expect(parseJsonDocument('{"a": [{"b": 1}], "x": {"xy": 2}}').hasExtensionKeys).toBe(false);
    expect(parseJsonDocument('{"a": [{"b": {"x-rectlint": {}}}]}').hasExtensionKeys).toBe(true);
    expect(parseJsonDocument('{"x-": 1}').hasExtensionKeys).toBe(true);
    // The tree path (here for a duplicate key) does not count: the suppressions walk the plan themselves.
    expect(parseJsonDocument('{"a": 1, "a": 2}').hasExtensionKeys).toBeUndefined();
  });

  it('reports duplicate keys on the later key, and the last value wins', () => {
    const text = '{\n  "report": {"kind": "plan", "date": "2022-07-10", "date": "2022-07-11"}\n}';
    const document = parseJsonDocument(text);
    expect(document.duplicateKeys.map((d) => [d.path, d.range.start])).toEqual([[['report', 'date'], { line: 2, column: 52, offset: 53 }]]);
    expect((document.value as any).report.date).toBe('2022-07-11');
    expect(document.locate(['report', 'date']).start).toEqual({ line: 2, column: 60, offset: 61 });
  });

  it('locates scalars on the value, containers on the key, missing paths on the nearest parent', () => {
    const text = '{\n  "aspects": [\n    {\n      "title": "方面",\n      "problems": []\n    }\n  ]\n}';
    const document = parseJsonDocument(text);
    const start = (path: (string | number)[], target?: 'key' | 'value') => {
      const { line, column } = document.locate(path, target).start;
      return [line, column];
    };
    expect(start(['aspects', 0, 'title'])).toEqual([4, 16]);
    expect(start(['aspects', 0, 'title'], 'key')).toEqual([4, 7]);
    expect(start(['aspects', 0, 'problems'])).toEqual([5, 7]);
    expect(start(['aspects', 0])).toEqual([3, 5]);
    expect(start(['aspects', 0, 'id'])).toEqual([3, 5]);
    expect(start(['aspects', 0, 'problems', 3, 'causes'])).toEqual([5, 7]);
    expect(start([])).toEqual([1, 1]);
  });

  it('accepts what V8 accepts and rejects what it rejects, even where jsonc-parser is lenient', () => {
    expect(parseJsonDocument('{"a": "\\ud800"}').syntaxError).toBeUndefined();
    expect(parseJsonDocument('{"a": 01}').syntaxError).toBeDefined();
    expect(parseJsonDocument('{"a": 1} // note').syntaxError?.message.zh).toBe('JSON 不允许注释');
  });

  it('places many findings in one file, in any order, exactly where the tree would', () => {
    const plan = { aspects: Array.from({ length: 3 }, (_, a) => ({ title: `方面${a}`, problems: Array.from({ length: 30 }, (_, p) => ({ id: `${a}.${p}`, title: `问题${p}`, note: 'a:b' })) })) };
    const text = JSON.stringify(plan, null, 2);
    const fast = parseJsonDocument(text);
    const tree = parseWithTree(text);
    const paths = plan.aspects.flatMap((aspect, a) => aspect.problems.map((_, p) => ['aspects', a, 'problems', p, 'causes']));
    for (const path of [...paths].reverse().concat(paths)) expect(fast.locate(path)).toEqual(tree.locate(path));
    const lines = text.split('\n');
    const lastAspect = lines.findIndex((l) => l.includes('"方面2"'));
    const lastTitle = lastAspect + lines.slice(lastAspect).findIndex((l) => l.includes('"问题29"'));
    expect(fast.locate(['aspects', 2, 'problems', 29, 'title'], 'key').start.line).toBe(lastTitle + 1);
  });
});
