/**
 * A thread that runs one plugin's batch rule over its batch (see watched-batch.ts): it loads the configuration of a
 * member file itself (rules are code and cannot be sent), says it is ready, so that loading is not charged to the
 * rule's time, then runs the rule and posts its outcome (JSON: facts in, findings out).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runBatchRule } from '../core/batch.js';
import { ConfigResolver } from './config-resolver.js';
import type { BatchWorkerData, BatchWorkerReply } from './watched-batch.js';

const data = workerData as BatchWorkerData;
const post = (reply: BatchWorkerReply) => parentPort!.postMessage(reply);
try {
  const config = await new ConfigResolver({ cwd: data.cwd, configFile: data.configFile }).forFile(data.file);
  const rule = config.registry.get(data.ruleId);
  if (!rule) throw new Error(`the rule is not in the configuration of ${data.file}`);
  post({ ready: true });
  post({ outcome: runBatchRule({ rule, severity: data.severity, options: data.options, weight: data.weight }, data.members, data.asOf) });
} catch (error) {
  post({ error: error instanceof Error ? error.message : String(error) });
}
