/**
 * `--concurrency N`: files are dealt to N worker threads in small batches as each finishes its last, and every
 * result is put back at its file's position, so the output is the single-threaded output, in the same order.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CacheEntry } from './cache.js';
import type { StoppedRule } from '../core/runner.js';
import { planOf, type FileOutcome, type FileRunOptions } from './lint-file.js';
import { newSlot, stoppedReason, Watchdog, type Stuck } from './rule-watch.js';

export interface WorkerJob {
  index: number;
  file: string;
  previous?: CacheEntry;
  /** Rules stopped on this file for their time: checked again without them (see rule-watch.ts). */
  stopped?: StoppedRule[];
}

export interface WorkerBatch {
  jobs: WorkerJob[];
  /** The batch's run options, for a thread that serves runs with different ones (LintPool). */
  options?: FileRunOptions;
}

/** What a thread is started with: the run's options, and the slot where it writes which rule runs (a watched run). */
export interface WorkerData {
  options?: FileRunOptions;
  slot?: Int32Array;
}

export type WorkerReply =
  | { outcomes: (FileOutcome & { index: number })[] }
  | { error: string }
  | { rule: { number: number; ruleId: string } }
  /** Sent once, when the thread has loaded its code: until then it is given no files (see lintInWorkers). */
  | { ready: true };

/**
 * `auto` adds a worker for this much work (bytes of plans; see workOf): a worker's start and its code run cold cost
 * about 0.4 s of CPU. Measured on two idle cores, main thread and one worker against one thread, 40-problem plans:
 * 21 MB (200 plans) 1.15× the time, 42 MB 0.97×, 83 MB 0.83×.
 */
export const AUTO_WORK_PER_WORKER = 48 * 1024 * 1024;
/** A report's byte costs far more to check than a plan's (unzipping, reading, importing): counted this many times. */
const REPORT_WEIGHT = 20;

/** The work of checking files, as bytes of plan text: a plan's bytes, a report's bytes REPORT_WEIGHT times. */
export function workOf(files: readonly { bytes: number; report: boolean }[]): number {
  return files.reduce((sum, file) => sum + file.bytes * (file.report ? REPORT_WEIGHT : 1), 0);
}

/**
 * The number of threads to use for `files` files, never more than the files. `auto` lints on this thread too, from
 * the first file on, and adds a worker only for a core that is idle (the machine's load average says how many are
 * busy) and for each AUTO_WORK_PER_WORKER of `work`: on a busy machine, where another thread only competes for the
 * same cores, or for a run too small to pay for a worker's start, `auto` is one thread, so it is not slower.
 */
export function workerCount(concurrency: number | 'auto' | undefined, { files, work = 0 }: { files: number; work?: number }, machine: { cores: number; load: number } = { cores: availableParallelism(), load: loadavg()[0] }): number {
  if (concurrency === 'auto') {
    const idle = Math.floor(machine.cores - machine.load);
    return 1 + Math.max(0, Math.min(machine.cores - 1, files - 1, idle, Math.floor(work / AUTO_WORK_PER_WORKER)));
  }
  return Math.max(1, Math.min(concurrency ?? 1, files));
}

export const WORKER_SCRIPT = new URL('./lint-worker.js', import.meta.url);

/** Workers run the compiled files; run from the TypeScript sources (tests), linting stays on this thread. */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_SCRIPT));
}

/**
 * Small batches balance the threads; larger ones spare messages. Aim for about eight batches per thread, or 32 when
 * this thread lints too: the run ends when the last batch a worker holds is done, while this thread, out of files,
 * waits, so the batches a worker holds at the end should be short.
 */
function batchSize(files: number, threads: number, local: boolean): number {
  return Math.max(1, Math.min(32, Math.ceil(files / (threads * (local ? 32 : 8)))));
}

/**
 * Lints the jobs on `workers` threads. With `budgetMs` (a run with plugins), each thread is watched: a rule over
 * its budget on a file has its thread terminated, and the thread's files are checked again on a new one, that file
 * without the rule (see rule-watch.ts). With `local` (`--concurrency auto`, no plugin), this thread takes files
 * from the same queue too, one at a time between the workers' answers.
 */
export async function lintInWorkers(
  jobs: readonly WorkerJob[],
  options: FileRunOptions,
  workers: number,
  onOutcome: (index: number, outcome: FileOutcome) => void,
  { budgetMs, local }: { budgetMs?: number; local?: (job: WorkerJob) => Promise<FileOutcome> } = {},
): Promise<void> {
  // Watched threads take one file at a time, so a stopped thread loses little work.
  const size = budgetMs ? 1 : batchSize(jobs.length, workers + (local ? 1 : 0), Boolean(local));
  let next = 0;
  let answered = 0;
  /** Batches to hand out before the next new one: those of a thread that was stopped. */
  const again: WorkerJob[][] = [];
  const threads = new Set<Worker>();
  /** Each thread's batches handed out and not yet answered, oldest first. */
  const handedOut = new Map<Worker, WorkerJob[][]>();
  let watchdog: Watchdog<Worker> | undefined;
  try {
    await new Promise<void>((resolvePool, rejectPool) => {
      /** Batches handed out and not yet answered, over all workers. */
      let outstanding = 0;
      const settle = () => {
        if (answered === jobs.length && outstanding === 0) resolvePool();
      };
      const feed = (worker: Worker): void => {
        const batch = again.shift() ?? (next < jobs.length ? jobs.slice(next, (next += size)) : undefined);
        if (!batch) return;
        worker.postMessage({ jobs: batch } satisfies WorkerBatch);
        handedOut.get(worker)!.push(batch);
        outstanding++;
      };
      // Two batches: while a worker lints one, the next is already queued, so it never waits for this thread to
      // read its answer and post more work.
      const feedTwice = (worker: Worker): void => {
        feed(worker);
        feed(worker);
      };
      const start = (): Worker => {
        const slot = budgetMs ? newSlot() : undefined;
        const worker = new Worker(WORKER_SCRIPT, { workerData: { options, slot } satisfies WorkerData });
        threads.add(worker);
        handedOut.set(worker, []);
        if (slot) watchdog!.watch(worker, slot);
        worker.on('message', (reply: WorkerReply) => {
          if ('ready' in reply) return feedTwice(worker);
          if ('rule' in reply) return watchdog?.name(worker, reply.rule.number, reply.rule.ruleId);
          if ('error' in reply) return rejectPool(new Error(reply.error));
          outstanding--;
          handedOut.get(worker)!.shift();
          feed(worker);
          for (const { index, planText, ...outcome } of reply.outcomes) {
            if (planText !== undefined) outcome.result.plan = planOf(planText) as FileOutcome['result']['plan'];
            onOutcome(index, outcome);
            answered++;
          }
          settle();
        });
        worker.on('error', (error) => threads.has(worker) && rejectPool(error));
        worker.on('exit', (code) => {
          if (code !== 0 && threads.has(worker)) rejectPool(new Error(`a worker thread stopped with exit code ${code}`));
        });
        return worker;
      };
      const stop = (worker: Worker, stuck: Stuck): void => {
        threads.delete(worker);
        void worker.terminate();
        const lost = handedOut.get(worker) ?? [];
        handedOut.delete(worker);
        outstanding -= lost.length;
        const stopped: StoppedRule = { ruleId: stuck.ruleId, node: stuck.node, reason: stoppedReason(budgetMs!) };
        for (const batch of lost) again.push(batch.map((job) => (job.index === stuck.job ? { ...job, stopped: [...(job.stopped ?? []), stopped] } : job)));
        start();
      };
      if (budgetMs) watchdog = new Watchdog<Worker>(budgetMs, stop);
      // A thread gets files once it has loaded (it says `ready`), not before: files queued for a thread still
      // loading would wait there while this thread, or another, could check them, and the run would end late.
      for (let i = 0; i < workers; i++) start();
      // This thread starts at once, while the workers load, and yields to the event loop between files, so that a
      // worker's `ready` and answers are read: a file is linted synchronously, and awaiting it yields to promises only.
      if (local) {
        (async () => {
          while (next < jobs.length) {
            const job = jobs[next++];
            onOutcome(job.index, await local(job));
            answered++;
            await new Promise((resolveTurn) => setImmediate(resolveTurn));
          }
          settle();
        })().catch(rejectPool);
      }
      settle();
    });
  } finally {
    watchdog?.stop();
    const left = [...threads];
    threads.clear();
    await Promise.all(left.map((worker) => worker.terminate()));
  }
}
