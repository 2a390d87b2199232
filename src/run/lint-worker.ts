/**
 * A worker thread of `--concurrency` (and of a long-lived LintPool): it loads configurations itself (rules are code
 * and cannot be sent), then lints the batches of files the main thread hands it and posts each result back with its
 * position. A batch may carry its own run options (a pool serves runs with different ones); else the thread's.
 * Given a slot of shared memory (a run with plugins, see rule-watch.ts), it writes there which rule runs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigResolver } from './config-resolver.js';
import { lintFile, type FileRunOptions } from './lint-file.js';
import { SlotMonitor } from './rule-watch.js';
import type { WorkerBatch, WorkerData, WorkerReply } from './worker-pool.js';

const data = workerData as WorkerData | undefined;
const threadOptions = data?.options;
const monitor = data?.slot ? new SlotMonitor(data.slot, (number, ruleId) => parentPort!.postMessage({ rule: { number, ruleId } } satisfies WorkerReply)) : undefined;
/** One resolver per working directory and config file, so each config is loaded once per thread. */
const resolvers = new Map<string, ConfigResolver>();

function resolverFor(options: FileRunOptions): ConfigResolver {
  const key = `${options.cwd}\0${options.configFile ?? ''}`;
  let resolver = resolvers.get(key);
  if (!resolver) resolvers.set(key, (resolver = new ConfigResolver({ cwd: options.cwd!, configFile: options.configFile })));
  return resolver;
}

parentPort!.on('message', async (batch: WorkerBatch) => {
  let reply: WorkerReply;
  try {
    const options = batch.options ?? threadOptions!;
    const resolver = resolverFor(options);
    const outcomes = [];
    for (const job of batch.jobs) {
      const config = await resolver.forFile(job.file);
      monitor?.job(job.index);
      const { result, entry, planText } = await lintFile(job.file, config, options, job.previous, { monitor, stopped: job.stopped });
      monitor?.job(undefined);
      // A parsed plan is slow to copy between threads; its text is copied fast and parsed again over there
      // (the emptied property keeps its place, so the result's keys keep their order).
      if (result.plan !== undefined) result.plan = undefined;
      outcomes.push({ index: job.index, result, ...(entry ? { entry } : {}), ...(planText !== undefined ? { planText } : {}) });
    }
    reply = { outcomes };
  } catch (error) {
    reply = { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  parentPort!.postMessage(reply);
});

parentPort!.postMessage({ ready: true } satisfies WorkerReply);
