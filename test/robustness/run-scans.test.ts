import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Regular expression literals and the string literals patterns are built from, as their source reads. */
const LITERALS = /\/((?:\\.|\[(?:\\.|[^\]\n])*\]|[^/\n[\\])+)\/[dgimsuvy]*|'((?:\\.|[^'\\\n])*)'/gu;
/** A character class repeated without bound: \d+, [一二三…]+, \s*, [。；\s]+, .{2,}. */
const UNBOUNDED_RUN = /(?:\\[dDsSwW]|\\[pP]\{[^}]*\}|\[(?:\\.|[^\]])*\]|\.)(?:[+*]|\{\d+,\})/gu;
/** Groups opened just before a place in a pattern: (  (?:  (?<name> */
const OPEN_GROUPS = /(?:\((?:\?:|\?<[A-Za-z]\w*>)?)+$/u;
/** Groups closed just after a place, then the end of the pattern or of an alternative. */
const ALTERNATIVE_END = /^\)*(?:\||$)/u;

/**
 * A run where the pattern or one of its alternatives begins (only groups opened before it), so any place may try
 * it, with more after it that may fail. An alternative that is the run alone (`/\d+/g`, `\S+|\s+`) matches
 * wherever it is tried, so it never scans a run twice.
 */
function runAtStart(source: string): string | undefined {
  for (const run of source.matchAll(UNBOUNDED_RUN)) {
    const before = source.slice(0, run.index).replace(OPEN_GROUPS, '');
    const atStart = before === '' || (before.endsWith('|') && !before.endsWith('\\|'));
    if (atStart && !ALTERNATIVE_END.test(source.slice(run.index + run[0].length))) return run[0];
  }
  return undefined;
}

/**
 * A pattern that may begin inside a run it repeats (`\d+元`, `[一二…十]+个月`, `[。\s]+$`, `\s*\n`) is tried from
 * each character of the run: on a run of 30 000 with nothing after it that the pattern wants, the run is scanned to
 * its end 30 000 times (seconds, for one line of a report). A look-behind (`(?<!\d)\d+`) lets only the run's first
 * character try; an anchored pattern (`^\d+`) tries once; what a text ends with is trimmed by `trimEndMatching`.
 */
describe('patterns that repeat a character class', () => {
  it('are tried from the start of a run only', () => {
    const found: string[] = [];
    for (const file of [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'rules'))]) {
      readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
        if (/^\s*(?:\/\/|\*)/u.test(line)) return;
        for (const match of line.matchAll(LITERALS)) {
          const source = match[1] ?? match[2].replace(/\\\\/gu, '\\');
          if (source.startsWith('^')) continue;
          const run = runAtStart(source);
          if (run) found.push(`${relative(ROOT, file)}:${index + 1}: ${run}`);
        }
      });
    }
    expect(found).toEqual([]);
  });
});
