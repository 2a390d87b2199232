import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CancellationTokenSource, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { largePlanText } from '../../bench/large-plan.js';
import { lintText } from '../../src/api.js';
import { loadConfig } from '../../src/config/load-config.js';
import { asLsp, comparable } from './expected.js';
import { REPO_ROOT } from './lsp-client.js';
import { CORE_RULES_CONFIG } from './workspace.js';
import { serveWorkspace } from './serve.js';

const JSON_TEST_SUITE = join(REPO_ROOT, '../shared/data/jsontestsuite');
const serve = (files: Record<string, string | object>) => serveWorkspace(files, { initializationOptions: { asOf: '2023-01-16' } });

/** The client's JSON-RPC error code, or 'ok' when the request was answered. */
const outcome = (request: Promise<unknown>) => request.then(() => 'ok', (error: { code?: number }) => error.code);

describe('rectlint lsp: robustness', () => {
  it('answers every request about a document it was never sent with an empty answer, and keeps serving', async () => {
    const { workspace, client } = await serve({});
    const textDocument = { uri: workspace.uri('never-opened.json') };
    const position = { line: 0, character: 0 };
    const range = { start: position, end: position };
    const request = (method: string, params: object = {}) => client.connection.sendRequest(method, { textDocument, ...params });
    expect(await request('textDocument/hover', { position })).toBeNull();
    expect(await request('textDocument/completion', { position })).toBeNull();
    expect(await request('textDocument/documentSymbol')).toEqual([]);
    expect(await request('textDocument/formatting', { options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
    expect(await request('textDocument/codeAction', { range, context: { diagnostics: [] } })).toEqual([]);
    expect(await request('textDocument/diagnostic')).toEqual({ kind: 'full', items: [] });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { ...textDocument, version: 3 }, contentChanges: [{ text: '{' }] });
    await client.connection.sendNotification('textDocument/didClose', { textDocument });
    expect(await client.shutdown()).toBe(0);
    expect(client.stderr.join('')).not.toMatch(/unhandled|TypeError|ReferenceError/i);
  });

  it('checks every JSONTestSuite input (valid, invalid, deep, odd) exactly as the CLI does, without crashing', async () => {
    const { workspace, client } = await serve({ 'rectlint.config.json': { ...CORE_RULES_CONFIG, files: ['**/*.json'] } });
    const config = await loadConfig(workspace.path('rectlint.config.json'));
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    let checked = 0;
    for (const name of readdirSync(JSON_TEST_SUITE).filter((file) => file.endsWith('.json'))) {
      let text: string;
      try {
        text = decoder.decode(readFileSync(join(JSON_TEST_SUITE, name)));
      } catch {
        continue; // Not UTF-8: an editor shows it decoded some other way, so there is no CLI answer to compare.
      }
      const uri = workspace.uri(`suite/${name}`);
      const diagnostics = await client.open(uri, text);
      const cli = asLsp(await lintText(text, { filePath: workspace.path(`suite/${name}`), config, asOf: '2023-01-16' }));
      // The core counts columns without a BOM; the editor's text keeps it, so its first line shifts by one.
      const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
      for (const d of cli) for (const end of [d.range.start, d.range.end]) if (end.line === 0) end.character += bom;
      expect(comparable(diagnostics), name).toEqual(cli);
      checked++;
    }
    expect(checked).toBeGreaterThan(280);
    expect(client.stderr.join('')).toBe('');
  }, 120_000);

  it('serves a 1 MB plan: the same findings as the core, edits, outline, hover, and cancellation', async () => {
    const text = largePlanText();
    const { workspace, client } = await serve({ 'rectlint.config.json': CORE_RULES_CONFIG });
    const uri = workspace.uri('large.json');
    const config = await loadConfig(workspace.path('rectlint.config.json'));
    const diagnostics = await client.open(uri, text);
    expect(Buffer.byteLength(text)).toBeGreaterThan(1_000_000);
    expect(comparable(diagnostics)).toEqual(asLsp(await lintText(text, { filePath: workspace.path('large.json'), config, asOf: '2023-01-16' })));
    // One problem in ten (5 of each aspect's 50) has no cause analysis.
    expect(diagnostics.filter((d) => d.code === 'require-cause-analysis').length).toBe(JSON.parse(text).aspects.length * 5);

    const firstCause = diagnostics[0].range.start;
    const next = client.diagnostics(uri, (p) => p.version === 2);
    await client.change(uri, [{ range: { start: firstCause, end: firstCause }, text: '' }, { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '  "x-edited": true,\n' }]);
    expect((await next).length).toBe(diagnostics.length);

    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols.find((s) => s.name.startsWith('问题方面'))!.children!.length).toBe(JSON.parse(text).aspects.length);

    const source = new CancellationTokenSource();
    const hover = outcome(client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 5 } }, source.token));
    source.cancel();
    expect(['ok', -32800]).toContain(await hover);
    expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 5 } })).not.toBeNull();
  }, 60_000);

  it('clears a closed document’s diagnostics, and exits with 0 after shutdown', async () => {
    const plan = '{ "$schema": "https://rectlint.dev/schemas/plan.schema.json" }';
    const { workspace, client } = await serve({});
    const uri = workspace.uri('plan.json');
    expect((await client.open(uri, plan)).length).toBeGreaterThan(0);
    const cleared = client.diagnostics(uri);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    expect(await cleared).toEqual([]);
    expect(await client.shutdown()).toBe(0);
  });
});
