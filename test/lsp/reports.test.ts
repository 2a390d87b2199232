import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction, Hover } from 'vscode-languageserver-protocol/node';
import { lintFiles } from '../../src/api.js';
import { asLsp, comparable } from './expected.js';
import { LspClient, REPO_ROOT } from './lsp-client.js';
import { Workspace } from './workspace.js';

const SEED = join(REPO_ROOT, '../shared/seeds/report-a.txt');
let cleanup: (() => void)[] = [];

afterEach(() => {
  for (const step of cleanup.reverse()) step();
  cleanup = [];
});

async function serve() {
  const workspace = new Workspace({});
  const { client } = await LspClient.start({ cwd: workspace.root, initializationOptions: { asOf: '2023-01-16' } });
  cleanup.push(() => workspace.remove(), () => client.kill());
  return { workspace, client };
}

describe('rectlint lsp: report text files', () => {
  it('imports a report (.txt) and puts every finding on the report’s own lines, exactly as `rectlint check` does', async () => {
    const { workspace, client } = await serve();
    const uri = workspace.uri('整改情况报告.txt');
    const diagnostics = await client.open(uri, readFileSync(SEED, 'utf8'), 'plaintext');
    const { results } = await lintFiles([SEED], { asOf: '2023-01-16' });
    expect(diagnostics.length).toBeGreaterThan(10);
    expect(comparable(diagnostics)).toEqual(asLsp(results[0]));
    expect(diagnostics.find((d) => d.code === 'declared-count')?.range.start).toEqual({ line: 5, character: 24 });

    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 25 } });
    expect((hover.contents as { value: string }).value).toContain('`declared-count`');
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } });
    expect(actions).toEqual([]);
  });

  it('imports an opened CSV ledger and puts each finding on its cell, as `rectlint check` does, naming the cell', async () => {
    const { workspace, client } = await serve();
    const csv = [
      '某局巡察整改台账',
      '序号,问题描述,整改措施,分管领导,完成期限,整改情况',
      '1,"会议记录不全","1.补齐会议记录\n2.建立归档制度",副局长 甲,2022年12月31日,正在推进。已补齐一半',
      '2,公车登记不规范,建立用车台账,副局长 乙,,已完成。台账已建立',
    ].join('\n');
    workspace.write('整改台账.csv', csv);
    const uri = workspace.uri('整改台账.csv');
    const diagnostics = await client.open(uri, csv, 'csv');
    const { results } = await lintFiles([workspace.path('整改台账.csv')], { asOf: '2023-01-16' });
    const cli = results[0].diagnostics;
    expect(diagnostics.map((d) => [d.code, d.range])).toEqual(asLsp(results[0]).map((d) => [d.code, d.range]));
    expect(diagnostics.map((d) => d.message)).toEqual(cli.map((d) => (d.range.place?.cell ? `${d.message} (${d.range.place.cell})` : d.message)));
    // The blank 完成期限 of problem 2: the empty field between its two commas, on the file's fifth line (the
    // quoted measures of problem 1 take two).
    const deadline = diagnostics.find((d) => d.code === 'require-deadline');
    expect([deadline?.range.start, deadline?.message]).toEqual([{ line: 4, character: 23 }, expect.stringMatching(/\(E4\)$/u)]);
    const overdue = diagnostics.find((d) => d.code === 'overdue');
    expect([overdue?.range.start, overdue?.message]).toEqual([{ line: 3, character: 16 }, expect.stringMatching(/\(E3\)$/u)]);
  });

  it('leaves text that is not a report alone (a README, notes)', async () => {
    const { workspace, client } = await serve();
    const uri = workspace.uri('README.md');
    await client.openOnly(uri, '# Notes\n\nNothing about rectification here.\n', 'markdown');
    expect(await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })).toEqual({ kind: 'full', resultId: expect.any(String), items: [] });
    expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } })).toBeNull();
    expect(client.published.filter((p) => p.uri === uri)).toEqual([]);
  });
});
