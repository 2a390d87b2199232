/**
 * A baseline lets a unit adopt the gate gradually: `rectlint baseline` records today's findings in
 * rectlint-baseline.json (committed), and `check --baseline` then fails only on findings not recorded there.
 * Findings are matched by file, rule, problem id and JSON path (see finding-identity.ts), never by line, and
 * counted, so a second copy of a recorded finding is new.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { FileResult } from '../run/file-result.js';
import { CORE_RULE_IDS, type Diagnostic } from '../core/diagnostic.js';
import { judged } from '../core/verdict.js';
import { findingIdentity, identityKey, relativeFile, type FindingIdentity } from './finding-identity.js';
import { isObject } from '../rule-kit/helpers.js';

export const BASELINE_FILE_NAME = 'rectlint-baseline.json';
const FORMAT = 1;

/** Not adoptable: a file that cannot be read, a crash, or a suppression gone wrong must always show. */
const NEVER_BASELINED = new Set<string>([CORE_RULE_IDS.parse, CORE_RULE_IDS.ruleError, CORE_RULE_IDS.suppression]);

export interface BaselineEntry extends Omit<FindingIdentity, 'file'> {
  count: number;
}

export interface Baseline {
  /** Where the file is; entries' file names are relative to its directory. */
  file: string;
  /** File name → entries (a Map: a plan named `constructor` or `__proto__` is a name like any other). */
  files: Map<string, BaselineEntry[]>;
  /** Entries that were not baseline entries (null, text, a count that is no count…): ignored, and said once. */
  invalid: number;
}

export interface StaleEntry extends BaselineEntry {
  file: string;
  /** How many recorded findings no longer occur. */
  unmatched: number;
}

export class BaselineError extends Error {}

export async function readBaseline(file: string): Promise<Baseline> {
  let data: any;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在，请先运行 rectlint baseline (not found; run rectlint baseline first)' : `无法读取 (unreadable): ${(error as Error).message}`;
    throw new BaselineError(`${file}: ${why}`);
  }
  if (!isObject(data) || data.format !== FORMAT || !isObject(data.files)) throw new BaselineError(`${file}: 不是 rectlint 基线文件 (not a rectlint baseline, format ${FORMAT})`);
  const files = new Map<string, BaselineEntry[]>();
  let invalid = 0;
  for (const [name, entries] of Object.entries(data.files)) {
    if (!Array.isArray(entries)) {
      invalid++;
      continue;
    }
    const valid = entries.filter(isEntry);
    invalid += entries.length - valid.length;
    files.set(name, valid.map(({ ruleId, problemId, path, count }) => ({ ruleId, ...(problemId !== undefined ? { problemId } : {}), path, count })));
  }
  return { file, files, invalid };
}

/** An entry as `rectlint baseline` writes it; anything else in the file is ignored, never trusted. */
function isEntry(entry: unknown): entry is BaselineEntry {
  return (
    isObject(entry) && typeof entry.ruleId === 'string' && typeof entry.path === 'string' && (entry.problemId === undefined || typeof entry.problemId === 'string') &&
    typeof entry.count === 'number' && Number.isInteger(entry.count) && entry.count >= 1
  );
}

function adoptable(d: Diagnostic): boolean {
  return !NEVER_BASELINED.has(d.ruleId);
}

function entryKey(entry: Omit<FindingIdentity, 'file'>): string {
  return identityKey({ file: '', ...entry });
}

/** Today's findings as entries, per file relative to `baseDir`. */
function entriesOf(results: readonly FileResult[], baseDir: string): Map<string, BaselineEntry[]> {
  const files = new Map<string, BaselineEntry[]>();
  for (const result of results) {
    const counts = new Map<string, BaselineEntry>();
    for (const d of result.diagnostics.filter(adoptable)) {
      const { file: _file, ...identity } = findingIdentity(result.filePath, d, baseDir);
      const key = entryKey(identity);
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { ...identity, count: 1 });
    }
    if (counts.size > 0) files.set(relativeFile(result.filePath, baseDir), [...counts.values()]);
  }
  return files;
}

/** JSON with every object's keys sorted and entries in a fixed order, so the committed file diffs cleanly. */
function stableJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, item) => (item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : item),
    2,
  );
}

function byIdentity(a: BaselineEntry, b: BaselineEntry): number {
  const x = entryKey(a);
  const y = entryKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Writes the baseline for these results. Entries of files this run did not check are kept while the files
 * exist (so a baseline can be refreshed one folder at a time); entries of deleted files are dropped.
 */
export async function writeBaseline(file: string, results: readonly FileResult[], previous?: Baseline): Promise<{ entries: number; files: number }> {
  const baseDir = dirname(file);
  const files = entriesOf(results, baseDir);
  const checked = new Set(results.map((r) => relativeFile(r.filePath, baseDir)));
  for (const [name, entries] of previous?.files ?? []) {
    if (!checked.has(name) && existsSync(resolve(baseDir, name))) files.set(name, entries);
  }
  for (const entries of files.values()) entries.sort(byIdentity);
  const sorted = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  await writeFile(file, `${stableJson({ format: FORMAT, files: Object.fromEntries(sorted) })}\n`);
  return { entries: [...files.values()].reduce((n, list) => n + list.reduce((m, e) => m + e.count, 0), 0), files: files.size };
}

function recount(result: FileResult, diagnostics: Diagnostic[], moved: Diagnostic[]): FileResult {
  const count = (severity: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === severity).length;
  // Judged again on the findings that still count, against the same pass mark.
  return judged({
    ...result,
    diagnostics,
    suppressed: [...(result.suppressed ?? []), ...moved],
    errorCount: count('error'),
    warningCount: count('warn'),
    infoCount: count('info'),
  }, { minScore: result.verdict.passMark });
}

/**
 * Moves findings the baseline records into `suppressed` (kind `baseline`), so only new findings count, and
 * lists the entries no finding matched any more (their files were checked, or no longer exist).
 */
export function applyBaseline(results: readonly FileResult[], baseline: Baseline): { results: FileResult[]; stale: StaleEntry[] } {
  const baseDir = dirname(baseline.file);
  const stale: StaleEntry[] = [];
  const reason = relativeFile(baseline.file, baseDir);
  const checked = new Set<string>();
  const updated = results.map((result) => {
    const name = relativeFile(result.filePath, baseDir);
    checked.add(name);
    const remaining = new Map((baseline.files.get(name) ?? []).map((entry) => [entryKey(entry), { entry, left: entry.count }]));
    const kept: Diagnostic[] = [];
    const moved: Diagnostic[] = [];
    for (const d of result.diagnostics) {
      const { file: _file, ...identity } = findingIdentity(result.filePath, d, baseDir);
      const match = adoptable(d) ? remaining.get(entryKey(identity)) : undefined;
      if (match && match.left > 0) {
        match.left--;
        moved.push({ ...d, suppression: { kind: 'baseline', reason } });
      } else kept.push(d);
    }
    for (const { entry, left } of remaining.values()) if (left > 0) stale.push({ file: name, ...entry, unmatched: left });
    return moved.length > 0 ? recount(result, kept, moved) : result;
  });
  for (const [name, entries] of baseline.files) {
    if (!checked.has(name) && !existsSync(resolve(baseDir, name))) for (const entry of entries) stale.push({ file: name, ...entry, unmatched: entry.count });
  }
  return { results: updated, stale };
}
