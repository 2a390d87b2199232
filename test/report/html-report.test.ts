import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/api.js';
import { runCli } from '../cli/run-cli.js';
import { launchChromium, openHtml } from './browser.js';
import { FIXTURE_PLAN_COUNT, HOSTILE, HOSTILE_FILE, reportFixture } from './fixture-plans.js';

const ROOT = resolve(import.meta.dirname, '../..');
const OUTPUT = join(ROOT, 'test-output');
const CHART_IDS = ['chart-scores', 'chart-rules', 'chart-status', 'chart-timeline'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function report(args: string[], cwd: string, out: string): Promise<string> {
  const run = await runCli(['check', ...args, '-f', 'html', '-o', out], cwd);
  expect(run.stderr).toBe('');
  return readFileSync(resolve(cwd, out), 'utf8');
}

async function columnValues(page: Page, column: number): Promise<string[]> {
  return page.locator(`#overview-table tbody tr:not([hidden]) td:nth-child(${column + 1})`).evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value')!));
}

describe('the HTML review report in Chromium', () => {
  it('the watchers catch a request leaving the page, a running script and a dialog (so the checks below can fail)', async () => {
    const { page, requests, dialogs } = await openHtml(browser, '<img src="https://example.com/x.png"><script>window.__pwned = 1; alert("hi")</script>');
    expect(requests).toEqual(['https://example.com/x.png']);
    expect(dialogs).toEqual(['hi']);
    expect(await page.evaluate('window.__pwned')).toBe(1);
    await page.close();
  });

  it('shows every example plan in the overview, sorts by a clicked header, filters, draws each chart, stays offline', async () => {
    const { results } = await lintFiles(['examples'], { cwd: ROOT });
    const markup = await report(['examples'], ROOT, 'test-output/review-report.html');
    const { page, errors, requests, dialogs } = await openHtml(browser, markup);

    // Screenshots first, of the page as it opens.
    mkdirSync(OUTPUT, { recursive: true });
    // The top of the page: header, overview and charts.
    await page.screenshot({ path: join(OUTPUT, 'review-report.png'), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1640 } });
    await page.screenshot({ path: join(OUTPUT, 'review-report-full.png'), fullPage: true });
    await page.locator('section.plan').first().screenshot({ path: join(OUTPUT, 'review-report-plan.png') });

    const rows = page.locator('#overview-table tbody tr');
    expect(results.length).toBeGreaterThan(0);
    expect(await rows.count()).toBe(results.length);
    expect(await page.locator('section.plan').count()).toBe(results.length);

    // Score is column 1; the first click sorts ascending, the second descending.
    const scores = async () => (await columnValues(page, 1)).map(Number);
    await page.locator('#overview-table thead button', { hasText: '得分' }).click();
    const ascending = await scores();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(await page.locator('#overview-table thead th').nth(1).getAttribute('aria-sort')).toBe('ascending');
    await page.locator('#overview-table thead button', { hasText: '得分' }).click();
    expect(await scores()).toEqual([...ascending].reverse());

    // Sorting by unit orders the rows as Chinese collation does.
    await page.locator('#overview-table thead button', { hasText: '被巡察单位' }).click();
    const units = await columnValues(page, 0);
    expect(units).toEqual([...units].sort(new Intl.Collator('zh-CN', { numeric: true }).compare));

    // Filtering by one plan's file name leaves its row only.
    const name = results[0].filePath.slice(ROOT.length + 1);
    await page.fill('#plan-filter', name);
    expect(await page.locator('#overview-table tbody tr:not([hidden])').count()).toBe(1);
    expect(await page.locator('#filter-count').textContent()).toBe(`显示 1 / ${results.length} 份`);
    await page.fill('#plan-filter', '');
    expect(await page.locator('#overview-table tbody tr:not([hidden])').count()).toBe(results.length);

    for (const id of CHART_IDS) {
      const chart = page.locator(`svg#${id}`);
      expect(await chart.locator('.mark').count(), id).toBeGreaterThan(0);
      const box = await chart.boundingBox();
      expect(box!.width, id).toBeGreaterThan(200);
      expect(box!.height, id).toBeGreaterThan(80);
    }

    // Print: each plan starts a new page and the controls disappear.
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(`getComputedStyle(document.querySelector('section.plan')).breakBefore`)).toBe('page');
    expect(await page.evaluate(`getComputedStyle(document.querySelector('.filters')).display`)).toBe('none');
    await page.pdf({ path: join(OUTPUT, 'review-report.pdf'), format: 'A4' });

    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('renders script, event-handler and javascript: payloads in plan text as text, and runs none of them', async () => {
    const root = reportFixture();
    const markup = await report(['plans'], root, 'report.html');
    const { page, errors, requests, dialogs } = await openHtml(browser, markup);
    // Interact too, so payloads in data attributes would have their chance.
    await page.locator('#overview-table thead button').first().click();
    await page.fill('#plan-filter', '<script>');

    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('img, iframe').count()).toBe(0);
    expect(await page.locator('svg').count()).toBe(CHART_IDS.length);
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);

    // Its own section, by its heading: other plans' findings name it too (copied-across-plans quotes the other unit).
    const section = page.locator('section.plan', { has: page.locator('h3', { hasText: '恶意样本局' }) });
    expect(await section.locator('h3').textContent()).toBe(`${HOSTILE.script}恶意样本局`);
    expect(await section.locator('tr.problem td.title').textContent()).toBe(HOSTILE.img);
    expect(await section.locator('tr.aspect th').textContent()).toBe(HOSTILE.breakout);
    expect(await section.locator('tr.problem td').nth(2).textContent()).toContain(HOSTILE.js);
    expect(await section.locator('tr.problem .status').textContent()).toBe(HOSTILE.img);
    expect(await section.locator('.facts').textContent()).toContain(HOSTILE.iframe);
    expect(await section.locator('.facts').textContent()).toContain(`plans/${HOSTILE_FILE}`);
    // Only the hostile row matches the filter typed above.
    expect(await page.locator('#overview-table tbody tr:not([hidden])').count()).toBe(1);
    expect(await page.locator('#overview-table tbody tr').count()).toBe(FIXTURE_PLAN_COUNT);
    await page.close();
  });

  it('labels the page in English with --locale en', async () => {
    const root = reportFixture();
    const markup = await report(['plans', '--locale', 'en'], root, 'report-en.html');
    const { page, errors } = await openHtml(browser, markup);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Rectification review report');
    await page.locator('#overview-table thead button', { hasText: 'Score' }).click();
    expect(await page.locator('#filter-count').textContent()).toBe(`${FIXTURE_PLAN_COUNT} of ${FIXTURE_PLAN_COUNT} plans shown`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
