import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (.ci/run installs it), driven by playwright-core with nothing downloaded. */
export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Every URL the page asked for other than data: and about: (all of them are refused). */
  requests: string[];
  /** Messages of alert/confirm/prompt dialogs (all dismissed). */
  dialogs: string[];
}

/** Loads markup as about:blank content, watching for errors, dialogs and any request leaving the page. */
export async function openHtml(browser: Browser, markup: string): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const opened: OpenedPage = { page, errors: [], requests: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') opened.errors.push(message.text());
  });
  page.on('pageerror', (error) => opened.errors.push(error.message));
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const local = (url: string) => /^(data|about):/.test(url);
  page.on('request', (request) => {
    if (!local(request.url())) opened.requests.push(request.url());
  });
  await page.route('**/*', (route) => (local(route.request().url()) ? route.continue() : route.abort()));
  await page.setContent(markup, { waitUntil: 'load' });
  return opened;
}
