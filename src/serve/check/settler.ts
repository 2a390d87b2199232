/**
 * Sends rounds' batch phases to one long-lived thread, one at a time, and waits for each answer. Run from the
 * TypeScript sources (no compiled thread), the phase runs on this thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileResult } from '../../run/file-result.js';
import { settleRound, type SettleRequest } from './settle-round.js';

const SCRIPT = new URL('./settle-worker.js', import.meta.url);

type Reply = { id: number; results: FileResult[] } | { id: number; error: string };

export class Settler {
  private worker: Worker | undefined;
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (results: FileResult[]) => void; reject: (error: Error) => void }>();
  private readonly threaded = existsSync(fileURLToPath(SCRIPT));

  settle(request: SettleRequest): Promise<FileResult[]> {
    if (!this.threaded) return settleRound(request);
    const worker = this.thread();
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, request });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new Error('the workbench is stopping'));
    await worker?.terminate();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(SCRIPT);
    worker.on('message', (reply: Reply) => {
      const waiting = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.results);
    });
    const lost = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(error);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`the settling thread stopped with exit code ${code}`)));
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }
}
