/** Applies a recipe to its seed: the file a fuzz case checks, as a name (its format) and bytes. */
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import type { ByteOp, Layout, PlanOp, Recipe, TextOp } from './recipe.js';
import type { Seed } from './seeds.js';

export interface FuzzCase {
  /** The file name the case is checked as: its extension decides plan or report. */
  file: string;
  bytes: Uint8Array;
  /** The seed and recipe in brief, printed with a failing or slow case. */
  label: string;
}

/**
 * No mutation grows a case past this many characters, the size of the largest report the fuzzing that found the
 * issue-16 hangs used (288 KB). Checking is linear, about 0.4 million characters a second through reading, every
 * rule and the ten formats, so a case this size takes well under the 1-second budget, while a pump of 40 000 pieces
 * still shows quadratic work as seconds. (Larger files are bench/'s business: `npm run bench` and bench:import.)
 */
const MAX_CHARS = 300_000;

type Container = Record<string, unknown> | unknown[];
interface Slot {
  parent: Container | undefined;
  key: string | number | undefined;
  value: unknown;
}

/** Every value of the plan with where it sits, in document order (an explicit stack: plans may nest deeply). */
function slots(root: unknown): Slot[] {
  const found: Slot[] = [];
  const stack: Slot[] = [{ parent: undefined, key: undefined, value: root }];
  while (stack.length > 0) {
    const slot = stack.pop()!;
    found.push(slot);
    const { value } = slot;
    if (typeof value !== 'object' || value === null) continue;
    const children: Slot[] = Array.isArray(value)
      ? value.map((item, index) => ({ parent: value, key: index, value: item }))
      : Object.keys(value).map((key) => ({ parent: value as Record<string, unknown>, key, value: (value as Record<string, unknown>)[key] }));
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return found;
}

function pick<T>(items: readonly T[], at: number): T | undefined {
  return items.length === 0 ? undefined : items[at % items.length];
}

/** Sets a property as JSON.parse would: an own property even when it is named __proto__. */
function setOwn(target: Container, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function size(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function applyPlanOp(root: { value: unknown }, op: PlanOp): void {
  const all = slots(root.value);
  const replace = (slot: Slot, value: unknown) => {
    if (slot.parent === undefined) root.value = value;
    else setOwn(slot.parent, slot.key!, value);
  };
  switch (op.op) {
    case 'replace':
    case 'random': {
      const slot = pick(all, op.at)!;
      replace(slot, op.op === 'replace' ? JSON.parse(op.value) : op.value);
      return;
    }
    case 'remove': {
      const slot = pick(all.filter((s) => s.parent !== undefined), op.at);
      if (!slot) return;
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
      else delete (slot.parent as Record<string, unknown>)[slot.key as string];
      return;
    }
    case 'duplicate': {
      const slot = pick(all.filter((s) => Array.isArray(s.parent)), op.at);
      if (!slot || size(root.value) + size(slot.value) * op.times > MAX_CHARS) return;
      const copies = Array.from({ length: op.times }, () => JSON.parse(JSON.stringify(slot.value)) as unknown);
      const list = slot.parent as unknown[];
      // Not splice(...copies): a huge spread is what this fuzzer looks for elsewhere.
      const tail = list.splice((slot.key as number) + 1);
      for (const copy of copies) list.push(copy);
      for (const item of tail) list.push(item);
      return;
    }
    case 'pump': {
      const slot = pick(all.filter((s) => typeof s.value === 'string'), op.at);
      if (!slot || size(root.value) + op.piece.length * op.times > MAX_CHARS) return;
      const text = slot.value as string;
      const where = op.where % (text.length + 1);
      replace(slot, text.slice(0, where) + op.piece.repeat(op.times) + text.slice(where));
      return;
    }
    case 'key': {
      const slot = pick(all.filter((s) => typeof s.value === 'object' && s.value !== null && !Array.isArray(s.value)), op.at);
      if (slot) setOwn(slot.value as Container, op.key, JSON.parse(op.value));
      return;
    }
    case 'nest': {
      const slot = pick(all, op.at)!;
      let value = slot.value;
      for (let i = 0; i < op.depth; i++) value = i % 2 === 0 ? [value] : { problems: value };
      replace(slot, value);
      return;
    }
    case 'annotate': {
      const slot = pick(all.filter((s) => typeof s.value === 'object' && s.value !== null && !Array.isArray(s.value)), op.at);
      if (!slot) return;
      const annotation: Record<string, unknown> = { disable: op.disable };
      if (op.reason !== null) annotation.reason = op.reason;
      if (op.until !== null) annotation.until = op.until;
      setOwn(slot.value as Container, 'x-rectlint', annotation);
      return;
    }
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function applyTextOp(text: string, op: TextOp): string {
  const offset = (at: number) => at % (text.length + 1);
  switch (op.op) {
    case 'insert': {
      const at = offset(op.at);
      return text.slice(0, at) + op.piece + text.slice(at);
    }
    case 'pump': {
      if (text.length + op.piece.length * op.times > MAX_CHARS) return text;
      const at = offset(op.at);
      return text.slice(0, at) + op.piece.repeat(op.times) + text.slice(at);
    }
    case 'cut': {
      const at = offset(op.at);
      return text.slice(0, at) + text.slice(at + op.count);
    }
    case 'repeatLines':
    case 'removeLines':
    case 'swapLines': {
      const lines = text.split('\n');
      const first = op.at % lines.length;
      if (op.op === 'swapLines') {
        const other = op.with % lines.length;
        [lines[first], lines[other]] = [lines[other], lines[first]];
        return lines.join('\n');
      }
      if (op.op === 'removeLines') {
        lines.splice(first, op.count);
        return lines.join('\n');
      }
      const block = lines.slice(first, first + op.count).join('\n');
      if (text.length + (block.length + 1) * op.times > MAX_CHARS) return text;
      const starts = lineStartsOf(text);
      const at = starts[Math.min(first + op.count, starts.length - 1)];
      const repeated = `${block}\n`.repeat(op.times);
      return at === starts[starts.length - 1] && !text.endsWith('\n') && first + op.count >= lines.length ? `${text}\n${repeated}` : text.slice(0, at) + repeated + text.slice(at);
    }
  }
}

function applyByteOp(bytes: Uint8Array, op: ByteOp): Uint8Array {
  if (bytes.length === 0) return op.op === 'insert' ? Uint8Array.from(op.bytes) : bytes;
  const at = op.at % bytes.length;
  switch (op.op) {
    case 'flip': {
      const copy = Uint8Array.from(bytes);
      copy[at] ^= 1 << op.bit;
      return copy;
    }
    case 'set': {
      const copy = Uint8Array.from(bytes);
      copy[at] = op.value;
      return copy;
    }
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at), Uint8Array.from(op.bytes), bytes.subarray(at)]);
    case 'remove':
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + op.count)]);
    case 'truncate':
      return bytes.subarray(0, at);
  }
}

function withTail(text: string, layout: Layout): string {
  switch (layout.tail) {
    case 'none':
      return text;
    case 'cut':
      return text.slice(0, layout.tailAt % (text.length + 1));
    case 'garbage':
      return `${text}${['}', ']', ',', '{"a": 1}', 'x', '\u0000', '"'][layout.tailAt % 7]}`;
    case 'duplicate-key': {
      // The first "key": value line written again right after itself.
      const match = /^([ \t]*"[^"\n]*":[^\n]*,)\n/m.exec(text);
      return match ? text.slice(0, match.index) + match[1] + '\n' + text.slice(match.index) : text;
    }
  }
}

function encode(text: string, layout: Layout): Uint8Array {
  const withBreaks = layout.lineBreak === '\n' ? text : text.replace(/\r\n|\n/g, layout.lineBreak);
  switch (layout.encoding) {
    case 'utf-8':
      return Buffer.from((layout.bom ? '\ufeff' : '') + withBreaks, 'utf8');
    case 'gb18030':
      return iconv.encode(withBreaks, 'gb18030');
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(withBreaks, 'utf16le')]);
    case 'utf-16be': {
      const bytes = Buffer.from(withBreaks, 'utf16le');
      bytes.swap16();
      return Buffer.concat([Buffer.from([0xfe, 0xff]), bytes]);
    }
  }
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Characters XML 1.0 cannot hold: a document with them is invalid, not hostile text. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g;

/** A .docx with its text mutated inside the runs of word/document.xml (so the zip and the XML stay valid). */
async function mutateDocx(bytes: Uint8Array, ops: readonly TextOp[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const entry = zip.file('word/document.xml');
  if (!entry) return bytes;
  let xml = await entry.async('string');
  for (const op of ops) {
    const runs = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)];
    const run = pick(runs, op.at);
    if (!run) break;
    const contentStart = run.index! + run[0].indexOf('>') + 1;
    const content = run[1];
    const mutated = applyTextOp(content, { ...op, at: op.at }).replace(NOT_XML, '').replace(/[&<>"]/g, (c) => XML_ESCAPES[c]);
    xml = xml.slice(0, contentStart) + mutated + xml.slice(contentStart + content.length);
  }
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'uint8array' });
}

/** The seed with the recipe applied, as a file to check. */
export async function buildCase(seeds: readonly Seed[], recipe: Recipe): Promise<FuzzCase> {
  const seed = seeds[recipe.seed % seeds.length];
  const file = `case${seed.extension}`;
  let bytes: Uint8Array;
  let applied: string[] = [];
  if (seed.kind === 'plan') {
    const root = { value: JSON.parse(JSON.stringify(seed.plan)) as unknown };
    for (const op of recipe.plan) applyPlanOp(root, op);
    applied = recipe.plan.map((op) => op.op);
    let text = JSON.stringify(root.value, null, recipe.layout.indent) ?? 'null';
    // Indentation grows with the square of a deep nesting's depth: such a plan is written on one line.
    if (text.length > MAX_CHARS) text = JSON.stringify(root.value);
    if (recipe.layout.rawText) {
      for (const op of recipe.text) text = applyTextOp(text, op);
      applied.push(...recipe.text.map((op) => `text:${op.op}`));
    }
    // A plan in another encoding is one parse error: rarely worth a case.
    const encoding = recipe.layout.bom ? recipe.layout.encoding : 'utf-8';
    bytes = encode(withTail(text, recipe.layout), { ...recipe.layout, encoding });
  } else if (seed.kind === 'report') {
    let text = seed.text!;
    for (const op of recipe.text) text = applyTextOp(text, op);
    applied = recipe.text.map((op) => op.op);
    bytes = encode(text, recipe.layout);
  } else {
    bytes = recipe.text.length > 0 ? await mutateDocx(seed.bytes, recipe.text).catch(() => seed.bytes) : seed.bytes;
    applied = recipe.text.map((op) => `docx:${op.op}`);
  }
  for (const op of recipe.bytes) bytes = applyByteOp(bytes, op);
  applied.push(...recipe.bytes.map((op) => `byte:${op.op}`));
  const layout = seed.kind === 'binary-report' ? '' : ` ${recipe.layout.encoding}${recipe.layout.bom ? '+bom' : ''} ${JSON.stringify(recipe.layout.lineBreak)}${recipe.layout.tail !== 'none' && seed.kind === 'plan' ? ` tail:${recipe.layout.tail}` : ''}`;
  return { file, bytes, label: `${seed.name} [${applied.join(' ') || 'as is'}]${layout} ${bytes.length} bytes, printed as ${recipe.format}` };
}
