import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Opening brackets and quotes that rules and readers look between, as a regular expression's source writes them. */
const OPENERS = ['\\(', '（', '\\[', '【', '〔', '《', '“', '「', '〈', '［'];
const escape = (text: string) => text.replace(/[\\^$.*+?()[\]{}|]/gu, '\\$&');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * `《[^》]*》` tried on a text of many 《 and no 》 scans from each 《 to the end: quadratic time on hostile input
 * (a pasted header cell of 20 000 brackets took seconds). The class must stop at another opener too: `《[^《》]*》`.
 */
describe('regular expressions that look between brackets', () => {
  it('stop at the next opening bracket, so a text of many unclosed ones is scanned once', () => {
    const found: string[] = [];
    for (const file of [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'rules'))]) {
      readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
        for (const open of OPENERS) {
          // The opener, then a negated class repeated without bound: [^》]*, [^)]+ or [^》]{2,}.
          const scan = new RegExp(`${escape(open)}\\[\\^((?:\\\\.|[^\\]])*)\\](?:[*+]|\\{\\d+,\\})`, 'gu');
          for (const match of line.matchAll(scan)) if (!match[1].includes(open.at(-1)!)) found.push(`${relative(ROOT, file)}:${index + 1}: ${match[0]}`);
        }
      });
    }
    expect(found).toEqual([]);
  });
});
