import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction, CompletionList, DocumentSymbol, Hover, TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { docUrl, placed } from './expected.js';
import { LspClient } from './lsp-client.js';
import { CORE_RULES_CONFIG, fixtureText, Workspace } from './workspace.js';

const PLAN = fixtureText('plan-with-gaps.json');
let cleanup: (() => void)[] = [];

afterEach(() => {
  for (const step of cleanup.reverse()) step();
  cleanup = [];
});

async function openPlan(text = PLAN) {
  const workspace = new Workspace({ 'plan.json': text, 'rectlint.config.json': CORE_RULES_CONFIG });
  const { client } = await LspClient.start({ cwd: workspace.root, initializationOptions: { asOf: '2023-01-16' } });
  cleanup.push(() => workspace.remove(), () => client.kill());
  const uri = workspace.uri('plan.json');
  const diagnostics = await client.open(uri, text);
  const request = <R>(method: string, params: object) => client.connection.sendRequest(method, { textDocument: { uri }, ...params }) as Promise<R>;
  return { client, uri, diagnostics, request };
}

const positionOf = (text: string, needle: string, delta = 0) => TextDocument.create('x', 'json', 1, text).positionAt(text.indexOf(needle) + delta);
const markdown = (hover: Hover | null) => (hover?.contents as { value: string }).value;

describe('rectlint lsp: editing plans', () => {
  it('hovers a finding with its rule doc, and a property with its schema title (zh) and description (en)', async () => {
    const { request, diagnostics } = await openPlan();
    const onFinding = markdown(await request<Hover>('textDocument/hover', { position: diagnostics[0].range.start }));
    expect(onFinding).toContain(`[\`require-cause-analysis\`](${docUrl('require-cause-analysis')})`);
    expect(onFinding).toContain('每个问题都有原因分析（Each problem has a cause analysis）');
    expect(onFinding).toContain('# require-cause-analysis');
    const onDeadline = await request<Hover>('textDocument/hover', { position: positionOf(PLAN, '"deadline": "2022-09-20"', 3) });
    expect(markdown(onDeadline)).toBe('整改时限\n\nThe deadline: an ISO date, or a marker 长期坚持 / 立行立改 / 持续整改\\.');
    expect(markdown(await request<Hover>('textDocument/hover', { position: positionOf(PLAN, '"responsibleLeader"', 3) }))).toContain('责任领导');
  });

  it('completes property names a problem does not have yet, and status values with their Chinese labels', async () => {
    const text = PLAN.replace('"feedback": "局党组', '"": 1,\n          "feedback": "局党组');
    const { request } = await openPlan(text);
    const names = await request<CompletionList>('textDocument/completion', { position: positionOf(text, '"": 1', 1) });
    const labels = names.items.map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['causes', 'responsiblePerson', 'evidence', 'progress']));
    expect(labels).not.toContain('status');
    expect(labels).not.toContain('responsibleLeader');
    const values = await request<CompletionList>('textDocument/completion', { position: positionOf(text, '"in-progress"', 1) });
    expect(values.items.map((item) => [item.label, item.detail])).toEqual(expect.arrayContaining([['"done"', '已完成（done）'], ['"postponed"', '申请延期（postponed）']]));
  });

  it('outlines the plan: its sections, each aspect with its problems (status and deadline as detail)', async () => {
    const { request } = await openPlan();
    const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', {});
    expect(symbols.map((s) => s.name)).toEqual(['巡察信息 inspection', '报告信息 report', '问题方面 aspects']);
    const [aspect] = symbols[2].children!;
    expect(aspect.name).toBe('1 贯彻落实上级决策部署有差距');
    expect(aspect.children!.map((p) => [p.name, p.detail])).toEqual([
      ['1.1 行政审批服务重视不够', '正在推进 · 2022-09-20'],
      ['1.2 “体外循环”问题整改不彻底', '已完成 · 2022-08-31'],
    ]);
    expect(aspect.children![0].selectionRange.start).toEqual(positionOf(PLAN, '{\n          "id": "1.1"'));
  });

  it('formats a plan', async () => {
    const minified = JSON.stringify(JSON.parse(PLAN));
    const { request } = await openPlan(minified);
    const edits = await request<TextEdit[]>('textDocument/formatting', { options: { tabSize: 2, insertSpaces: true } });
    const formatted = TextDocument.applyEdits(TextDocument.create('x', 'json', 1, minified), edits);
    expect(formatted).toBe(JSON.stringify(JSON.parse(PLAN), null, 2));
  });

  it('offers a skeleton for each missing field, in schema order with the file indentation; applied, the plan is re-checked', async () => {
    const { client, uri, diagnostics, request } = await openPlan();
    const actions = await request<CodeAction[]>('textDocument/codeAction', { range: diagnostics[0].range, context: { diagnostics } });
    expect(actions.map((a) => a.title)).toEqual([
      '插入“原因分析”骨架 (insert a causes skeleton)',
      '插入“责任领导”骨架 (insert a responsibleLeader skeleton)',
      '插入“佐证材料”骨架 (insert a evidence skeleton)',
    ]);
    const changes = actions.map((action) => (action.edit!.documentChanges as { textDocument: { version: number }; edits: TextEdit[] }[])[0]);
    expect(changes.map((change) => change.textDocument.version)).toEqual([1, 1, 1]);
    const apply = (edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create(uri, 'json', 1, PLAN), edits);
    expect(apply(changes[0].edits)).toContain('"feedback": "局党组对行政审批服务工作研究部署不多。",\n          "causes": [\n            ""\n          ],\n          "responsibleLeader": "党组成员');
    expect(apply(changes[1].edits)).toContain('"causes": ["部门思想重视不够。"],\n          "responsibleLeader": "",\n          "deadline": "2022-08-31"');
    expect(apply(changes[2].edits)).toContain('"completionDate": "2022-08-30",\n          "evidence": [\n            {\n              "type": "",\n              "title": ""\n            }\n          ]\n        }');
    // Each fix touches only its own lines, so all three apply together.
    const text = apply(changes.flatMap((change) => change.edits));
    expect(text.split('\n').length).toBe(PLAN.split('\n').length + 3 + 1 + 6);
    const next = client.diagnostics(uri, (p) => p.version === 2);
    await client.change(uri, [{ text }]);
    const after = await next;
    // The skeletons are there to be filled: empty text is still reported, now on the field itself.
    expect(placed(after).filter(([code]) => code !== 'schema')).toEqual([
      ['require-cause-analysis', 21, 10],
      ['require-responsible-leader', 35, 31],
    ]);
    expect(after.filter((d) => d.code === 'schema').map((d) => [d.range.start.line, d.message])).toEqual([
      [44, '“类型”（type）的值“”无效，应为：文件、会议纪要、台账、凭证、统计、照片、报告、其他'],
      [45, '“名称”（title）不能为空'],
    ]);
  });

  it('offers no fix where the field is present, and none for findings that are not about a missing field', async () => {
    const { request, diagnostics } = await openPlan();
    const withoutData = diagnostics.map(({ data: _data, ...rest }) => rest);
    expect(await request('textDocument/codeAction', { range: diagnostics[0].range, context: { diagnostics: withoutData } })).toEqual([]);
    const moved = diagnostics.map((d) => ({ ...d, data: { ...(d.data as object), path: ['aspects', 0, 'problems', 0, 'deadline'], ruleId: 'require-deadline' } }));
    expect(await request('textDocument/codeAction', { range: diagnostics[0].range, context: { diagnostics: moved } })).toEqual([]);
  });
});
