/**
 * The workbench takes every format `rectlint check` reads, not only the JSON, text and Word of the other tests: a
 * CSV 台账, a Markdown report and a PDF (printed by Chromium, as the PDF reader's tests make theirs). Each is checked
 * as the CLI checks it, filed under the unit it names, and shown with its findings at their places in the file's
 * own terms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { lintFiles } from '../../src/api.js';
import { launchChromium } from '../report/browser.js';
import { textReport } from './fixtures.js';
import { openHarness, type Client, type Harness } from './harness.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let harness: Harness;
let client: Client;
let browser: Browser;

beforeAll(async () => {
  harness = await openHarness();
  client = harness.client();
  browser = await launchChromium();
});
afterAll(async () => {
  harness.close();
  await browser?.close();
});

/** A text printed to an A4 PDF, one paragraph a line, in a CJK font. */
async function pdfOf(text: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  const lines = text.split('\n').map((line) => `<p style="margin:0">${line.replace(/&/g, '&amp;').replace(/</g, '&lt;') || '&nbsp;'}</p>`);
  await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body style="font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;font-size:14pt">${lines.join('')}</body></html>`);
  const pdf = await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2.5cm', right: '2.5cm' } });
  await page.close();
  return new Uint8Array(pdf);
}

/** A 整改台账 as CSV (UTF-8 with a BOM, as Excel saves it): a title row, the header, a row per problem. */
function csvLedger(unit: string): string {
  const rows = [
    [`${unit}巡察反馈问题整改台账`],
    ['序号', '反馈问题', '原因分析', '整改措施', '责任领导', '整改时限', '完成情况'],
    ['1', '会议记录不规范', '制度执行不严', '修订会议记录规范，逐月检查', '办公室主任', '2023-10-31', '已完成'],
    ['2', '固定资产账实不符', '', '全面清查固定资产并建立台账', '', '2023-12-31', '正在推进'],
  ];
  return `\ufeff${rows.map((row) => row.map((cell) => `"${cell}"`).join(',')).join('\r\n')}\r\n`;
}

describe('every format check reads', () => {
  it('CSV, Markdown and PDF: checked as rectlint check checks them, filed, and shown with their places', async () => {
    const round = await client.createRound('各种格式');
    const files = [
      { name: '统计局台账.csv', content: csvLedger('县统计局党组') },
      { name: '审计局整改报告.md', content: textReport('县审计局党组') },
      { name: '民政局整改报告.pdf', content: await pdfOf(textReport('县民政局党组')) },
    ];
    const answered = await client.upload(round, files);
    expect(answered.status).toBe(200);
    await harness.idle();
    const { submissions } = harness.context.store;
    expect(submissions.progress(round)).toEqual({ total: 3, pending: 0, failed: 0, unreadable: 0 });
    const units = submissions.latestByUnit(round);
    // The CSV names no unit outside its title row: it is filed under its file name, for a reviewer to correct.
    expect(units.map((u) => [u.latest.fileName, u.unit.name])).toEqual([
      ['统计局台账.csv', '统计局台账'],
      ['审计局整改报告.md', '县审计局党组'],
      ['民政局整改报告.pdf', '县民政局党组'],
    ]);
    const folder = mkdtempSync(join(tmpdir(), 'rectlint-formats-'));
    writeFileSync(join(folder, 'strict.json'), JSON.stringify({ extends: 'rectlint:strict' }));
    for (const { unit, latest } of units) {
      const file = join(folder, latest.fileName);
      writeFileSync(file, await harness.context.store.blobs.read(latest));
      const [cli] = (await lintFiles([file], { configFile: join(folder, 'strict.json'), asOf: '2023-11-30', cwd: folder })).results;
      const stored = harness.context.store.results.get(latest.id, 'zh-CN')!;
      expect(stored.diagnostics, latest.fileName).toEqual(cli.diagnostics);
      expect(cli.diagnostics.length, latest.fileName).toBeGreaterThan(0);
      const page = await client.page(`/rounds/${round}/units/${unit.id}`);
      expect(page.status).toBe(200);
      // Each finding listed at its place: a PDF's on its page.
      const first = stored.diagnostics[0];
      expect(page.html).toContain(`href="#L${first.range.start.line}"`);
      if (latest.fileName.endsWith('.pdf')) expect(page.html).toMatch(/第1页第\d+行/);
    }
  });
});
