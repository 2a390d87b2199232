import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintFiles } from '../../src/api.js';
import { asLsp, comparable, docUrl, placed } from './expected.js';
import { CORE_RULES_CONFIG, fixtureText } from './workspace.js';
import { serveWorkspace } from './serve.js';

const AS_OF = '2023-01-16';
const PLAN = fixtureText('plan-with-gaps.json');
const serve = (files: Record<string, string | object>, initializationOptions: Record<string, unknown> = { asOf: AS_OF }, capabilities?: object) =>
  serveWorkspace(files, { initializationOptions, capabilities });

/** The position of the `occurrence`-th match of `needle` (plus `delta` characters). */
function positionOf(text: string, needle: string, delta = 0) {
  return TextDocument.create('x', 'json', 1, text).positionAt(text.indexOf(needle) + delta);
}

describe('rectlint lsp: diagnostics', () => {
  it('initializes: incremental sync, completion, hover, symbols, formatting, quick fixes; push mode advertises no pull', async () => {
    const { initialize } = await serve({});
    expect(initialize.serverInfo?.name).toBe('rectlint');
    expect(initialize.capabilities).toMatchObject({
      textDocumentSync: { openClose: true, change: 2 },
      hoverProvider: true,
      documentSymbolProvider: true,
      documentFormattingProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
    });
    expect(initialize.capabilities.completionProvider).toBeDefined();
    expect(initialize.capabilities.diagnosticProvider).toBeUndefined();
  });

  it('publishes on open exactly what the CLI reports for the same file: ids, severities, messages, ranges', async () => {
    const { workspace, client } = await serve({ 'plan.json': PLAN });
    const diagnostics = await client.open(workspace.uri('plan.json'), PLAN);
    const { results } = await lintFiles([workspace.path('plan.json')], { asOf: AS_OF, cwd: workspace.root });
    expect(diagnostics.length).toBeGreaterThanOrEqual(3);
    expect(comparable(diagnostics)).toEqual(asLsp(results[0]));
  });

  it('gives each finding its rule id as code, a link to the rule page, the severity and the path as data', async () => {
    const { workspace, client } = await serve({ 'plan.json': PLAN, 'rectlint.config.json': CORE_RULES_CONFIG });
    const diagnostics = await client.open(workspace.uri('plan.json'), PLAN);
    expect(placed(diagnostics)).toEqual([
      ['require-cause-analysis', 17, 8],
      ['require-responsible-leader', 28, 8],
      ['completed-requires-evidence', 36, 20],
    ]);
    expect(diagnostics[0]).toMatchObject({
      severity: 1,
      source: 'rectlint',
      message: '问题 1.1 缺少原因分析',
      codeDescription: { href: docUrl('require-cause-analysis') },
      // The problem's brace through its first member, `"id": "1.1"` on the next line.
      range: { start: { line: 17, character: 8 }, end: { line: 18, character: 21 } },
      data: { ruleId: 'require-cause-analysis', path: ['aspects', 0, 'problems', 0, 'causes'], messageId: 'missing' },
    });
    expect(diagnostics[2].range).toEqual({ start: { line: 36, character: 20 }, end: { line: 36, character: 26 } });
  });

  it('re-checks after an incremental edit and publishes the new version', async () => {
    const { workspace, client } = await serve({ 'plan.json': PLAN, 'rectlint.config.json': CORE_RULES_CONFIG });
    const uri = workspace.uri('plan.json');
    await client.open(uri, PLAN);
    const at = positionOf(PLAN, '"responsibleLeader": "党组成员');
    const next = client.diagnostics(uri, (p) => p.version === 2);
    await client.change(uri, [{ range: { start: at, end: at }, text: '"causes": ["局领导班子思想认识不足。"],\n          ' }]);
    const diagnostics = await next;
    expect(placed(diagnostics)).toEqual([
      ['require-responsible-leader', 29, 8],
      ['completed-requires-evidence', 37, 20],
    ]);
  });

  it('reports a syntax error where the CLI does, then the findings once it is fixed', async () => {
    const broken = PLAN.replace('"feedbackDate": "2022-06-20"', '"feedbackDate": "2022-06-20",');
    const { workspace, client } = await serve({ 'plan.json': broken, 'rectlint.config.json': CORE_RULES_CONFIG });
    const uri = workspace.uri('plan.json');
    const diagnostics = await client.open(uri, broken);
    const { results } = await lintFiles([workspace.path('plan.json')], { asOf: AS_OF, cwd: workspace.root });
    expect(comparable(diagnostics)).toEqual(asLsp(results[0]));
    const comma = positionOf(broken, '"2022-06-20",', 12);
    // At the trailing comma, not at the brace after it.
    expect(placed(diagnostics)).toEqual([['parse', comma.line, comma.character]]);
    const next = client.diagnostics(uri, (p) => p.version === 2);
    await client.change(uri, [{ range: { start: comma, end: { ...comma, character: comma.character + 1 } }, text: '' }]);
    expect((await next).map((d) => d.code)).toEqual(['require-cause-analysis', 'require-responsible-leader', 'completed-requires-evidence']);
  });

  it('coalesces a burst of edits and never publishes an older version after a newer one', async () => {
    const { workspace, client } = await serve({ 'plan.json': PLAN, 'rectlint.config.json': CORE_RULES_CONFIG });
    const uri = workspace.uri('plan.json');
    await client.open(uri, PLAN);
    const at = positionOf(PLAN, '行政审批服务重视不够');
    const edits = 40;
    const last = client.diagnostics(uri, (p) => p.version === edits + 1);
    for (let i = 0; i < edits; i++) await client.change(uri, [{ range: { start: at, end: at }, text: '改' }]);
    expect(placed(await last)).toEqual([
      ['require-cause-analysis', 17, 8],
      ['require-responsible-leader', 28, 8],
      ['completed-requires-evidence', 36, 20],
    ]);
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version!);
    expect(versions[0]).toBe(1);
    expect(versions.at(-1)).toBe(edits + 1);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.length).toBeLessThan(edits / 4);
  });

  it('serves pulls (textDocument/diagnostic) to clients that can pull, with the same findings, and "unchanged" when nothing changed', async () => {
    const capabilities = { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { diagnostics: { refreshSupport: true } } };
    const { workspace, client, initialize } = await serve({ 'plan.json': PLAN }, { asOf: AS_OF }, capabilities);
    expect(initialize.capabilities.diagnosticProvider).toEqual({ interFileDependencies: false, workspaceDiagnostics: false });
    const uri = workspace.uri('plan.json');
    await client.openOnly(uri, PLAN);
    const report = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as { kind: string; resultId: string; items: never[] };
    const { results } = await lintFiles([workspace.path('plan.json')], { asOf: AS_OF, cwd: workspace.root });
    expect(report.kind).toBe('full');
    expect(comparable(report.items)).toEqual(asLsp(results[0]));
    const again = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
    expect(again).toEqual({ kind: 'unchanged', resultId: report.resultId });
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '[' }]);
    const changed = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId }) as { kind: string; items: never[] };
    expect(changed.kind).toBe('full');
    expect(placed(changed.items)[0][0]).toBe('parse');
    expect(client.published.filter((p) => p.uri === uri)).toEqual([]);
  });

  it('leaves JSON files that are not plans alone (no $schema, no config picking them)', async () => {
    const { workspace, client } = await serve({ 'package-notes.json': '{ "name": "x" }' });
    const uri = workspace.uri('package-notes.json');
    await client.openOnly(uri, '{ "name": "x" }');
    const completion = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 2 } });
    expect(completion).toBeNull();
    expect(client.published.filter((p) => p.uri === uri)).toEqual([]);
  });
});
