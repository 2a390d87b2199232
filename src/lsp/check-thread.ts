/**
 * The language server checks documents on a thread of its own, so that a long check (a huge plan, a slow plugin
 * rule) never holds up its other requests: hovers, outlines, formatting and the diagnostics already known are
 * answered meanwhile. The thread resolves configs as the server does and makes the same call, so the answer is
 * the one a check on the server's thread gives. A thread that fails is started again for the next check.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileResult } from '../run/file-result.js';
import type { Locale } from '../rule-kit/types.js';

export interface CheckThreadData {
  cwd: string;
  trusted: boolean;
}

export interface CheckRequest {
  id: number;
  text: string;
  filePath: string;
  locale: Locale;
  asOf?: string;
  /** The server's config generation: a new one has the thread load every config again. */
  generation: number;
}

export type CheckReply = { id: number; result: FileResult } | { id: number; error: string };

const SCRIPT = new URL('./check-worker.js', import.meta.url);

export class CheckThread {
  private worker?: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (result: FileResult) => void; reject: (error: Error) => void }>();

  constructor(private readonly data: CheckThreadData) {}

  /** Threads run the compiled files; run from the TypeScript sources (tests), checks stay on the server's thread. */
  static available(): boolean {
    return existsSync(fileURLToPath(SCRIPT));
  }

  check(request: Omit<CheckRequest, 'id'>): Promise<FileResult> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<FileResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id } satisfies CheckRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    const worker = new Worker(SCRIPT, { workerData: this.data satisfies CheckThreadData });
    // The server ends when its connection does, whatever the thread is doing.
    worker.unref();
    this.worker = worker;
    worker.on('message', (reply: CheckReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.result);
    });
    const lost = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`the check thread stopped with exit code ${code}`)));
    return worker;
  }
}
