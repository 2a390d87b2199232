import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { ConfigError } from '../../src/config/config-error.js';
import { placed } from './expected.js';
import { LspClient } from './lsp-client.js';
import { CORE_RULES_CONFIG, fixtureText, Workspace } from './workspace.js';
import { serveWorkspace } from './serve.js';

const PLAN = fixtureText('plan-with-gaps.json');
const CHANGED = 2;
const serve = (files: Record<string, string | object>, initializationOptions: Record<string, unknown> = {}) =>
  serveWorkspace(files, { initializationOptions: { asOf: '2023-01-16', ...initializationOptions } });

const configChanged = (client: LspClient, workspace: Workspace) =>
  client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: workspace.uri('rectlint.config.json'), type: CHANGED }] });

describe('rectlint lsp: configuration', () => {
  it('watches rectlint.config.json and re-checks open plans when it changes', async () => {
    const { workspace, client } = await serve({ 'plan.json': PLAN, 'rectlint.config.json': CORE_RULES_CONFIG });
    const uri = workspace.uri('plan.json');
    expect((await client.open(uri, PLAN)).map((d) => d.code)).toEqual(['require-cause-analysis', 'require-responsible-leader', 'completed-requires-evidence']);
    expect(JSON.stringify(client.registrations)).toContain('"globPattern":"**/rectlint.config.json"');
    workspace.write('rectlint.config.json', { extends: [], rules: { ...CORE_RULES_CONFIG.rules, 'require-cause-analysis': 'off', 'completed-requires-evidence': 'warn' } });
    const next = client.diagnostics(uri);
    await configChanged(client, workspace);
    expect((await next).map((d) => [d.code, d.severity])).toEqual([
      ['require-responsible-leader', 1],
      ['completed-requires-evidence', 2],
    ]);
  });

  it('shows a broken config on the config file, where the CLI locates it, and keeps serving; fixing it clears it', async () => {
    const { workspace, client } = await serve({ 'plan.json': PLAN, 'rectlint.config.json': CORE_RULES_CONFIG });
    const uri = workspace.uri('plan.json');
    const configUri = workspace.uri('rectlint.config.json');
    await client.open(uri, PLAN);
    workspace.write('rectlint.config.json', '{\n  "rules": {\n    "require-cause-analysis": "eror"\n  }\n}\n');
    const expected = await loadConfig(workspace.path('rectlint.config.json')).then(
      () => undefined,
      (error: ConfigError) => error,
    );
    expect(expected).toBeInstanceOf(ConfigError);
    const onConfig = client.diagnostics(configUri);
    const onPlan = client.diagnostics(uri);
    await configChanged(client, workspace);
    const [configDiagnostic] = await onConfig;
    expect(configDiagnostic).toMatchObject({ code: 'config-error', severity: 1, message: expected!.detail });
    expect(configDiagnostic.range.start).toEqual({ line: expected!.line! - 1, character: expected!.column! - 1 });
    const [planDiagnostic] = await onPlan;
    expect(planDiagnostic.code).toBe('config-error');
    expect(planDiagnostic.relatedInformation?.[0].location.uri).toBe(configUri);

    const leader = PLAN.split('\n').findIndex((line) => line.includes('"responsibleLeader"'));
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: leader, character: 14 } });
    expect(JSON.stringify(hover)).toContain('责任领导');

    workspace.write('rectlint.config.json', CORE_RULES_CONFIG);
    const cleared = client.diagnostics(configUri);
    const rechecked = client.diagnostics(uri);
    await configChanged(client, workspace);
    expect(await cleared).toEqual([]);
    expect(placed(await rechecked).map(([code]) => code)).toEqual(['require-cause-analysis', 'require-responsible-leader', 'completed-requires-evidence']);
  });

  it('runs no plugin code in an untrusted workspace: built-in rules only, and a message says why', async () => {
    const config = { extends: [], plugins: ['./marker-plugin.mjs'], rules: { ...CORE_RULES_CONFIG.rules, 'always-flag-report': 'warn' } };
    const { workspace, client } = await serve({ 'plan.json': PLAN, 'rectlint.config.json': config, 'marker-plugin.mjs': fixtureText('marker-plugin.mjs') });
    const diagnostics = await client.open(workspace.uri('plan.json'), PLAN);
    expect(diagnostics.map((d) => d.code)).toEqual(['require-cause-analysis', 'require-responsible-leader', 'completed-requires-evidence']);
    expect(existsSync(workspace.path('plugin-was-loaded'))).toBe(false);
    expect(client.messages).toHaveLength(1);
    expect(client.messages[0].type).toBe(2);
    expect(client.messages[0].message).toContain('工作区未受信任');
    expect(client.messages[0].message).toContain('./marker-plugin.mjs');
    expect(client.messages[0].message).toContain('not trusted');
  });

  it('runs the plugins a trusted workspace names, linking their rules to the docs they give', async () => {
    const config = { extends: [], plugins: ['./marker-plugin.mjs'], rules: { ...CORE_RULES_CONFIG.rules, 'always-flag-report': 'warn' } };
    const files = { 'plan.json': PLAN, 'rectlint.config.json': config, 'marker-plugin.mjs': fixtureText('marker-plugin.mjs') };
    const { workspace, client } = await serve(files, { trusted: true });
    const diagnostics = await client.open(workspace.uri('plan.json'), PLAN);
    const flagged = diagnostics.find((d) => d.code === 'always-flag-report');
    expect(flagged).toMatchObject({ severity: 2, message: '插件规则已运行', codeDescription: { href: 'https://example.com/rules/always-flag-report' } });
    expect(flagged!.range.start).toEqual({ line: 7, character: 2 });
    expect(existsSync(workspace.path('plugin-was-loaded'))).toBe(true);
    expect(client.messages).toEqual([]);
  });
});
