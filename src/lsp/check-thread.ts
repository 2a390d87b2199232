/**
 * The language server checks documents on a thread of its own, so that a long check (a huge plan, a slow plugin
 * rule) never holds up its other requests: hovers, outlines, formatting and the diagnostics already known are
 * answered meanwhile. The thread resolves configs as the server does and makes the same call, so the answer is
 * the one a check on the server's thread gives. In a trusted workspace (plugins load) the thread is watched as
 * `rectlint check` watches its threads (run/rule-watch.ts): a rule over its time budget on a document has the
 * thread stopped and the document checked again without it, with one rule-error. A thread that fails is started
 * again for the next check.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { StoppedRule } from '../core/runner.js';
import type { FileResult } from '../run/file-result.js';
import { DEFAULT_RULE_TIMEOUT_SECONDS, newSlot, stoppedReason, Watchdog, type Stuck } from '../run/rule-watch.js';
import type { Locale } from '../rule-kit/types.js';

export interface CheckThreadData {
  cwd: string;
  trusted: boolean;
  slot?: Int32Array;
}

export interface CheckRequest {
  id: number;
  text: string;
  filePath: string;
  locale: Locale;
  asOf?: string;
  /** The server's config generation: a new one has the thread load every config again. */
  generation: number;
  /** Rules stopped on this document for their time: checked again without them. */
  stopped?: StoppedRule[];
}

export type CheckReply = { id: number; result: FileResult } | { id: number; error: string } | { rule: { number: number; ruleId: string } };

const SCRIPT = new URL('./check-worker.js', import.meta.url);

interface Pending {
  request: CheckRequest;
  resolve: (result: FileResult) => void;
  reject: (error: Error) => void;
}

export class CheckThread {
  private worker?: Worker;
  private nextId = 1;
  /** Requests posted and not answered, in the order posted: those of a stopped thread are posted again. */
  private readonly pending = new Map<number, Pending>();
  private readonly budgetMs = DEFAULT_RULE_TIMEOUT_SECONDS * 1000;
  private watchdog?: Watchdog<Worker>;

  constructor(private readonly options: { cwd: string; trusted: boolean }) {}

  /** Threads run the compiled files; run from the TypeScript sources (tests), checks stay on the server's thread. */
  static available(): boolean {
    return existsSync(fileURLToPath(SCRIPT));
  }

  check(request: Omit<CheckRequest, 'id'>): Promise<FileResult> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<FileResult>((resolve, reject) => {
      const full: CheckRequest = { ...request, id };
      this.pending.set(id, { request: full, resolve, reject });
      worker.postMessage(full);
    });
  }

  async close(): Promise<void> {
    this.watchdog?.stop();
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    // Plugins load only in a trusted workspace: only then may a rule never finish.
    const slot = this.options.trusted ? newSlot() : undefined;
    const worker = new Worker(SCRIPT, { workerData: { ...this.options, slot } satisfies CheckThreadData });
    // The server ends when its connection does, whatever the thread is doing.
    worker.unref();
    this.worker = worker;
    if (slot) {
      this.watchdog ??= new Watchdog<Worker>(this.budgetMs, (stuck, at) => this.stopped(stuck, at));
      this.watchdog.watch(worker, slot);
    }
    worker.on('message', (reply: CheckReply) => {
      if ('rule' in reply) return this.watchdog?.name(worker, reply.rule.number, reply.rule.ruleId);
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.result);
    });
    const lost = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.watchdog?.unwatch(worker);
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`the check thread stopped with exit code ${code}`)));
    return worker;
  }

  /** A rule over its budget: the thread is stopped, and its requests posted again to a new one, that one without the rule. */
  private stopped(worker: Worker, stuck: Stuck): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    void worker.terminate();
    const replacement = this.start();
    for (const pending of this.pending.values()) {
      if (pending.request.id === stuck.job) {
        const stop: StoppedRule = { ruleId: stuck.ruleId, node: stuck.node, reason: stoppedReason(this.budgetMs) };
        pending.request = { ...pending.request, stopped: [...(pending.request.stopped ?? []), stop] };
      }
      replacement.postMessage(pending.request);
    }
  }
}
