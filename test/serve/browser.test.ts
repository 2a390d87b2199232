/**
 * The workbench in real Chromium, as an inspection office uses it: create a round, upload six files (a plan, a
 * text report, a Word report, a broken file, a second file of one unit, a type that is not read), see the overview,
 * open a unit and find a finding marked on its line, accept one with a reason, decide 退回修改, export the
 * 审核意见书 and read it back, upload version 2 and see what was fixed and what is new. Nothing a document holds
 * runs, and the page fetches nothing from elsewhere.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../report/browser.js';
import { BROKEN_JSON, docxLedger, hostilePlan, planText, textReport, unitPlan } from './fixtures.js';
import { startServe, type ServeProcess } from './server-process.js';

const OUTPUT = resolve(import.meta.dirname, '../../test-output');

let browser: Browser;
let server: ServeProcess;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServe(mkdtempSync(join(tmpdir(), 'rectlint-browser-')))]);
  mkdirSync(OUTPUT, { recursive: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Watched {
  page: Page;
  errors: string[];
  foreign: string[];
  dialogs: string[];
}

async function open(url: string): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  const watched: Watched = { page, errors: [], foreign: [], dialogs: [] };
  page.on('console', (message) => message.type() === 'error' && watched.errors.push(message.text()));
  page.on('pageerror', (error) => watched.errors.push(error.message));
  page.on('dialog', (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith(server.url) || target.startsWith('data:')) return route.continue();
    watched.foreign.push(target);
    return route.abort();
  });
  await page.goto(url);
  return watched;
}

const file = (name: string, content: string | Uint8Array) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) });

/** Drops files on the upload and waits for the overview to reload with every file checked. */
async function upload(page: Page, files: ReturnType<typeof file>[]): Promise<void> {
  const reloaded = page.waitForEvent('load', { timeout: 60_000 });
  await page.setInputFiles('#file-input', files);
  await reloaded;
  await page.waitForSelector('#progress[hidden]', { state: 'attached' });
}

describe('the review workbench in Chromium', () => {
  it('takes a round from upload to 审核意见书 and version 2', async () => {
    const { page, errors, foreign, dialogs } = await open(server.url);

    // A round, checked against a fixed date with the strict rules.
    await page.fill('input[name="name"]', '2023年县委第二轮巡察整改审核');
    await page.check('input[name="asOfMode"][value="date"]');
    await page.fill('input[name="asOf"]', '2023-11-30');
    await page.selectOption('select[name="config"]', 'rectlint:strict');
    await Promise.all([page.waitForURL(/\/rounds\/1$/), page.click('#new-round button[type="submit"]')]);

    await upload(page, [
      file('水利局整改情况报告.json', planText(unitPlan('县水利局党组'))),
      file('林业局整改进展.txt', textReport('县林业局党组')),
      file('农业农村局整改报告.docx', await docxLedger('县农业农村局党组')),
      file('交通局（损坏）.json', BROKEN_JSON),
      file('林业局整改方案.json', planText(unitPlan('县林业局党组'))),
      file('现场照片.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])),
    ]);

    // One row per unit, its latest version; the broken file listed with why; the picture refused with why.
    const rows = page.locator('#overview-table tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.locator('td:first-child a').allTextContents()).toEqual(['县水利局党组', '县林业局党组', '县农业农村局党组']);
    expect(await rows.nth(1).locator('td').nth(1).textContent()).toBe('v2');
    expect(await page.locator('#unfiled-table tbody tr').count()).toBe(1);
    expect(await page.locator('#unfiled-table td.reason').textContent()).toMatch(/\(4:3\)$/);
    const refused = page.locator('#upload-outcome li.rejected');
    expect(await refused.textContent()).toContain('现场照片.png — 未接收: 无法读取：这是图片（.png）');
    expect(await page.locator('#upload-outcome li.accepted').count()).toBe(5);
    for (const id of ['chart-scores', 'chart-rules', 'chart-status', 'chart-timeline']) expect(await page.locator(`svg#${id} .mark`).count(), id).toBeGreaterThan(0);
    await page.screenshot({ path: join(OUTPUT, 'serve-overview.png'), fullPage: true });

    // A Word report is shown as the reader read it: its table as a table, the aspect row merged across it.
    await Promise.all([page.waitForURL(/\/units\/\d+$/), page.locator('#overview-table a', { hasText: '县农业农村局党组' }).click()]);
    const table = page.locator('table.doc-table');
    expect(await table.locator('tr').count()).toBe(4);
    expect(await table.locator('tr').nth(1).locator('td').getAttribute('colspan')).toBe('7');
    expect(await table.locator('tr').nth(2).locator('td').nth(3).textContent()).toContain('制定年度学习计划，每季度开展专题研讨');
    await page.locator('.workspace').screenshot({ path: join(OUTPUT, 'serve-word-report.png') });
    await page.goto(`${server.url}rounds/1`);

    // Sorting by score, lowest first.
    await page.locator('#overview-table thead button', { hasText: '得分' }).click();
    const scores = (await rows.locator('td:nth-child(3)').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value')))));
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    await page.fill('#unit-filter', '水利');
    expect(await page.locator('#overview-table tbody tr:not([hidden])').count()).toBe(1);

    // The unit: a finding marked on its line.
    await Promise.all([page.waitForURL(/\/units\/\d+$/), page.locator('#overview-table a', { hasText: '县水利局党组' }).click()]);
    const unitUrl = page.url();
    const cause = page.locator('li.finding', { has: page.locator('code.rule', { hasText: 'require-cause-analysis' }) });
    expect(await cause.locator('.msg').textContent()).toBe('问题 2.1 缺少原因分析');
    const href = (await cause.locator('.where a').getAttribute('href'))!;
    const line = page.locator(`tr${href}`);
    expect(await line.getAttribute('class')).toContain('flagged sev-error');
    expect(await line.locator('mark').count()).toBeGreaterThan(0);
    await line.locator('a.fnum').first().click();
    expect(await page.evaluate('location.hash')).toMatch(/^#F\d+$/);

    // Accept a finding with a reason.
    const evidence = page.locator('li.finding', { hasText: '问题 1.1 标为“已完成”，但没有佐证材料' });
    await evidence.locator('details.accept summary').click();
    await evidence.locator('textarea[name="reason"]').fill('佐证材料已随函另行报送');
    await Promise.all([page.waitForURL(/\/units\/\d+\?v=1/), evidence.locator('details.accept button').click()]);
    expect(await page.locator('li.finding.is-accepted .accepted').textContent()).toContain('佐证材料已随函另行报送');
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(OUTPUT, 'serve-unit.png') });

    // Decide 退回修改 with an opinion.
    await page.check('input[name="decision"][value="returned"]');
    await page.fill('textarea[name="opinion"]', '问题2.1未作原因分析，请补充后重新报送');
    await Promise.all([page.waitForURL(/#review$/), page.click('#decision-form button[type="submit"]')]);
    expect(await page.locator('.review .history li').first().textContent()).toContain('退回修改');
    await page.locator('#review').screenshot({ path: join(OUTPUT, 'serve-decision.png') });

    // The 审核意见书, read back.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a.button[href$="opinion.docx?v=1"]')]);
    expect(download.suggestedFilename()).toBe('审核意见书-县水利局党组-v1.docx');
    const letter = (await mammoth.extractRawText({ buffer: readFileSync((await download.path())!) })).value;
    expect(letter).toContain('县水利局党组：');
    expect(letter).toContain('审核结论：退回修改');
    expect(letter).toContain('问题2.1未作原因分析，请补充后重新报送');
    expect(letter).toContain('问题 2.1 缺少原因分析');
    expect(letter.slice(letter.indexOf('一、'), letter.indexOf('二、'))).not.toContain('问题 1.1 标为“已完成”，但没有佐证材料');

    // The overview filters by the reviewer's decision and by the tool's verdict.
    await page.goto(`${server.url}rounds/1`);
    await page.selectOption('#review-filter', 'returned');
    expect(await page.locator('#overview-table tbody tr:not([hidden]) td:first-child a').allTextContents()).toEqual(['县水利局党组']);
    await page.selectOption('#review-filter', '');
    await page.selectOption('#verdict-filter', 'accepted');
    expect(await page.locator('#filter-count').textContent()).toBe(`显示 ${await page.locator('#overview-table tbody tr[data-verdict="accepted"]').count()} / 3 份`);
    await page.selectOption('#verdict-filter', '');

    // Version 2: fixed and new findings.
    await upload(page, [file('水利局整改情况报告（修改稿）.json', planText(unitPlan('县水利局党组', 2)))]);
    expect(await page.locator('#overview-table tbody tr', { hasText: '县水利局党组' }).locator('td').nth(1).textContent()).toBe('v2');
    await page.goto(unitUrl);
    await Promise.all([page.waitForURL(/compare\?from=1&to=2$/), page.click('nav.versions a.button')]);
    expect(await page.locator('#fixed').textContent()).toContain('问题 2.1 缺少原因分析');
    expect(await page.locator('#added').textContent()).toContain('require-deadline');
    expect(await page.locator('#problems-added').textContent()).toContain('项目验收资料归档不全');
    expect(await page.locator('#problems-changed').textContent()).toContain('正在推进');
    await page.screenshot({ path: join(OUTPUT, 'serve-compare.png'), fullPage: true });

    // English, then back.
    await page.click('a.lang');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#fixed h2').textContent()).toMatch(/^Findings fixed/);
    await page.click('a.lang');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');

    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('shows hostile names and texts as text and runs none of them', async () => {
    const { page, errors, foreign, dialogs } = await open(`${server.url}rounds/1`);
    await upload(page, [file('"><img src=x onerror=alert(1)>.json', planText(hostilePlan()))]);
    const row = page.locator('#overview-table tbody tr', { hasText: '恶意单位' });
    expect(await row.locator('td:first-child a').textContent()).toBe('<img src=x onerror="window.__pwned=1">恶意单位');
    await Promise.all([page.waitForURL(/\/units\/\d+$/), row.locator('td:first-child a').click()]);
    expect(await page.locator('h1').textContent()).toBe('<img src=x onerror="window.__pwned=1">恶意单位');
    expect(await page.locator('.ledger-texts td.title').first().textContent()).toBe('<script>window.__pwned=2</script>标题');
    await page.locator('.source mark').first().click();
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.locator('img, iframe').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.context().close();
  }, 120_000);
});
