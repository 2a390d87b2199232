/**
 * One plan file from disk to result, with the cache consulted in between. The same function runs on the main
 * thread and in each worker, so both give the same answer.
 */
import { readFileSync, statSync } from 'node:fs';
import { counted, crashed, unreadable, type FileResult } from './file-result.js';
import { lintWithConfig, settingsWithOverrides } from './lint-with-config.js';
import type { LintRunOptions } from './run-options.js';
import type { LoadedConfig } from '../config/load-config.js';
import { decodeUtf8 } from '../decode.js';
import type { Locale } from '../rule-kit/types.js';
import { isReportFile, notReadMessage } from '../import/report-files.js';
import { cacheKey, isFresh, toEntry, type CacheEntry } from './cache.js';
import { judged } from '../core/verdict.js';
import { planDocument } from '../core/lint.js';
import type { RuleMonitor, StoppedRule } from '../core/runner.js';
import { previousSource, readPrevious } from './previous-document.js';

/** Run options as they reach one file: plain data, so they can be sent to a worker. */
export interface FileRunOptions extends Omit<LintRunOptions, 'onProgress' | 'onWarning'> {
  today: string;
  locale: Locale;
  /** Keep `result.plan` (the parsed plan) for formats that print from it. */
  retainPlans: boolean;
  /** Keep the score's per-rule and per-problem tallies (a cache entry always keeps them). */
  retainScoreDetail: boolean;
  /** Compute cache keys and entries. */
  cache: boolean;
  /** Leave batch rules for the run's batch phase (see batch-phase.ts). */
  deferBatch?: boolean;
}

export interface FileOutcome {
  result: FileResult;
  /** The cache entry for the result, when caching. */
  entry?: CacheEntry;
  /** The plan's text, when `result.plan` is kept: a worker sends this rather than the parsed plan (see worker-pool). */
  planText?: string;
}

/**
 * Drops from a fresh result what no format of this run prints, since a run keeps every file's result until it
 * prints: the parsed plan, and the score's per-rule and per-problem tallies (kept for a cache entry).
 */
export function keepOnlyWhatIsPrinted(result: FileResult, options: FileRunOptions): void {
  if (!options.retainPlans) delete result.plan;
  if (!options.retainScoreDetail && !options.cache) {
    result.score.byRule = [];
    result.score.byProblem = [];
  }
}

export function planOf(text: string): unknown {
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/**
 * The largest file checked. A plan is read whole into a string and parsed; past this size the string alone nears
 * V8's longest (512 MiB of UTF-16), and parsing it would need more memory than the process has, which ends the
 * whole run. Such a file gets its own error and the others are checked.
 */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** A watchdog's part in one file's check: told which rule runs; the rules it stopped on the file before. */
export interface FileWatch {
  monitor?: RuleMonitor;
  stopped?: readonly StoppedRule[];
}

export async function lintFile(file: string, config: LoadedConfig, options: FileRunOptions, previous?: CacheEntry, watch: FileWatch = {}): Promise<FileOutcome> {
  let bytes: Uint8Array;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
      return { result: unreadable(file, { zh: `文件过大（${mb(size)} MB，上限 ${mb(MAX_FILE_BYTES)} MB），未检查`, en: `the file is too large to check (${mb(size)} MB; the limit is ${mb(MAX_FILE_BYTES)} MB)` }, options.locale, '', options.today, options) };
    }
    // Synchronous: linting is CPU-bound, and a thread-pool round trip per file costs more than the read.
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { result: unreadable(file, { zh: `无法读取文件：${code}`, en: `cannot read the file: ${code}` }, options.locale, '', options.today, options) };
  }
  try {
    const outcome = await lintBytes(file, bytes, config, options, previous, watch);
    // A rule stopped for its time is the machine's verdict as much as the file's: never cached.
    if (watch.stopped?.length && outcome.entry) delete outcome.entry;
    return outcome;
  } catch (error) {
    // A crash inside rectlint on one file is that file's internal error: the other files' results are kept.
    return { result: crashed(file, error, options) };
  }
}

/** A file's bytes to its result, as `lintFile` gives it: no file system, so it can be fed any bytes (tests, fuzzing). */
export async function lintBytes(file: string, bytes: Uint8Array, config: LoadedConfig, options: FileRunOptions, previous?: CacheEntry, watch: FileWatch = {}): Promise<FileOutcome> {
  // A type no reader takes (.xlsx, .pdf, .doc, …), or bytes that are not what the name says, is said so plainly.
  const notRead = notReadMessage(file, bytes);
  if (notRead) return { result: unreadable(file, notRead, options.locale, '', options.today, options) };
  // The importer loads only when a report is checked.
  if (isReportFile(file)) return (await import('./lint-report.js')).lintReportFile(file, bytes, config, options, watch);
  // The file's settings are part of its cache key; without a cache, lintWithConfig works them out itself.
  const key = options.cache ? await cacheKey(bytes, settingsWithOverrides(config, file, options.ruleOverrides), config, options) : undefined;
  if (key !== undefined && !watch.stopped?.length && isFresh(previous, key, options.today)) {
    // The verdict is judged again: the pass mark (--min-score) is not part of the key.
    const result: FileResult = judged({ filePath: file, ...previous.result }, options);
    // A fresh entry needs the text only for formats that print from the plan.
    const decoded = options.retainPlans && !result.fatal ? decodeUtf8(bytes) : undefined;
    if (decoded && 'text' in decoded) {
      result.plan = planOf(decoded.text) as FileResult['plan'];
      return { result, entry: previous, planText: decoded.text };
    }
    return { result, entry: previous };
  }
  const decoded = decodeUtf8(bytes);
  if ('error' in decoded) {
    const result = unreadable(file, decoded.error, options.locale, decoded.validPrefix, options.today, options);
    return { result, ...(key !== undefined ? { entry: toEntry(key, result, options) } : {}) };
  }
  const document = planDocument(decoded.text);
  const source = previousSource(file, document.value, options);
  const read = source ? await readPrevious(source, file) : undefined;
  const result = counted(file, lintWithConfig(document, file, config, options, { previous: read?.previous, deferBatch: options.deferBatch, ...watch }));
  keepOnlyWhatIsPrinted(result, options);
  const basis = source && read?.bytes ? { file: source.file, bytes: read.bytes } : undefined;
  return {
    result,
    ...(key !== undefined ? { entry: toEntry(key, result, options, basis) } : {}),
    ...(result.plan !== undefined ? { planText: decoded.text } : {}),
  };
}
