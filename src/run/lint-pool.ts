/**
 * Worker threads that stay up between runs, for a long-lived front end (the workbench) that checks a few files at a
 * time, often: starting a thread and loading the rules costs about as much as checking dozens of plans, so the
 * threads are started once (when first needed) and each run's batches carry their own options. Runs may overlap;
 * their batches share the threads in the order they came. `--concurrency` keeps its own threads per run
 * (worker-pool.ts), which a one-shot CLI run wants.
 */
import { Worker } from 'node:worker_threads';
import { planOf, type FileOutcome, type FileRunOptions } from './lint-file.js';
import { WORKER_SCRIPT, type WorkerBatch, type WorkerJob, type WorkerReply } from './worker-pool.js';

/** Files a thread is handed at a time: small, so overlapping runs take turns and results come as they are ready. */
const BATCH = 8;

interface QueuedBatch {
  batch: WorkerBatch;
  run: RunState;
}

interface RunState {
  left: number;
  onOutcome: (index: number, outcome: FileOutcome) => void;
  resolve: () => void;
  reject: (error: Error) => void;
  failed: boolean;
}

interface Thread {
  worker: Worker;
  current?: QueuedBatch;
}

export class LintPool {
  private readonly threads: Thread[] = [];
  private readonly queue: QueuedBatch[] = [];
  private closed = false;

  constructor(private readonly size: number) {}

  /** Lints the jobs with these options; `onOutcome` gets each result with its job's index as it comes. */
  run(jobs: readonly WorkerJob[], options: FileRunOptions, onOutcome: (index: number, outcome: FileOutcome) => void): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the lint pool is closed'));
    if (jobs.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const run: RunState = { left: 0, onOutcome, resolve, reject, failed: false };
      for (let i = 0; i < jobs.length; i += BATCH) {
        this.queue.push({ batch: { jobs: jobs.slice(i, i + BATCH), options }, run });
        run.left++;
      }
      this.pump();
    });
  }

  /** Ends the threads; runs still going are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const threads = this.threads.splice(0);
    for (const queued of this.queue.splice(0)) this.fail(queued.run, new Error('the lint pool was closed'));
    for (const thread of threads) if (thread.current) this.fail(thread.current.run, new Error('the lint pool was closed'));
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let thread = this.threads.find((t) => !t.current);
      if (!thread && this.threads.length < this.size) thread = this.start();
      if (!thread) return;
      const next = this.queue.shift()!;
      if (next.run.failed) continue;
      thread.current = next;
      thread.worker.postMessage(next.batch);
    }
  }

  private start(): Thread {
    const thread: Thread = { worker: new Worker(WORKER_SCRIPT) };
    this.threads.push(thread);
    thread.worker.on('message', (reply: WorkerReply) => {
      // Its threads are not watched (no slot), so they name no rules; a batch is posted at once, so `ready` changes nothing.
      if ('rule' in reply || 'ready' in reply) return;
      const done = thread.current!;
      thread.current = undefined;
      if ('error' in reply) this.fail(done.run, new Error(reply.error));
      else if (!done.run.failed) {
        for (const { index, planText, ...outcome } of reply.outcomes) {
          if (planText !== undefined) outcome.result.plan = planOf(planText) as FileOutcome['result']['plan'];
          done.run.onOutcome(index, outcome);
        }
        if (--done.run.left === 0) done.run.resolve();
      }
      this.pump();
    });
    const lost = (error: Error) => {
      // A thread that died takes its batch's run with it; the next run starts a new thread.
      const index = this.threads.indexOf(thread);
      if (index >= 0) this.threads.splice(index, 1);
      if (thread.current) this.fail(thread.current.run, error);
      thread.current = undefined;
      if (!this.closed) this.pump();
    };
    thread.worker.on('error', lost);
    thread.worker.on('exit', (code) => {
      if (this.threads.includes(thread)) lost(new Error(`a worker thread stopped with exit code ${code}`));
    });
    return thread;
  }

  private fail(run: RunState, error: Error): void {
    if (run.failed) return;
    run.failed = true;
    run.reject(error);
  }
}
