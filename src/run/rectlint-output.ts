/**
 * rectlint's own outputs written as JSON beside the plans (`-f json -o results.json`, a SARIF log, a cache, a
 * baseline under another name) are not plans: a directory walk leaves them out, told by their first bytes.
 * A file named on the command line is checked whatever it holds.
 */
import { open } from 'node:fs/promises';
import type { LocalizedText } from '../rule-kit/types.js';

export type OutputKind = 'results' | 'sarif' | 'cache' | 'baseline';

/** How much of a file is read to tell: every signature below is in the first lines rectlint writes. */
const HEAD_BYTES = 512;

const SIGNATURES: readonly [OutputKind, RegExp][] = [
  // `-f json`: an array of results, each opening with its file (a plan is an object).
  ['results', /^\s*\[\s*\{\s*"filePath"\s*:/],
  ['sarif', /^\s*\{\s*"\$schema"\s*:\s*"[^"]*sarif[^"]*"|^\s*\{\s*"version"\s*:\s*"2\.1\.0"\s*,\s*"runs"\s*:/i],
  ['cache', /^\s*\{\s*"format"\s*:\s*\d+\s*,\s*"rectlint"\s*:/],
  // Keys sorted: "files" comes first, and a plan has no property of that name.
  ['baseline', /^\s*\{\s*"files"\s*:\s*\{\s*(?:\}|"[^"]*"\s*:\s*\[)/],
];

export const OUTPUT_NAMES: Record<OutputKind, LocalizedText> = {
  results: { zh: 'JSON 检查结果', en: 'JSON results' },
  sarif: { zh: 'SARIF 日志', en: 'a SARIF log' },
  cache: { zh: '结果缓存', en: 'a result cache' },
  baseline: { zh: '基线', en: 'a baseline' },
};

/** Which of rectlint's outputs the text starting with `head` is, if any (a BOM is allowed). */
export function outputKind(head: string): OutputKind | undefined {
  const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  return SIGNATURES.find(([, signature]) => signature.test(text))?.[0];
}

/** The kind of rectlint output `file` is, reading its first bytes; undefined for anything else or a file not read. */
export async function outputKindOfFile(file: string): Promise<OutputKind | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return outputKind(buffer.toString('utf8', 0, bytesRead));
  } catch {
    // Unreadable here: the check itself reports it.
    return undefined;
  } finally {
    await handle?.close();
  }
}
