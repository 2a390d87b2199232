import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BROKEN_JSON, docxReport, planText, textReport, unitPlan } from './fixtures.js';
import { answer, counts, openHarness, type Client, type Harness } from './harness.js';

let harness: Harness;
let client: Client;

beforeEach(async () => {
  harness = await openHarness();
  client = harness.client();
  await client.page('/');
});
afterEach(() => harness.close());

describe('rounds', () => {
  it('creates a round from the form and shows its overview', async () => {
    const response = await client.postForm('/rounds', { name: '  2023年第二轮巡察整改审核  ', asOfMode: 'date', asOf: '2023-11-30', config: 'rectlint:strict' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/rounds/1');
    expect(harness.context.store.rounds.get(1)).toMatchObject({ name: '2023年第二轮巡察整改审核', asOf: '2023-11-30', config: 'rectlint:strict' });
    const page = await client.page('/rounds/1');
    expect(page.status).toBe(200);
    expect(page.html).toContain('<h1>2023年第二轮巡察整改审核</h1>');
    expect(page.html).toContain('检查基准日: 2023-11-30');
    expect((await client.page('/')).html).toContain('<a href="/rounds/1">2023年第二轮巡察整改审核</a>');
  });

  it('"the report\'s own date" stores no as-of date', async () => {
    expect(await client.createRound('以报告日期为准', null)).toBe(1);
    expect(harness.context.store.rounds.get(1)!.asOf).toBeNull();
  });

  it.each([
    ['no name', { name: '   ', asOfMode: 'report', config: 'rectlint:strict' }, '缺少必填项：name'],
    ['a bad date', { name: '轮次', asOfMode: 'date', asOf: '2023-02-30', config: 'rectlint:strict' }, '日期应为 YYYY-MM-DD'],
    ['an unknown config', { name: '轮次', asOfMode: 'report', config: './evil.json' }, 'config 的取值无效'],
    ['a config file the server was not given', { name: '轮次', asOfMode: 'report', config: 'file' }, 'config 的取值无效'],
    ['a name too long', { name: '长'.repeat(201), asOfMode: 'report', config: 'rectlint:strict' }, 'name 过长'],
  ])('refuses a round with %s and creates nothing', async (_, fields, message) => {
    const response = await client.postForm('/rounds', fields);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(message);
    expect(counts(harness).rounds).toBe(0);
    const json = await client.postForm('/rounds', fields, { json: true });
    expect(json.status).toBe(400);
    expect((await answer(json)).error).toContain(message);
  });

  it('refuses a change without the CSRF token, with a wrong one, or from another origin', async () => {
    const fields = { name: '轮次', asOfMode: 'report', config: 'rectlint:strict' };
    for (const response of [
      await client.postForm('/rounds', fields, { csrf: false }),
      await client.postForm('/rounds', fields, { csrf: 'forged' }),
      await client.postForm('/rounds', fields, { headers: { origin: 'https://evil.example' } }),
      await client.postForm('/rounds', fields, { headers: { origin: 'null' } }),
    ]) {
      expect(response.status).toBe(403);
    }
    // Another browser's token is not this one's.
    const other = harness.client();
    await other.page('/');
    expect((await client.postForm('/rounds', fields, { csrf: other.csrf })).status).toBe(403);
    expect(counts(harness).rounds).toBe(0);
    // The token of this session, from this origin, is accepted.
    expect((await client.postForm('/rounds', fields, { headers: { origin: 'http://127.0.0.1:4321' } })).status).toBe(303);
  });

  it('answers an unknown round, or an id that is not one, with 404', async () => {
    for (const path of ['/rounds/9', '/rounds/0', '/rounds/abc', '/rounds/1e3', '/rounds/9/progress', '/rounds/9/summary.xlsx', '/rounds/9/report.html']) {
      expect((await client.request(path)).status, path).toBe(404);
    }
  });
});

describe('upload', () => {
  it('takes json, txt and docx, files each under the unit the document names, and shows an unreadable file with why', async () => {
    const round = await client.createRound('轮次');
    const response = await client.upload(round, [
      { name: '甲局.json', content: planText(unitPlan('县水利局党组')) },
      { name: '乙局整改报告.txt', content: textReport('县林业局党组') },
      { name: '丙局整改报告.docx', content: await docxReport('县农业农村局党组') },
      { name: '损坏.json', content: BROKEN_JSON },
      { name: '甲局第二稿.json', content: planText(unitPlan('县水利局党组', 2)) },
    ]);
    expect(response.status).toBe(200);
    const answered = await answer(response);
    expect(answered.files.map((f) => [f.file, f.status])).toEqual([
      ['甲局.json', 'accepted'],
      ['乙局整改报告.txt', 'accepted'],
      ['丙局整改报告.docx', 'accepted'],
      ['损坏.json', 'accepted'],
      ['甲局第二稿.json', 'accepted'],
    ]);
    await harness.idle();
    const { submissions } = harness.context.store;
    expect(submissions.progress(round)).toEqual({ total: 5, pending: 0, failed: 0, unreadable: 1 });
    const units = submissions.latestByUnit(round).map((u) => [u.unit.name, u.version, u.latest.fileName]);
    expect(units).toEqual([
      ['县水利局党组', 2, '甲局第二稿.json'],
      ['县林业局党组', 1, '乙局整改报告.txt'],
      ['县农业农村局党组', 1, '丙局整改报告.docx'],
    ]);
    const [broken] = submissions.unfiled(round);
    expect(broken).toMatchObject({ fileName: '损坏.json', state: 'checked', readable: false });
    expect(broken.reason).toMatch(/\(4:3\)$/);

    const page = await client.page(`/rounds/${round}`);
    expect(page.html).toContain('县水利局党组</a><span class="file">甲局第二稿.json</span>');
    expect(page.html).toMatch(/<tr class="state-checked"><td><a href="\/rounds\/1\/files\/4">损坏\.json<\/a><\/td><td>无法读取<\/td><td class="reason">[^<]+\(4:3\)<\/td>/);
    // The charts of the HTML report.
    for (const id of ['chart-scores', 'chart-rules', 'chart-status', 'chart-timeline']) expect(page.html).toContain(`id="${id}"`);
  });

  it('refuses a type check does not read and an oversized file, with the reason, and keeps the rest', async () => {
    harness.close();
    harness = await openHarness({ maxFileBytes: 64 * 1024 });
    client = harness.client();
    const round = await client.createRound('轮次');
    const response = await client.upload(round, [
      { name: '台账.xls', content: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
      { name: '照片.png', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
      { name: '无扩展名', content: '{}' },
      { name: '太大.json', content: ' '.repeat(64 * 1024 + 1) },
      { name: '../../etc/甲局.json', content: planText(unitPlan('县水利局党组')) },
    ]);
    expect(response.status).toBe(200);
    const { files } = await answer(response);
    expect(files.map((f) => [f.file, f.status])).toEqual([
      ['台账.xls', 'rejected'],
      ['照片.png', 'rejected'],
      ['无扩展名', 'rejected'],
      ['太大.json', 'rejected'],
      ['甲局.json', 'accepted'],
    ]);
    expect(files[0].reason).toContain('Excel 97-2003 工作簿（.xls）');
    expect(files[2].reason).toContain('.json、.txt、.md、.docx');
    expect(files[3].reason).toContain('文件过大');
    expect(counts(harness).submissions).toBe(1);
  });

  it('answers 415 when no file is of a type that is read, 413 when all are too large, and stores nothing', async () => {
    harness.close();
    harness = await openHarness({ maxFileBytes: 1024 });
    client = harness.client();
    const round = await client.createRound('轮次');
    expect((await client.upload(round, [{ name: 'a.ofd', content: 'PK' }])).status).toBe(415);
    expect((await client.upload(round, [{ name: 'a.json', content: 'x'.repeat(2048) }])).status).toBe(413);
    expect(counts(harness).submissions).toBe(0);
  });

  it('refuses a request over the request limit before reading it, and a request with no file', async () => {
    harness.close();
    harness = await openHarness({ maxFileBytes: 1024 * 1024, maxRequestBytes: 64 * 1024 });
    client = harness.client();
    const round = await client.createRound('轮次');
    const big = await client.upload(round, [{ name: 'a.json', content: ' '.repeat(100 * 1024) }]);
    expect(big.status).toBe(413);
    expect((await answer(big)).error).toContain('请求过大');
    const none = await client.request(`/rounds/${round}/files`, { method: 'POST', body: new FormData(), json: true, headers: { 'x-csrf-token': client.csrf } });
    expect(none.status).toBe(400);
    expect(counts(harness).submissions).toBe(0);
  });

  it('stores nothing for an unknown round or without the CSRF token', async () => {
    const round = await client.createRound('轮次');
    const file = { name: '甲局.json', content: planText(unitPlan('县水利局党组')) };
    expect((await client.upload(99, [file])).status).toBe(404);
    expect((await client.upload(round, [file], { csrf: false })).status).toBe(403);
    expect(counts(harness).submissions).toBe(0);
  });

  it('the same file again is not a new version: it names the file already received', async () => {
    const round = await client.createRound('轮次');
    const file = { name: '甲局.json', content: planText(unitPlan('县水利局党组')) };
    await client.upload(round, [file]);
    const again = await answer(await client.upload(round, [{ ...file, name: '甲局（重发）.json' }]));
    expect(again.files[0]).toMatchObject({ status: 'duplicate', of: 1, message: '与已接收的“甲局.json”内容相同，未重复添加' });
    await harness.idle();
    expect(harness.context.store.submissions.latestByUnit(round).map((u) => u.version)).toEqual([1]);
  });

  it('reports progress while files wait for their check', async () => {
    const round = await client.createRound('轮次');
    await client.upload(round, [{ name: 'a.json', content: planText(unitPlan('甲')) }, { name: 'b.json', content: planText(unitPlan('乙')) }]);
    const before = await answer(await client.request(`/rounds/${round}/progress`, { json: true }));
    expect(before.total).toBe(2);
    await harness.idle();
    expect(await answer(await client.request(`/rounds/${round}/progress`, { json: true }))).toEqual({ total: 2, pending: 0, failed: 0, unreadable: 0, comparing: false });
  });
});
