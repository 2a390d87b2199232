import { createRequire } from 'node:module';
import type { Node, ParseError } from 'jsonc-parser';
import type { JsonPath, LocalizedText } from '../rule-kit/types.js';
import { firstMemberEnd, PathScanner } from './json-scan.js';
import { LineIndex, type SourceRange } from './source-range.js';

/**
 * A JSON text parsed twice over: JSON.parse decides validity and gives the value (exactly V8's JSON),
 * jsonc-parser gives the syntax tree that maps every path to its source range.
 */
export interface JsonDocument {
  /** The parsed value; undefined when the text is not JSON. */
  value: unknown;
  syntaxError?: { message: LocalizedText; range: SourceRange };
  duplicateKeys: { path: JsonPath; key: string; range: SourceRange }[];
  /**
   * False when the value has no vendor-extension key ("x-…") anywhere, so no x-rectlint annotation either; absent
   * when not known. Saves the suppressions' own walk of the plan on the common plan without extensions.
   */
  hasExtensionKeys?: boolean;
  /**
   * True when the value was read from a report (a .txt, .docx…), not written as JSON: a fact it lacks is one the
   * report does not state, and findings say so in the report's words.
   */
  imported?: boolean;
  /** The source range of a path; `key` prefers the property's key over its value. */
  locate(path: JsonPath, target?: 'key' | 'value'): SourceRange;
}

/** Deeper nesting than this is refused before parsing, since the tree builder recurses per level. */
export const MAX_NESTING = 512;

const SYNTAX_MESSAGES: Record<string, LocalizedText> = {
  InvalidSymbol: { zh: '无效的符号', en: 'invalid symbol' },
  InvalidNumberFormat: { zh: '数字格式错误', en: 'invalid number format' },
  PropertyNameExpected: { zh: '此处应为属性名（带双引号的字符串）', en: 'property name (a double-quoted string) expected' },
  ValueExpected: { zh: '此处应为值', en: 'value expected' },
  ColonExpected: { zh: '此处应为冒号', en: 'colon expected' },
  CommaExpected: { zh: '此处应为逗号', en: 'comma expected' },
  CloseBraceExpected: { zh: '缺少右花括号 }', en: 'closing brace } expected' },
  CloseBracketExpected: { zh: '缺少右方括号 ]', en: 'closing bracket ] expected' },
  EndOfFileExpected: { zh: '此处应为文件结尾', en: 'end of file expected' },
  InvalidCommentToken: { zh: 'JSON 不允许注释', en: 'comments are not allowed in JSON' },
  UnexpectedEndOfComment: { zh: '注释未结束', en: 'unterminated comment' },
  UnexpectedEndOfString: { zh: '字符串未结束', en: 'unterminated string' },
  UnexpectedEndOfNumber: { zh: '数字未结束', en: 'unterminated number' },
  InvalidUnicode: { zh: '无效的 Unicode 转义', en: 'invalid unicode escape' },
  InvalidEscapeCharacter: { zh: '无效的转义字符', en: 'invalid escape character' },
  InvalidCharacter: { zh: '字符串中含有无效字符', en: 'invalid character in string' },
};

const HAS_CONTENT = /\S/;

// jsonc-parser is loaded only for the text that takes the tree path (a syntax error, a duplicate key): most runs
// never need it, and loading it costs about 7 ms of every start.
const require = createRequire(import.meta.url);
let jsoncParser: typeof import('jsonc-parser') | undefined;
const treeParser = () => (jsoncParser ??= require('jsonc-parser') as typeof import('jsonc-parser'));

const EMPTY: LocalizedText = { zh: '文件为空：应为一个 JSON 对象', en: 'the file is empty: a JSON object was expected' };

/**
 * Most plans are valid JSON without duplicate keys; for them JSON.parse alone decides, and a path is placed by
 * scanning the text (see PathScanner: every container is read at most once). Anything else takes the tree path.
 */
export function parseJsonDocument(text: string): JsonDocument {
  // Not `trim()`: that copies the whole text whenever it ends in a newline, as nearly every file does.
  if (HAS_CONTENT.test(text)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return parseWithTree(text);
    }
    const shape = plainShape(text, value);
    if (shape) return { value, duplicateKeys: [], hasExtensionKeys: shape.extensionKeys > 0, locate: scanningLocator(text) };
  }
  return parseWithTree(text);
}

function scanningLocator(text: string): JsonDocument['locate'] {
  let lines: LineIndex | undefined;
  let scanner: PathScanner | undefined;
  return (path, target) => {
    lines ??= new LineIndex(text);
    scanner ??= new PathScanner(text);
    const node = scanner.find(path);
    const isContainer = node.type !== 'scalar';
    if (node.key && (isContainer || target === 'key')) return lines.range(node.key.offset, node.key.length);
    if (isContainer) return lines.range(node.offset, firstMemberEnd(text, node.offset) - node.offset);
    return lines.range(node.offset, node.length);
  };
}

/** What a walk of the parsed value counts: its keys, those of vendor extensions, and with `inStrings` the colons inside strings. */
interface Tally {
  keys: number;
  extensionKeys: number;
  colons: number;
}

/**
 * The value's tally when it accounts for every key in the text (so there are no duplicate keys) and nests no
 * deeper than MAX_NESTING; undefined otherwise. Keys are counted by their colons: the text's colons minus those inside strings.
 * An escaped colon (\u003a) would break that count, so such text takes the tree path.
 */
function plainShape(text: string, value: unknown): Tally | undefined {
  const tally: Tally = { keys: 0, extensionKeys: 0, colons: 0 };
  if (!tallyShape(value, 1, tally, false)) return undefined;
  // Each key has a colon and a duplicate key would add one more: when the text has no colon beyond the value's
  // keys, there is neither a duplicate nor a colon inside a string, and the strings need no reading (an escaped
  // colon is no colon of the text, so it cannot upset this count).
  const colons = colonsIn(text);
  if (colons === tally.keys) return tally;
  // Counting the colons inside the parsed strings would count an escaped one the text does not have. Escapes are
  // rare in plans: look for any before looking for the one that matters.
  if (text.includes('\\u') && /\\u003a/i.test(text)) return undefined;
  const keys = tally.keys;
  const second: Tally = { keys: 0, extensionKeys: 0, colons: 0 };
  tallyShape(value, 1, second, true);
  return colons - second.colons === keys ? tally : undefined;
}

function colonsIn(s: string): number {
  let count = 0;
  for (let at = s.indexOf(':'); at !== -1; at = s.indexOf(':', at + 1)) count++;
  return count;
}

/** Counts into `tally`; false past MAX_NESTING (so the recursion stays shallow). */
function tallyShape(node: unknown, depth: number, tally: Tally, inStrings: boolean): boolean {
  if (typeof node === 'string') {
    if (inStrings) tally.colons += colonsIn(node);
    return true;
  }
  if (typeof node !== 'object' || node === null) return true;
  if (depth > MAX_NESTING) return false;
  if (Array.isArray(node)) {
    for (const item of node) if (!tallyShape(item, depth + 1, tally, inStrings)) return false;
    return true;
  }
  for (const key in node) {
    tally.keys++;
    if (key.charCodeAt(0) === 120 && key.charCodeAt(1) === 45) tally.extensionKeys++;
    if (inStrings) tally.colons += colonsIn(key);
    if (!tallyShape((node as Record<string, unknown>)[key], depth + 1, tally, inStrings)) return false;
  }
  return true;
}

/** The general path: a jsonc-parser tree for syntax errors, duplicate keys and excessive nesting. */
export function parseWithTree(text: string): JsonDocument {
  const lines = new LineIndex(text);
  const locateNothing = () => lines.range(0, 0);
  if (!HAS_CONTENT.test(text)) return { value: undefined, syntaxError: { message: EMPTY, range: locateNothing() }, duplicateKeys: [], locate: locateNothing };

  const tooDeep = findExcessiveNesting(text, MAX_NESTING);
  if (tooDeep >= 0) {
    const message = { zh: `嵌套超过 ${MAX_NESTING} 层`, en: `nesting deeper than ${MAX_NESTING} levels` };
    return { value: undefined, syntaxError: { message, range: lines.range(tooDeep, 1) }, duplicateKeys: [], locate: locateNothing };
  }

  const errors: ParseError[] = [];
  const root = treeParser().parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const locate = (path: JsonPath, target?: 'key' | 'value') => (root ? locateNode(root, path, lines, target) : locateNothing());
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { value: undefined, syntaxError: describeSyntaxError(errors, error, text, lines), duplicateKeys: [], locate };
  }
  return { value, duplicateKeys: root ? findDuplicateKeys(root, lines) : [], locate };
}

const TRAILING_COMMA: LocalizedText = { zh: '多余的逗号：JSON 的最后一项后面不能有逗号', en: 'trailing comma: JSON allows no comma after the last item' };

/** The offset of a comma that is followed only by whitespace and then `}` or `]` at `closing`, or -1. */
function trailingCommaBefore(text: string, closing: number): number {
  const code = text.charCodeAt(closing);
  if (code !== 125 && code !== 93) return -1;
  let i = closing - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return text.charCodeAt(i) === 44 ? i : -1;
}

function describeSyntaxError(errors: ParseError[], thrown: unknown, text: string, lines: LineIndex) {
  const first = errors[0];
  if (first) {
    // `"a": 1,\n}`: the parser stops at the brace, but the mistake is the comma before it.
    const code = treeParser().printParseErrorCode(first.error);
    const comma = code === 'PropertyNameExpected' || code === 'ValueExpected' ? trailingCommaBefore(text, first.offset) : -1;
    if (comma >= 0) return { message: TRAILING_COMMA, range: lines.range(comma, 1) };
    const message = SYNTAX_MESSAGES[treeParser().printParseErrorCode(first.error)] ?? { zh: 'JSON 语法错误', en: 'JSON syntax error' };
    return { message, range: lines.range(first.offset, Math.max(first.length, 1)) };
  }
  // jsonc-parser accepted what V8 refuses (e.g. a lone surrogate's neighbours): fall back to V8's position.
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  const at = /position (\d+)/.exec(detail);
  const offset = at ? Math.min(Number(at[1]), text.length) : 0;
  return { message: { zh: `JSON 语法错误：${detail}`, en: `JSON syntax error: ${detail}` }, range: lines.range(offset, 1) };
}

/** The offset of the first bracket deeper than `limit`, or -1; strings are skipped. */
function findExcessiveNesting(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92) i++;
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 91 || code === 123) {
      if (++depth > limit) return i;
    } else if (code === 93 || code === 125) depth--;
  }
  return -1;
}

function findDuplicateKeys(root: Node, lines: LineIndex): JsonDocument['duplicateKeys'] {
  const found: JsonDocument['duplicateKeys'] = [];
  const visit = (node: Node, path: JsonPath): void => {
    if (node.type === 'array') node.children?.forEach((child, index) => visit(child, [...path, index]));
    if (node.type !== 'object') return;
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode) continue;
      const key = String(keyNode.value);
      if (seen.has(key)) found.push({ path: [...path, key], key, range: lines.range(keyNode.offset, keyNode.length) });
      seen.add(key);
      if (valueNode) visit(valueNode, [...path, key]);
    }
  };
  visit(root, []);
  return found;
}

function child(node: Node, segment: string | number): Node | undefined {
  if (node.type === 'array' && typeof segment === 'number') return node.children?.[segment];
  if (node.type !== 'object') return undefined;
  // The last of duplicate keys wins, as in JSON.parse.
  const properties = node.children ?? [];
  for (let i = properties.length - 1; i >= 0; i--) {
    const [key, value] = properties[i].children ?? [];
    if (key?.value === String(segment)) return value;
  }
  return undefined;
}

/**
 * A property's value is highlighted when it is a scalar, its key when it spans a block;
 * a missing path is located on its closest existing parent.
 */
function locateNode(root: Node, path: JsonPath, lines: LineIndex, target?: 'key' | 'value'): SourceRange {
  let node = root;
  for (const segment of path) {
    const next = child(node, segment);
    if (!next) break;
    node = next;
  }
  const isContainer = node.type === 'object' || node.type === 'array';
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  if (key && (isContainer || target === 'key')) return lines.range(key.offset, key.length);
  if (isContainer) return lines.range(node.offset, firstMemberEndOf(node) - node.offset);
  return lines.range(node.offset, node.length);
}

/** firstMemberEnd (json-scan.ts) read from the tree, which also stands for text with syntax errors. */
function firstMemberEndOf(node: Node): number {
  const first = node.children?.[0];
  if (!first) return node.offset + 1;
  const [key, value] = node.type === 'object' ? (first.children ?? []) : [undefined, first];
  const isContainer = (n: Node | undefined) => n?.type === 'object' || n?.type === 'array';
  if (key && (!value || isContainer(value))) return key.offset + key.length;
  if (!value) return node.offset + 1;
  return isContainer(value) ? value.offset + 1 : value.offset + value.length;
}
