import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { filesUnder } from './directory-files.js';

export interface FileTarget {
  file: string;
  /** Named on the command line (checked even if `files` would not pick it), or found in a directory. */
  explicit: boolean;
  /** The command-line patterns that name or reach it. */
  patterns: string[];
}

export interface ExpandedTargets {
  targets: FileTarget[];
  /** Patterns that matched nothing. */
  unmatched: string[];
}

/**
 * Turns command-line paths and globs into files: a file stands for itself, a directory for the plans in it
 * (decided later by each file's config), a glob for what it matches. Sorted, without repeats.
 */
export async function expandTargets(patterns: readonly string[], cwd: string): Promise<ExpandedTargets> {
  const targets = new Map<string, FileTarget>();
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    const info = await stat(absolute).catch(() => undefined);
    let found: FileTarget[];
    if (info?.isFile()) found = [{ file: absolute, explicit: true, patterns: [pattern] }];
    else if (info?.isDirectory()) {
      const files = await filesUnder(absolute);
      found = files.map((file) => ({ file: resolve(file), explicit: false, patterns: [pattern] }));
    } else {
      // fast-glob is loaded only for a pattern: it costs about 15 ms of a start.
      const fg = (await import('fast-glob')).default;
      const files = fg.isDynamicPattern(pattern) ? await fg(pattern, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] }) : [];
      found = files.map((file) => ({ file: resolve(file), explicit: false, patterns: [pattern] }));
      if (found.length === 0) unmatched.push(pattern);
    }
    for (const target of found) {
      const known = targets.get(target.file);
      if (!known) targets.set(target.file, target);
      else {
        known.patterns.push(pattern);
        known.explicit ||= target.explicit;
      }
    }
  }
  return { targets: [...targets.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)), unmatched };
}
