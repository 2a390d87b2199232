/** Lints the chosen plan files on this thread or on worker threads, through the cache when asked. */
import type { FileResult } from './file-result.js';
import type { LoadedConfig } from '../config/load-config.js';
import type { LocalizedText } from '../rule-kit/types.js';
import { cacheFileFor, LintCache } from './cache.js';
import { lintFile, type FileOutcome, type FileRunOptions } from './lint-file.js';
import { lintInWorkers, workerCount, workersAvailable } from './worker-pool.js';

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

  const threads = workerCount(concurrency, jobs.length);
  if (threads > 1 && workersAvailable()) {
    const workerJobs = jobs.map(({ file }, index) => ({ index, file, previous: cache?.get(file) }));
    await lintInWorkers(workerJobs, fileOptions, threads, record);
  } else {
    for (const [index, { file, config }] of jobs.entries()) record(index, await lintFile(file, config, fileOptions, cache?.get(file)));
  }

  if (cache) {
    outcomes.forEach((outcome, index) => outcome.entry && cache.set(jobs[index].file, outcome.entry));
    await cache.save(onWarning);
  }
  return outcomes.map((outcome) => outcome.result);
}
