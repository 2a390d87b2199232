/**
 * The language server's check thread (check-thread.ts): resolves a document's config as the server does and
 * checks the text with the same call (api.ts's lintText), one request at a time, in the order they came.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigResolver, lintText } from '../api.js';
import type { CheckReply, CheckRequest, CheckThreadData } from './check-thread.js';

const { cwd, trusted } = workerData as CheckThreadData;
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
    const result = await lintText(request.text, { filePath: request.filePath, config, locale: request.locale, ...(request.asOf !== undefined ? { asOf: request.asOf } : {}) });
    reply = { id: request.id, result };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
