/**
 * The language server's check thread (check-thread.ts): resolves a document's config as the server does and
 * checks the text with the same call (api.ts's lintText), one request at a time, in the order they came. Given a
 * slot (a trusted workspace, whose plugins may never finish), it writes there which rule runs (rule-watch.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigResolver, lintText } from '../api.js';
import { SlotMonitor } from '../run/rule-watch.js';
import type { CheckReply, CheckRequest, CheckThreadData } from './check-thread.js';

const { cwd, trusted, slot } = workerData as CheckThreadData;
const monitor = slot ? new SlotMonitor(slot, (number, ruleId) => parentPort!.postMessage({ rule: { number, ruleId } } satisfies CheckReply)) : undefined;
let resolver: ConfigResolver | undefined;
let generation = -1;

parentPort!.on('message', async (request: CheckRequest) => {
  let reply: CheckReply;
  try {
    // A config file changed (a new generation): every config is loaded again, as on the server's thread.
    if (!resolver || request.generation !== generation) {
      resolver = new ConfigResolver({ cwd, plugins: trusted });
      generation = request.generation;
    }
    const config = await resolver.forFile(request.filePath);
    monitor?.job(request.id);
    const result = await lintText(request.text, {
      filePath: request.filePath,
      config,
      locale: request.locale,
      ...(request.asOf !== undefined ? { asOf: request.asOf } : {}),
      watch: { monitor, stopped: request.stopped },
    });
    reply = { id: request.id, result };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  } finally {
    monitor?.job(undefined);
  }
  parentPort!.postMessage(reply);
});
