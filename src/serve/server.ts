/**
 * Starting and stopping the workbench: the data folder opened, the app served on the address asked for, files
 * left pending by an earlier run (killed mid-upload, say) checked again.
 */
import type { AddressInfo } from 'node:net';
import { VERSION } from '../cli/version.js';
import { Checker } from './check/checker.js';
import { defaultWorkers } from './check/run-checks.js';
import { createApp } from './app.js';
import type { ServeContext } from './http/env.js';
import { localHosts } from './http/security.js';
import { isLoopback } from './hosts.js';
import { openStore } from './store/index.js';

export interface ServeOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  dataDir: string;
  password?: string;
  configFile?: string;
  maxFileBytes: number;
  workers?: number;
  /** The clock, for tests. */
  today?: () => string;
}

export interface RunningServer {
  url: string;
  context: ServeContext;
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const store = await openStore(options.dataDir);
  const checker = new Checker(store, { workers: options.workers ?? defaultWorkers(), ...(options.today ? { today: options.today } : {}) });
  const settings = {
    version: VERSION,
    ...(options.password !== undefined ? { password: options.password } : {}),
    ...(options.configFile ? { configFile: options.configFile } : {}),
    maxFileBytes: options.maxFileBytes,
    maxRequestBytes: Math.max(200 * 1024 * 1024, options.maxFileBytes * 10),
  };
  const context: ServeContext = { store, checker, settings };
  const app = createApp(context);
  const { createAdaptorServer } = await import('@hono/node-server');
  const server = createAdaptorServer({ fetch: app.fetch });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => resolve());
    });
  } catch (error) {
    store.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  // Local only: answer to local names alone, so a page elsewhere that points its own name here gets nothing.
  if (isLoopback(options.host)) context.settings.allowedHosts = new Set([...localHosts(port), `${options.host.toLowerCase()}:${port}`]);
  store.submissions.retryFailed();
  checker.wake();
  const shownHost = options.host.includes(':') && !options.host.startsWith('[') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shownHost}:${port}/`,
    context,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      // Checks still running are dropped, not waited for: their files are pending and are checked at the next start.
      checker.stop();
      store.close();
    },
  };
}
