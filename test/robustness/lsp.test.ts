import { describe, expect, it } from 'vitest';
import { MAX_EDITOR_DIAGNOSTICS } from '../../src/lsp/checker.js';
import { basePlan } from '../fixtures/base-plan.js';
import { CORE_RULES_CONFIG } from '../lsp/workspace.js';
import { serveWorkspace } from '../lsp/serve.js';

const serve = (files: Record<string, string | object>, initializationOptions: Record<string, unknown> = {}) =>
  serveWorkspace(files, { initializationOptions: { asOf: '2023-01-16', ...initializationOptions } });

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

  it('a long check holds up no other request: a hover and another document are answered while a big plan is checked', async () => {
    const { workspace, client } = await serve({ 'rectlint.config.json': CORE_RULES_CONFIG });
    const small = workspace.uri('plan.json');
    const smallPlan: any = { ...PLAN, aspects: [{ ...PLAN.aspects[0], problems: [{ ...PLAN.aspects[0].problems[0], causes: [] }] }] };
    const smallDiagnostics = await client.open(small, JSON.stringify(smallPlan, null, 2));
    expect(smallDiagnostics.map((d) => d.code)).toContain('require-cause-analysis');
    const at = smallDiagnostics.find((d) => d.code === 'require-cause-analysis')!.range.start;

    // A check of 40 000 problems takes seconds; meanwhile the server answers the small plan's requests.
    const big: any = { ...PLAN, aspects: [{ id: '1', title: '方面', problems: Array.from({ length: 40_000 }, (_, i) => ({ id: `1.${i + 1}`, title: '问题', deadline: '2022-12-31' })) }] };
    const events: string[] = [];
    const bigChecked = client.open(workspace.uri('big.json'), JSON.stringify(big, null, 1), 'json', 100_000).then((diagnostics) => events.push(`big: ${diagnostics.length}`));
    const hover = await client.connection.sendRequest<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: small }, position: at });
    events.push('hover');
    const outline = await client.connection.sendRequest<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: small } });
    events.push('outline');
    await bigChecked;
    expect(hover.contents.value).toContain('`require-cause-analysis`');
    expect(outline.length).toBeGreaterThan(0);
    expect(events).toEqual(['hover', 'outline', `big: ${MAX_EDITOR_DIAGNOSTICS + 1}`]);
  }, 120_000);

  it('a plugin rule that never finishes is stopped by its time budget: the document gets its diagnostics, one rule-error among them', async () => {
    const plugin = `export default { rules: [{ meta: { id: 'p/loop', type: 'problem', category: 'completeness', defaultSeverity: 'error', weight: 1, docs: { description: { zh: 'p', en: 'p' } }, messages: { m: { zh: 'm', en: 'm' } } }, create() { return { problem(problem) { if (String(problem.title).includes('无限')) for (;;) {} } }; } }] };\n`;
    const config = { ...CORE_RULES_CONFIG, plugins: ['./loop.mjs'], rules: { ...CORE_RULES_CONFIG.rules, 'p/loop': 'error' } };
    const { workspace, client } = await serve({ 'rectlint.config.json': config, 'loop.mjs': plugin }, { trusted: true });
    const looping: any = { ...PLAN, aspects: [{ ...PLAN.aspects[0], problems: [{ ...PLAN.aspects[0].problems[0], title: '无限期拖延的问题', causes: [] }] }] };
    const text = JSON.stringify(looping, null, 2);
    const diagnostics = await client.open(workspace.uri('plan.json'), text, 'json', 100_000);
    const stopped = diagnostics.filter((d) => d.code === 'rule-error');
    expect(stopped.map((d) => d.message)).toEqual(['规则 p/loop 运行出错：did not finish within 10 s on this file (the time budget of a rule, --rule-timeout); it was stopped']);
    // On the problem it was stuck in; the other rules' findings are there.
    expect(stopped[0].range.start.line).toBe(text.split('\n').findIndex((line) => line.includes('"id": "1.1"')) - 1);
    expect(diagnostics.map((d) => d.code)).toContain('require-cause-analysis');
    // The server goes on checking: another document gets its diagnostics.
    const other = await client.open(workspace.uri('other.json'), JSON.stringify(PLAN, null, 2), 'json', 100_000);
    expect(other.filter((d) => d.code === 'rule-error')).toEqual([]);
  }, 180_000);
});
