/**
 * `--concurrency N`: files are dealt to N worker threads in small batches as each finishes its last, and every
 * result is put back at its file's position, so the output is the single-threaded output, in the same order.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CacheEntry } from './cache.js';
import { planOf, type FileOutcome, type FileRunOptions } from './lint-file.js';

export interface WorkerJob {
  index: number;
  file: string;
  previous?: CacheEntry;
}

export interface WorkerBatch {
  jobs: WorkerJob[];
  /** The batch's run options, for a thread that serves runs with different ones (LintPool). */
  options?: FileRunOptions;
}

export type WorkerReply = { outcomes: (FileOutcome & { index: number })[] } | { error: string };

/** `auto` keeps at least this many files per worker: starting one costs about as much as linting a few dozen plans. */
const FILES_PER_AUTO_WORKER = 16;

/** The number of threads to use for `count` files: `auto` is the machine's parallelism, never more than the files. */
export function workerCount(concurrency: number | 'auto' | undefined, count: number): number {
  if (concurrency === 'auto') return Math.max(1, Math.min(availableParallelism(), Math.floor(count / FILES_PER_AUTO_WORKER)));
  return Math.max(1, Math.min(concurrency ?? 1, count));
}

export const WORKER_SCRIPT = new URL('./lint-worker.js', import.meta.url);

/** Workers run the compiled files; run from the TypeScript sources (tests), linting stays on this thread. */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_SCRIPT));
}

/** Small batches balance the threads; larger ones spare messages. Aim for about eight batches per worker. */
function batchSize(files: number, workers: number): number {
  return Math.max(1, Math.min(32, Math.ceil(files / (workers * 8))));
}

export async function lintInWorkers(
  jobs: readonly WorkerJob[],
  options: FileRunOptions,
  workers: number,
  onOutcome: (index: number, outcome: FileOutcome) => void,
): Promise<void> {
  const size = batchSize(jobs.length, workers);
  let next = 0;
  const threads: Worker[] = [];
  try {
    await new Promise<void>((resolvePool, rejectPool) => {
      /** Batches handed out and not yet answered, over all workers. */
      let outstanding = 0;
      const feed = (worker: Worker): void => {
        if (next >= jobs.length) return;
        worker.postMessage({ jobs: jobs.slice(next, next + size) } satisfies WorkerBatch);
        next += size;
        outstanding++;
      };
      for (let i = 0; i < workers; i++) {
        const worker = new Worker(WORKER_SCRIPT, { workerData: options });
        threads.push(worker);
        worker.on('message', (reply: WorkerReply) => {
          if ('error' in reply) return rejectPool(new Error(reply.error));
          outstanding--;
          feed(worker);
          for (const { index, planText, ...outcome } of reply.outcomes) {
            if (planText !== undefined) outcome.result.plan = planOf(planText) as FileOutcome['result']['plan'];
            onOutcome(index, outcome);
          }
          if (outstanding === 0) resolvePool();
        });
        worker.on('error', rejectPool);
        worker.on('exit', (code) => {
          if (code !== 0) rejectPool(new Error(`a worker thread stopped with exit code ${code}`));
        });
      }
      // Two batches each: while a worker lints one, the next is already queued, so it never waits for this
      // thread to read its answer and post more work.
      for (const worker of threads) feed(worker);
      for (const worker of threads) feed(worker);
      if (outstanding === 0) resolvePool();
    });
  } finally {
    await Promise.all(threads.map((worker) => worker.terminate()));
  }
}
