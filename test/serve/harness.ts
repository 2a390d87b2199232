/**
 * The workbench in-process: a fresh data folder, the store, the checker and the app, driven with `app.request()`
 * by a client that keeps its session cookie and sends the page's CSRF token as a browser would.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/serve/app.js';
import { Checker } from '../../src/serve/check/checker.js';
import type { ServeContext } from '../../src/serve/http/env.js';
import { openStore } from '../../src/serve/store/index.js';

export const TODAY = '2024-01-15';
export const HOST = '127.0.0.1:4321';

export interface HarnessOptions {
  password?: string;
  maxFileBytes?: number;
  maxRequestBytes?: number;
  configFile?: string;
  dataDir?: string;
}

export interface UploadFile {
  name: string;
  content: string | Uint8Array;
}

export class Client {
  cookie = '';
  csrf = '';

  constructor(private readonly harness: Harness) {}

  async request(path: string, init: RequestInit & { json?: boolean } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (!headers.has('host')) headers.set('host', HOST);
    if (this.cookie && !headers.has('cookie')) headers.set('cookie', this.cookie);
    if (init.json) headers.set('accept', 'application/json');
    const response = await this.harness.app.request(`http://${HOST}${path}`, { ...init, headers, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      if (pair.startsWith('rectlint_session=')) this.cookie = pair;
    }
    return response;
  }

  /** Opens a page and keeps its CSRF token, as a browser keeps the page it shows. */
  async page(path: string): Promise<{ status: number; html: string }> {
    const response = await this.request(path);
    const html = await response.text();
    const token = /<meta name="csrf-token" content="([^"]*)">/.exec(html);
    if (token) this.csrf = token[1];
    return { status: response.status, html };
  }

  /** Posts a form; `csrf: false` leaves the token out, `csrf: 'x'` sends a wrong one. */
  postForm(path: string, fields: Record<string, string>, options: { csrf?: boolean | string; json?: boolean; headers?: Record<string, string> } = {}): Promise<Response> {
    const body = new URLSearchParams(fields);
    if (options.csrf !== false) body.set('_csrf', typeof options.csrf === 'string' ? options.csrf : this.csrf);
    return this.request(path, { method: 'POST', body, json: options.json, headers: { 'content-type': 'application/x-www-form-urlencoded', ...options.headers } });
  }

  upload(roundId: number, files: readonly UploadFile[], options: { csrf?: boolean } = {}): Promise<Response> {
    const form = new FormData();
    for (const file of files) form.append('files', new Blob([typeof file.content === 'string' ? file.content : Buffer.from(file.content)]), file.name);
    const headers: Record<string, string> = options.csrf === false ? {} : { 'x-csrf-token': this.csrf };
    return this.request(`/rounds/${roundId}/files`, { method: 'POST', body: form, json: true, headers });
  }

  async createRound(name: string, asOf: string | null = '2023-11-30', config = 'rectlint:strict'): Promise<number> {
    if (!this.csrf) await this.page('/');
    const response = await this.postForm('/rounds', { name, asOfMode: asOf ? 'date' : 'report', asOf: asOf ?? '', config });
    if (response.status !== 303) throw new Error(`round not created: ${response.status} ${await response.text()}`);
    return Number(/\/rounds\/(\d+)$/.exec(response.headers.get('location')!)![1]);
  }
}

export interface Harness {
  app: ReturnType<typeof createApp>;
  context: ServeContext;
  dataDir: string;
  client(): Client;
  /** Resolves when every pending file is checked. */
  idle(): Promise<void>;
  close(): void;
}

export async function openHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'rectlint-serve-'));
  const store = await openStore(dataDir);
  const checker = new Checker(store, { workers: 1, today: () => TODAY });
  const context: ServeContext = {
    store,
    checker,
    settings: {
      version: 'test',
      ...(options.password !== undefined ? { password: options.password } : {}),
      ...(options.configFile ? { configFile: options.configFile } : {}),
      allowedHosts: new Set([HOST]),
      maxFileBytes: options.maxFileBytes ?? 1024 * 1024,
      maxRequestBytes: options.maxRequestBytes ?? 8 * 1024 * 1024,
    },
  };
  const harness: Harness = {
    app: createApp(context),
    context,
    dataDir,
    client: () => new Client(harness),
    idle: () => checker.idle(),
    close: () => {
      checker.stop();
      store.close();
    },
  };
  return harness;
}

/** What the store holds, to show a refused request changed nothing. */
export function counts(harness: Harness): Record<string, number> {
  const { db } = harness.context.store;
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return Object.fromEntries(['rounds', 'units', 'submissions', 'results', 'acceptances', 'comments', 'decisions', 'sessions'].map((t) => [t, count(t)]));
}

/** A JSON answer of the workbench, as the tests read it. */
export interface Answer {
  error: string;
  files: { file: string; status: string; reason?: string; message?: string; of?: number }[];
  total: number;
  pending: number;
}

export async function answer(response: Response): Promise<Answer> {
  return (await response.json()) as Answer;
}
