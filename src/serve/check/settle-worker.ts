/** The thread a round's batch phase runs on, so a large round's comparison never holds up a page. */
import { parentPort } from 'node:worker_threads';
import { settleRound, type SettleRequest } from './settle-round.js';

parentPort!.on('message', async ({ id, request }: { id: number; request: SettleRequest }) => {
  try {
    parentPort!.postMessage({ id, results: await settleRound(request) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
