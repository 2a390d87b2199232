import { afterEach, describe, expect, it } from 'vitest';
import { MAX_EDITOR_DIAGNOSTICS } from '../../src/lsp/checker.js';
import { basePlan } from '../fixtures/base-plan.js';
import { LspClient } from '../lsp/lsp-client.js';
import { CORE_RULES_CONFIG, Workspace } from '../lsp/workspace.js';

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const step of cleanup.reverse()) step();
  cleanup = [];
});

async function serve(files: Record<string, string | object>) {
  const workspace = new Workspace(files);
  const { client } = await LspClient.start({ cwd: workspace.root, initializationOptions: { asOf: '2023-01-16' } });
  cleanup.push(() => workspace.remove(), () => client.kill());
  return { workspace, client };
}

const PLAN = { $schema: './node_modules/rectlint/schemas/plan.schema.json', ...basePlan() };

describe('rectlint lsp: request parameters are clamped', () => {
  it('formatting with a huge or absurd tabSize formats (at most 16 columns) and the server keeps serving', async () => {
    const { workspace, client } = await serve({ 'rectlint.config.json': CORE_RULES_CONFIG });
    const uri = workspace.uri('plan.json');
    await client.open(uri, JSON.stringify(PLAN));
    const format = (options: object) => client.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options }) as Promise<{ newText: string }[]>;
    for (const options of [{ tabSize: 1e9, insertSpaces: true }, { tabSize: -5, insertSpaces: true }, { tabSize: 'x', insertSpaces: 'no' }, {}]) {
      const edits = await format(options);
      expect(edits.length).toBeGreaterThan(0);
      expect(Math.max(...edits.map((e) => e.newText.length))).toBeLessThan(1000);
    }
    const range = { start: { line: -3, character: -1 }, end: { line: 1e9, character: 1e9 } };
    expect(await client.connection.sendRequest('textDocument/rangeFormatting', { textDocument: { uri }, range, options: { tabSize: 2, insertSpaces: true } })).not.toBeNull();
    expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1e9, character: -7 } })).toBeDefined();
    expect(await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 'a', character: null } })).toBeDefined();
    expect(await client.shutdown()).toBe(0);
    expect(client.stderr.join('')).not.toMatch(/abort|heap|TypeError/i);
  }, 60_000);

  it('a plan with 120 000 findings gets its diagnostics: the first 10 000 and one saying how many more', async () => {
    const plan: any = { ...PLAN, aspects: [{ id: '1', title: '方面', problems: Array.from({ length: 40_000 }, (_, i) => ({ id: `1.${i + 1}`, title: '问题', deadline: '2022-12-31' })) }] };
    const { workspace, client } = await serve({ 'rectlint.config.json': CORE_RULES_CONFIG });
    // A check of 40 000 problems: waited for generously, as a loaded machine may take long.
    const diagnostics = await client.open(workspace.uri('big.json'), JSON.stringify(plan, null, 1), 'json', 100_000);
    expect(diagnostics).toHaveLength(MAX_EDITOR_DIAGNOSTICS + 1);
    expect(diagnostics[MAX_EDITOR_DIAGNOSTICS].message).toBe('另有 110000 条审核发现未在此显示；rectlint check 列出全部');
  }, 120_000);
});
