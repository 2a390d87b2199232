/**
 * PDFs printed from HTML by Chromium (as units print their Word files), for the PDF reader's tests: one browser
 * per test file, launched before its tests and closed after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../report/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const FONT = 'font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif;';

/** Prints markup to an A4 PDF, with a header and footer template when given. */
export async function printPdf(body: string, options: { landscape?: boolean; header?: string; footer?: string; css?: string } = {}): Promise<Uint8Array> {
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>body { ${FONT} font-size: 15pt; } ${options.css ?? ''}</style></head><body>${body}</body></html>`);
  const pdf = await page.pdf({
    format: 'A4',
    landscape: options.landscape ?? false,
    margin: { top: '2cm', bottom: '2.5cm', left: '2.5cm', right: '2.5cm' },
    displayHeaderFooter: options.footer !== undefined || options.header !== undefined,
    headerTemplate: options.header ?? '<span></span>',
    footerTemplate: options.footer ?? '<span></span>',
  });
  await page.close();
  return new Uint8Array(pdf);
}
