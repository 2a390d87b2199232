/** Lints the chosen plan files on this thread or on worker threads, through the cache when asked. */
import { statSync } from 'node:fs';
import type { FileResult } from './file-result.js';
import type { LoadedConfig } from '../config/load-config.js';
import type { LocalizedText } from '../rule-kit/types.js';
import { cacheFileFor, LintCache, type CacheEntry } from './cache.js';
import { lintFile, type FileOutcome, type FileRunOptions } from './lint-file.js';
import { DEFAULT_RULE_TIMEOUT_SECONDS } from './rule-watch.js';
import { lintInWorkers, workerCount, workersAvailable, workOf } from './worker-pool.js';
import { isReportFile } from '../import/report-files.js';

export interface LintJob {
  file: string;
  config: LoadedConfig;
}

export interface JobsOptions extends FileRunOptions {
  concurrency?: number | 'auto';
  cacheLocation?: string;
  mergeCaches?: string[];
  onProgress?: (progress: { done: number; total: number; file?: string }) => void;
  onWarning?: (warning: LocalizedText) => void;
}

/** A file's size in bytes, 0 when it cannot be read (its error is reported when it is checked). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The budget of a rule on a file in milliseconds, or undefined for none (0). */
export function ruleBudgetMs(seconds: number | undefined): number | undefined {
  const budget = seconds ?? DEFAULT_RULE_TIMEOUT_SECONDS;
  return budget > 0 && Number.isFinite(budget) ? budget * 1000 : undefined;
}

export async function lintJobs(jobs: readonly LintJob[], options: JobsOptions): Promise<FileResult[]> {
  const { concurrency, cacheLocation, mergeCaches, onProgress, onWarning, ...fileOptions } = options;
  const cwd = fileOptions.cwd ?? process.cwd();
  const cache = fileOptions.cache ? await LintCache.open(await cacheFileFor(cacheLocation, cwd), onWarning) : undefined;
  for (const location of mergeCaches ?? []) cache?.absorb(await LintCache.open(await cacheFileFor(location, cwd), onWarning));
  const outcomes: FileOutcome[] = new Array(jobs.length);
  let done = 0;
  const record = (index: number, outcome: FileOutcome) => {
    outcomes[index] = outcome;
    onProgress?.({ done: ++done, total: jobs.length, file: jobs[index].file });
  };

  // auto weighs the work: only a run large enough pays for a worker's start.
  const work = concurrency === 'auto' ? workOf(jobs.map(({ file }) => ({ bytes: sizeOf(file), report: isReportFile(file) }))) : 0;
  const threads = workerCount(concurrency, { files: jobs.length, work });
  // Plugin code may never finish: with a plugin loaded, files are checked in watched threads (see rule-watch.ts).
  const budgetMs = jobs.some((job) => job.config.pluginFiles?.length) ? ruleBudgetMs(fileOptions.ruleTimeout) : undefined;
  if ((threads > 1 || budgetMs) && workersAvailable()) {
    const workerJobs = jobs.map(({ file }, index) => ({ index, file, previous: cache?.get(file) }));
    // `auto` counts this thread among its threads and lints on it too (not plugin code, which runs watched).
    const local = concurrency === 'auto' && !budgetMs ? (job: { index: number; previous?: CacheEntry }) => lintFile(jobs[job.index].file, jobs[job.index].config, fileOptions, job.previous) : undefined;
    await lintInWorkers(workerJobs, fileOptions, local ? threads - 1 : threads, record, { budgetMs, local });
  } else {
    for (const [index, { file, config }] of jobs.entries()) record(index, await lintFile(file, config, fileOptions, cache?.get(file)));
  }

  if (cache) {
    outcomes.forEach((outcome, index) => outcome.entry && cache.set(jobs[index].file, outcome.entry));
    await cache.save(onWarning);
  }
  return outcomes.map((outcome) => outcome.result);
}
