import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/api.js';
import { docxReport, hostilePlan, planText, textReport, unitPlan, xlsxLedger } from './fixtures.js';
import { counts, openHarness, type Client, type Harness } from './harness.js';

let harness: Harness;
let client: Client;
let round: number;
/** Unit ids by name. */
const units = new Map<string, number>();

beforeAll(async () => {
  harness = await openHarness();
  client = harness.client();
  round = await client.createRound('第二轮巡察整改审核');
  await client.upload(round, [
    { name: '水利局整改情况报告.json', content: planText(unitPlan('县水利局党组')) },
    { name: '林业局.txt', content: textReport('县林业局党组') },
    { name: '农业局.docx', content: await docxReport('县农业农村局党组') },
  ]);
  await harness.idle();
  for (const { unit } of harness.context.store.submissions.latestByUnit(round)) units.set(unit.name, unit.id);
});
afterAll(() => harness.close());

const unitPath = (name: string) => `/rounds/${round}/units/${units.get(name)}`;

describe('a file gets exactly the findings rectlint check gives', () => {
  it('for a plan, a text report and a Word report, with the round\'s config and as-of date', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rectlint-same-'));
    const config = join(folder, 'strict.json');
    writeFileSync(config, JSON.stringify({ extends: 'rectlint:strict' }));
    for (const latest of harness.context.store.submissions.latestByUnit(round).map((u) => u.latest)) {
      const file = join(folder, latest.fileName);
      writeFileSync(file, await harness.context.store.blobs.read(latest));
      const [cli] = (await lintFiles([file], { configFile: config, asOf: '2023-11-30', cwd: folder })).results;
      const stored = harness.context.store.results.get(latest.id, 'zh-CN')!;
      expect(stored.diagnostics, latest.fileName).toEqual(cli.diagnostics);
      expect(stored.score.score).toBe(cli.score.score);
      expect(stored.verdict).toEqual(cli.verdict);
    }
  });
});

describe('the unit view', () => {
  it('shows the document with each finding marked on its line and listed beside it', async () => {
    const page = await client.page(unitPath('县水利局党组'));
    expect(page.status).toBe(200);
    const result = harness.context.store.results.get(1, 'zh-CN')!;
    const cause = result.diagnostics.findIndex((d) => d.ruleId === 'require-cause-analysis');
    const finding = result.diagnostics[cause];
    expect(finding.problemId).toBe('2.1');
    const line = finding.range.start.line;
    // The line is flagged, its gutter links to the finding, and the finding links back to the line.
    expect(page.html).toMatch(new RegExp(`<tr id="L${line}" class="flagged sev-error"><th class="ln" scope="row"><a href="#L${line}">${line}</a></th><td class="gutter"><a class="fnum sev-error" href="#F${cause + 1}">${cause + 1}</a>`));
    expect(page.html).toContain(`<li id="F${cause + 1}" class="finding sev-error"`);
    expect(page.html).toContain(`<a href="#L${line}">第 ${line} 行第 ${finding.range.start.column} 列</a> · 问题 2.1`);
    // The 台账 with the texts a reviewer reads.
    expect(page.html).toContain('<td class="title">专题研究党风廉政建设次数偏少</td><td><ol class="texts"><li>党组对主体责任认识不深，重业务轻党建</li></ol></td>');
    expect(page.html).toContain('echo &#39;{&quot;extends&quot;:&quot;rectlint:strict&quot;}&#39; &gt; strict.json &amp;&amp; rectlint check --config strict.json --as-of 2023-11-30 &#39;水利局整改情况报告.json&#39;');
  });

  it('shows a Word report as the reader read it, findings on its paragraphs', async () => {
    const page = await client.page(unitPath('县农业农村局党组'));
    expect(page.status).toBe(200);
    // One paragraph a line, as the check numbers them (marks aside).
    const document = /<table class="source">([\s\S]*?)<\/table><\/div>/.exec(page.html)![1];
    const lines = [...document.matchAll(/<tr id="L(\d+)"[^>]*>.*?<td class="code">(.*?)<\/td><\/tr>/g)].map((m) => [Number(m[1]), m[2].replace(/<[^>]+>/g, '')]);
    expect(lines[0]).toEqual([1, '中共县农业农村局党组关于县委巡察组反馈意见整改进展情况的报告']);
    expect(lines[1]).toEqual([2, '2023年4月10日至5月31日，县委第一巡察组对县农业农村局党组进行了常规巡察，并于2023年7月5日反馈了巡察意见。现将整改进展情况报告如下。']);
    const latest = harness.context.store.submissions.versions(units.get('县农业农村局党组')!).at(-1)!;
    const result = harness.context.store.results.get(latest.id, 'zh-CN')!;
    expect(result.diagnostics.length).toBeGreaterThan(0);
    for (const d of result.diagnostics) expect(page.html).toContain(`<tr id="L${d.range.start.line}" class="flagged`);
  });

  it('shows an Excel 台账 as its sheet, each finding at its cell', async () => {
    await client.upload(round, [{ name: '统计局整改台账.xlsx', content: await xlsxLedger('县统计局党组') }]);
    await harness.idle();
    const row = harness.context.store.submissions.latestByUnit(round).find((u) => u.latest.fileName === '统计局整改台账.xlsx')!;
    const page = (await client.page(`/rounds/${round}/units/${row.unit.id}`)).html;
    const table = /<table class="doc-table">([\s\S]*?)<\/table>/.exec(page)![1];
    expect(table).toContain('修订会议记录规范，逐月检查');
    expect(table).toContain('colspan="7"');
    const result = (await harness.context.checker.judgements.shown(row.latest, 'zh-CN'))!;
    const atCell = result.diagnostics.filter((d) => d.range.place?.cell);
    expect(atCell.length).toBeGreaterThan(0);
    for (const d of atCell) expect(page).toContain(`${d.range.place!.sheet}!${d.range.place!.cell}`);
  });

  it('answers an unknown unit, a unit of another round, or a version it does not have with 404', async () => {
    const other = await client.createRound('另一轮');
    for (const path of [`/rounds/${round}/units/99`, `/rounds/${other}/units/${units.get('县水利局党组')}`, `${unitPath('县水利局党组')}?v=2`, `${unitPath('县水利局党组')}?v=0`, `${unitPath('县水利局党组')}?v=x`, `/rounds/${round}/files/99`]) {
      expect((await client.request(path)).status, path).toBe(404);
    }
  });

  it('shows the page in English after the switch, findings worded in English', async () => {
    const english = harness.client();
    english.cookie = client.cookie;
    const switched = await english.request(`/lang/en?back=${encodeURIComponent(unitPath('县水利局党组'))}`);
    expect(switched.status).toBe(303);
    expect(switched.headers.get('location')).toBe(unitPath('县水利局党组'));
    const cookie = /rectlint_lang=en/.exec(switched.headers.get('set-cookie') ?? '')![0];
    const page = await english.request(unitPath('县水利局党组'), { headers: { cookie: `${english.cookie}; ${cookie}` } });
    const html = await page.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('problem 2.1 has no cause analysis');
    // The switch never sends a browser elsewhere.
    expect((await english.request('/lang/en?back=//evil.example/x')).headers.get('location')).toBe('/');
  });
});

describe('the review', () => {
  const finding = (name: string, rule: string) => {
    const latest = harness.context.store.submissions.versions(units.get(name)!).at(-1)!;
    const result = harness.context.store.results.get(latest.id, 'zh-CN')!;
    const page = result.diagnostics.findIndex((d) => d.ruleId === rule);
    return { latest, index: page };
  };
  const keyOf = async (name: string, rule: string) => {
    const { index } = finding(name, rule);
    const html = (await client.page(unitPath(name))).html;
    return new RegExp(`<li id="F${index + 1}" [^>]*data-key="([^"]+)"`).exec(html)![1].replace(/&quot;/g, '"');
  };

  it('accepts a finding with a reason, shows it accepted, and never touches the file', async () => {
    const { latest } = finding('县水利局党组', 'completed-requires-evidence');
    const key = await keyOf('县水利局党组', 'completed-requires-evidence');
    const bytes = await harness.context.store.blobs.read(latest);
    const response = await client.postForm(`${unitPath('县水利局党组')}/acceptances`, { version: String(latest.id), finding: key, reason: '佐证材料已另行报送巡察办' });
    expect(response.status).toBe(303);
    expect(harness.context.store.reviews.acceptances(units.get('县水利局党组')!)).toMatchObject([{ reason: '佐证材料已另行报送巡察办', ruleId: 'completed-requires-evidence' }]);
    expect((await client.page(unitPath('县水利局党组'))).html).toContain('<b>已认可</b> (v1): 佐证材料已另行报送巡察办');
    expect(await harness.context.store.blobs.read(latest)).toEqual(bytes);
  });

  it('refuses an acceptance of a finding the version does not have, without a reason, for another unit\'s version, or without CSRF', async () => {
    const { latest } = finding('县水利局党组', 'require-cause-analysis');
    const key = await keyOf('县水利局党组', 'require-cause-analysis');
    const other = harness.context.store.submissions.versions(units.get('县林业局党组')!)[0];
    const before = counts(harness);
    const path = `${unitPath('县水利局党组')}/acceptances`;
    expect((await client.postForm(path, { version: String(latest.id), finding: '["","nosuch",null,""]', reason: '理由' })).status).toBe(400);
    expect((await client.postForm(path, { version: String(latest.id), finding: key, reason: '  ' })).status).toBe(400);
    expect((await client.postForm(path, { version: String(other.id), finding: key, reason: '理由' })).status).toBe(400);
    expect((await client.postForm(path, { version: 'abc', finding: key, reason: '理由' })).status).toBe(400);
    expect((await client.postForm(path, { version: String(latest.id), finding: key, reason: '理由' }, { csrf: false })).status).toBe(403);
    expect((await client.postForm(path, { version: String(latest.id), finding: key, reason: '理'.repeat(2001) })).status).toBe(400);
    expect((await client.postForm(`/rounds/${round}/units/99/acceptances`, { version: String(latest.id), finding: key, reason: '理由' })).status).toBe(404);
    expect(counts(harness)).toEqual(before);
  });

  it('comments on the unit and on a finding, and decides 退回修改 with an opinion', async () => {
    const { latest } = finding('县水利局党组', 'require-cause-analysis');
    const key = await keyOf('县水利局党组', 'require-cause-analysis');
    const path = unitPath('县水利局党组');
    expect((await client.postForm(`${path}/comments`, { version: String(latest.id), body: '请补充问题2.1的原因分析，从思想、制度、监督三方面剖析' , finding: key })).status).toBe(303);
    expect((await client.postForm(`${path}/comments`, { version: String(latest.id), body: '总体进度滞后，请加快推进' })).status).toBe(303);
    expect((await client.postForm(`${path}/decision`, { version: String(latest.id), decision: 'returned', opinion: '原因分析不全，退回修改后重新报送' })).status).toBe(303);
    const page = (await client.page(path)).html;
    expect(page).toContain('<p class="finding-comment">请补充问题2.1的原因分析，从思想、制度、监督三方面剖析');
    expect(page).toContain('<span class="badge review-returned">退回修改</span>');
    const overview = (await client.page(`/rounds/${round}`)).html;
    expect(overview).toMatch(/<tr data-review="returned" data-verdict="returned"[^>]*data-search="县水利局党组 /);
  });

  it('refuses a decision that is neither, one without an opinion, and a comment on no finding of the version', async () => {
    const { latest } = finding('县水利局党组', 'require-cause-analysis');
    const before = counts(harness);
    const path = unitPath('县水利局党组');
    expect((await client.postForm(`${path}/decision`, { version: String(latest.id), decision: 'maybe', opinion: '意见' })).status).toBe(400);
    expect((await client.postForm(`${path}/decision`, { version: String(latest.id), decision: 'passed', opinion: '' })).status).toBe(400);
    expect((await client.postForm(`${path}/comments`, { version: String(latest.id), body: '评论', finding: 'nosuch' })).status).toBe(400);
    expect((await client.postForm(`${path}/comments`, { version: String(latest.id), body: '' })).status).toBe(400);
    expect(counts(harness)).toEqual(before);
  });
});

describe('versions', () => {
  it('files v2 under the same unit and compares it with v1 as rectlint diff does: fixed, new and remaining findings, problems added, deadlines and statuses changed', async () => {
    await client.upload(round, [{ name: '水利局整改情况报告（修改稿）.json', content: planText(unitPlan('县水利局党组', 2)) }]);
    await harness.idle();
    const versions = harness.context.store.submissions.versions(units.get('县水利局党组')!);
    expect(versions.map((v) => v.fileName)).toEqual(['水利局整改情况报告.json', '水利局整改情况报告（修改稿）.json']);
    const page = (await client.page(`${unitPath('县水利局党组')}/compare?from=1&to=2`)).html;
    const section = (id: string) => new RegExp(`<section class="card compare-part" id="${id}">([\\s\\S]*?)</section>`).exec(page)![1];
    expect(section('fixed')).toContain('require-cause-analysis');
    expect(section('fixed')).toContain('completed-requires-evidence');
    expect(section('added')).toContain('require-deadline');
    expect(section('added')).not.toContain('require-cause-analysis');
    expect(section('problems-added')).toContain('<b>2.2</b> 项目验收资料归档不全');
    expect(section('problems-dropped')).toContain('无');
    expect(section('problems-changed')).toContain('<tr class="field-deadline"><td><b>1.2</b> 警示教育开展不经常</td><td>整改时限</td><td>2023-11-30</td><td>2023-12-31</td></tr>');
    expect(section('problems-changed')).toContain('<tr class="field-status"><td><b>1.2</b> 警示教育开展不经常</td><td>状态</td><td>正在推进</td><td>已完成</td></tr>');
    // The unit is to be reviewed again: its latest version has no decision yet.
    expect((await client.page(`/rounds/${round}`)).html).toMatch(/<tr data-review="pending"[^>]*data-search="县水利局党组 /);
    expect((await client.request(`${unitPath('县水利局党组')}/compare?from=2&to=2`)).status).toBe(404);
    expect((await client.request(`${unitPath('县水利局党组')}/compare?from=1&to=3`)).status).toBe(404);
  });

  it('files a document under the unit a reviewer names', async () => {
    const latest = harness.context.store.submissions.versions(units.get('县林业局党组')!)[0];
    const response = await client.postForm(`/rounds/${round}/files/${latest.id}/unit`, { unit: '县林业和草原局党组' });
    expect(response.status).toBe(303);
    const moved = harness.context.store.submissions.get(latest.id)!;
    expect(moved.unitSource).toBe('reviewer');
    expect(harness.context.store.submissions.unit(round, moved.unitId!)!.name).toBe('县林业和草原局党组');
    expect((await client.postForm(`/rounds/${round}/files/${latest.id}/unit`, { unit: '   ' })).status).toBe(400);
    expect((await client.postForm(`/rounds/${round}/files/999/unit`, { unit: '某局' })).status).toBe(404);
  });
});

describe('exports', () => {
  it('the 审核意见书 lists the findings to fix with their places and the comments, not the accepted one', async () => {
    const response = await client.request(`${unitPath('县水利局党组')}/opinion.docx?v=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('wordprocessingml');
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''%E5%AE%A1%E6%A0%B8%E6%84%8F%E8%A7%81%E4%B9%A6");
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) });
    const v1 = harness.context.store.submissions.versions(units.get('县水利局党组')!)[0];
    const result = harness.context.store.results.get(v1.id, 'zh-CN')!;
    expect(value).toContain('审核意见书');
    expect(value).toContain('县水利局党组：');
    expect(value).toContain('审核结论：退回修改');
    expect(value).toContain('原因分析不全，退回修改后重新报送');
    const cause = result.diagnostics.find((d) => d.ruleId === 'require-cause-analysis')!;
    expect(value).toContain(cause.message);
    expect(value).toContain(`第 ${cause.range.start.line} 行第 ${cause.range.start.column} 列`);
    expect(value).toContain('请补充问题2.1的原因分析，从思想、制度、监督三方面剖析');
    // Accepted: listed with its reason, not among the findings to fix.
    const evidence = result.diagnostics.find((d) => d.ruleId === 'completed-requires-evidence')!;
    const toFix = value.slice(value.indexOf('一、需整改的问题'), value.indexOf('二、审核人员意见'));
    expect(toFix).not.toContain(evidence.message);
    expect(value).toContain(`认可理由：佐证材料已另行报送巡察办`);
    // Every error and warning but the one accepted (the measure's own missing evidence is another finding).
    const errorsAndWarnings = result.diagnostics.filter((d) => d.severity !== 'info');
    expect(toFix).toContain(`需整改的问题（共 ${errorsAndWarnings.length - 1} 项）`);
  });

  it('the round summary .xlsx has a row per unit and every finding of the latest versions', async () => {
    const response = await client.request(`/rounds/${round}/summary.xlsx`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const summary = workbook.getWorksheet('汇总')!;
    const rows = summary.getSheetValues().slice(2).map((row) => (row as unknown[]).slice(1));
    const names = rows.map((row) => row[0]);
    expect(names).toEqual(harness.context.store.submissions.latestByUnit(round).map((u) => u.unit.name));
    const water = rows.find((row) => row[0] === '县水利局党组')!;
    expect(water[1]).toBe('v2');
    expect(water[11]).toBe('待审');
    const findings = workbook.getWorksheet('审核发现')!;
    const latest = await harness.context.checker.judgements.latestResults(round, 'zh-CN');
    const total = [...latest.values()].reduce((n, result) => n + result.diagnostics.length, 0);
    expect(findings.rowCount - 1).toBe(total);
  });

  it('the HTML review report holds each unit\'s latest version', async () => {
    const response = await client.request(`/rounds/${round}/report.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const html = await response.text();
    expect(html).toContain('县水利局党组 v2 水利局整改情况报告（修改稿）.json');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
  });

  it('an export of a unit or version that does not exist is 404', async () => {
    for (const path of [`/rounds/${round}/units/99/opinion.docx`, `${unitPath('县水利局党组')}/opinion.docx?v=7`]) expect((await client.request(path)).status, path).toBe(404);
  });
});

describe('untrusted text', () => {
  it('shows a hostile unit name and plan text escaped, on every page', async () => {
    await client.upload(round, [{ name: '"><img src=y>.json', content: planText(hostilePlan()) }]);
    await harness.idle();
    const overview = (await client.page(`/rounds/${round}`)).html;
    expect(overview).not.toContain('<img src=x');
    expect(overview).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;恶意单位');
    expect(overview).toContain('&quot;&gt;&lt;img src=y&gt;.json');
    const unit = harness.context.store.submissions.latestByUnit(round).find((u) => u.unit.name.includes('恶意单位'))!;
    const page = (await client.page(`/rounds/${round}/units/${unit.unit.id}`)).html;
    expect(page).not.toContain('<script>window');
    expect(page).not.toContain('<svg onload');
    expect(page).toContain('&lt;script&gt;window.__pwned=2&lt;/script&gt;标题');
  });
});
