/**
 * A real LSP client for the tests and the benchmark: spawns the built server (`node bin/rectlint.js lsp --stdio`)
 * and talks JSON-RPC to it over its stdin/stdout with vscode-languageserver-protocol.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = resolve(REPO_ROOT, 'bin/rectlint.js');

export const fileUri = (path: string) => pathToFileURL(path).href;

interface Waiter {
  matches: (params: PublishDiagnosticsParams) => boolean;
  resolve: (params: PublishDiagnosticsParams) => void;
}

export interface ClientOptions {
  cwd: string;
  initializationOptions?: Record<string, unknown>;
  capabilities?: ClientCapabilities;
}

export class LspClient {
  readonly connection: ProtocolConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  /** When each publication arrived (performance.now()), parallel to `published`. */
  readonly publishedTimes: number[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly stderr: string[] = [];
  /** What the server logged (window/logMessage), where it reports failures it survived. */
  readonly logs: string[] = [];
  readonly registrations: unknown[] = [];
  readonly exited: Promise<number | null>;
  private waiters: Waiter[] = [];
  private versions = new Map<string, number>();

  private constructor(private readonly child: ChildProcess) {
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    child.stderr!.on('data', (chunk) => this.stderr.push(String(chunk)));
    this.exited = new Promise((done) => child.on('exit', (code) => done(code)));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.publishedTimes.push(performance.now());
      this.waiters = this.waiters.filter((waiter) => (waiter.matches(params) ? (waiter.resolve(params), false) : true));
    });
    this.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      this.messages.push(params);
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
    });
    this.connection.onRequest('client/registerCapability', (params: unknown) => {
      this.registrations.push(params);
      return null;
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.listen();
  }

  static async start(options: ClientOptions): Promise<{ client: LspClient; initialize: InitializeResult }> {
    const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new LspClient(child);
    const capabilities: ClientCapabilities = options.capabilities ?? {
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true } },
      textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, completion: { completionItem: { snippetSupport: true } } },
    };
    const initialize = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: fileUri(options.cwd),
      workspaceFolders: [{ uri: fileUri(options.cwd), name: 'workspace' }],
      capabilities,
      initializationOptions: options.initializationOptions,
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return { client, initialize };
  }

  /** Resolves with the next publication for `uri` that satisfies `matches` (or the first of them already received after `since`). */
  diagnostics(uri: string, matches: (params: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<Diagnostic[]> {
    return new Promise((resolveWith, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr.join('')}; log: ${this.logs.join('\n')}`)), timeoutMs);
      this.waiters.push({
        matches: (params) => params.uri === uri && matches(params),
        resolve: (params) => {
          clearTimeout(timer);
          resolveWith(params.diagnostics);
        },
      });
    });
  }

  /** Opens a document and waits for its first diagnostics. */
  async open(uri: string, text: string, languageId = 'json', timeoutMs?: number): Promise<Diagnostic[]> {
    const published = this.diagnostics(uri, (p) => p.version === 1, timeoutMs);
    await this.openOnly(uri, text, languageId);
    return published;
  }

  async openOnly(uri: string, text: string, languageId = 'json'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends one incremental change and returns its version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** When the first publication for `uri` covering `version` (that version or a later one) arrived. */
  publishedAt(uri: string, version: number): number {
    const index = this.published.findIndex((p) => p.uri === uri && (p.version ?? 0) >= version);
    return index < 0 ? Number.NaN : this.publishedTimes[index];
  }

  /** The server's resident memory in MB (Linux), for the benchmark. */
  residentMegabytes(): number | undefined {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kilobytes = /VmRSS:\s+(\d+)/.exec(status)?.[1];
      return kilobytes ? Number(kilobytes) / 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  kill(): void {
    this.child.kill();
    this.connection.dispose();
  }
}
