/**
 * `npm run bench:serve`: the workbench under load, on the built CLI in its own process, as an office would use it.
 * - 200 files uploaded at once (one request): time to acknowledge, and to all checked;
 * - the overview of a round of 500 units: time to first byte (over HTTP, and in Chromium) and to render in Chromium;
 * - 20 uploads at the same time (10 files each): no error, nothing lost, time to all checked;
 * - the batch phase of a round: its time, and the overview's time to first byte while it runs.
 * The benchmark corpus builds every plan from the same phrases, so to the batch rules every plan copies every
 * other (about 150 findings a plan); the first three rounds use strict with the two batch rules off, so they
 * measure checking, and the fourth measures the batch phase on its own. Prints figures; asserts nothing but that
 * nothing was lost. Options: --problems N (per plan, default 40), --compare N (plans of the fourth round, default 100).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { launchChromium } from '../test/report/browser.js';
import { HttpClient } from '../test/serve/http-client.js';
import { startServe } from '../test/serve/server-process.js';
import { planText } from './corpus.js';

const flag = (name: string, fallback: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const problems = flag('--problems', 40);
const comparePlans = flag('--compare', 100);

/** Plan `index` of the corpus, as the submission of a unit of its own. */
function submission(index: number, prefix: string) {
  const plan = JSON.parse(planText(index, { plans: 1000, problemsPerPlan: problems, findingRate: 0.1 }));
  plan.inspection.inspectedUnit = `${prefix}第${index + 1}单位党组`;
  return { name: `${prefix}-${String(index + 1).padStart(3, '0')}.json`, content: `${JSON.stringify(plan, null, 2)}\n` };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The server process's peak resident memory so far (Linux). */
function peakMemory(pid: number): string {
  try {
    const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);
    return mb(kb * 1024);
  } catch {
    return 'n/a';
  }
}

/** CPU time the server process has used so far, all its threads (Linux): steadier than wall time on a busy machine. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

async function timeToChecked(client: HttpClient, round: number, total: number, start: number): Promise<number> {
  await client.settled(round, total, 600_000);
  return performance.now() - start;
}

const folder = mkdtempSync(join(tmpdir(), 'rectlint-bench-serve-'));
const checkingOnly = join(folder, 'checking-only.json');
writeFileSync(checkingOnly, JSON.stringify({ extends: 'rectlint:strict', rules: { 'copied-across-plans': 'off', 'template-text': 'off' } }));
const server = await startServe(join(folder, 'data'), ['--config', checkingOnly]);
const client = await new HttpClient(server.url).begin();
const rows: [string, string][] = [];

const pid = server.child.pid!;
const cpu = (since: number) => `${(cpuSeconds(pid) - since).toFixed(2)} s CPU`;

// 1. 200 files at once.
{
  const cpuStart = cpuSeconds(pid);
  const round = await client.createRound('200 份同时上传', undefined, 'file');
  const files = Array.from({ length: 200 }, (_, i) => submission(i, 'A'));
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  const start = performance.now();
  const response = await client.upload(round, files);
  const acknowledged = performance.now() - start;
  if (response.status !== 200) throw new Error(`upload failed: ${response.status}`);
  const checked = await timeToChecked(client, round, 200, start);
  rows.push([`200 files at once (${problems} problems each, ${mb(bytes)}, one request): acknowledged`, seconds(acknowledged)]);
  rows.push(['  … all checked (from the start of the upload)', `${seconds(checked)} (${(200 / (checked / 1000)).toFixed(0)} files/s; server ${cpu(cpuStart)})`]);
}

// 2. The overview of 500 units.
let overviewRound = 0;
{
  overviewRound = await client.createRound('500 个单位', undefined, 'file');
  const cpuStart = cpuSeconds(pid);
  const files = Array.from({ length: 500 }, (_, i) => submission(i, 'B'));
  const start = performance.now();
  for (let i = 0; i < files.length; i += 50) {
    const response = await client.upload(overviewRound, files.slice(i, i + 50));
    if (response.status !== 200) throw new Error(`upload failed: ${response.status}`);
  }
  const checked = await timeToChecked(client, overviewRound, 500, start);
  rows.push([`500 files in 10 requests of 50: all checked`, `${seconds(checked)} (server ${cpu(cpuStart)})`]);
  const ttfb: number[] = [];
  const whole: number[] = [];
  let size = 0;
  for (let run = 0; run < 7; run++) {
    const begin = performance.now();
    const response = await client.request(`/rounds/${overviewRound}`);
    ttfb.push(performance.now() - begin);
    size = Buffer.byteLength(await response.text());
    whole.push(performance.now() - begin);
  }
  rows.push([`overview of 500 units over HTTP: time to first byte, median of 7`, `${median(ttfb).toFixed(0)} ms (whole page ${median(whole).toFixed(0)} ms, ${(size / 1024).toFixed(0)} KiB)`]);

  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  await context.addCookies([{ name: 'rectlint_session', value: client.cookie.split('=')[1], url: server.url }]);
  const page = await context.newPage();
  // Headless Chromium reports no paint timings (first-contentful-paint is absent): the page is server-rendered, so
  // DOMContentLoaded (every row parsed, the script run) is when it shows.
  const timings: { ttfb: number; ready: number; load: number }[] = [];
  for (let run = 0; run < 5; run++) {
    await page.goto(`${server.url}rounds/${overviewRound}`, { waitUntil: 'load' });
    // Evaluated in the page, as text: the bench is compiled without the DOM's types.
    timings.push(
      await page.evaluate<{ ttfb: number; ready: number; load: number }>(`(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return { ttfb: nav.responseStart - nav.requestStart, ready: nav.domContentLoadedEventEnd - nav.startTime, load: nav.loadEventEnd - nav.startTime };
      })()`),
    );
  }
  const rowsShown = await page.locator('#overview-table tbody tr').count();
  await browser.close();
  if (rowsShown !== 500) throw new Error(`the overview shows ${rowsShown} units, not 500`);
  rows.push(['overview of 500 units in Chromium: time to first byte, median of 5', `${median(timings.map((t) => t.ttfb)).toFixed(0)} ms`]);
  rows.push(['  … DOM ready (500 rows parsed) / load event, median of 5', `${median(timings.map((t) => t.ready)).toFixed(0)} ms / ${median(timings.map((t) => t.load)).toFixed(0)} ms`]);
}

// 3. 20 uploads at the same time.
{
  const round = await client.createRound('20 个同时上传', undefined, 'file');
  const cpuStart = cpuSeconds(pid);
  const start = performance.now();
  const answers = await Promise.all(
    Array.from({ length: 20 }, async (_, u) => {
      const response = await client.upload(round, Array.from({ length: 10 }, (_, f) => submission(u * 10 + f, 'C')));
      return { status: response.status, files: ((await response.json()) as { files: { status: string }[] }).files };
    }),
  );
  const acknowledged = performance.now() - start;
  const errors = answers.filter((a) => a.status !== 200).length;
  const accepted = answers.flatMap((a) => a.files).filter((f) => f.status === 'accepted').length;
  const checked = await timeToChecked(client, round, 200, start);
  const progress = await client.progress(round);
  if (errors > 0 || accepted !== 200 || progress.total !== 200 || progress.pending !== 0 || progress.failed !== 0) throw new Error(`lost: ${JSON.stringify({ errors, accepted, progress })}`);
  rows.push(['20 uploads at the same time (10 files each): all acknowledged', `${seconds(acknowledged)}; ${errors} errors, ${accepted} of 200 accepted`]);
  rows.push(['  … all checked, none lost', `${seconds(checked)} (server ${cpu(cpuStart)}); ${progress.total} stored, ${progress.pending} pending, ${progress.failed} failed`]);
}

// 4. The batch phase: strict, copied-across-plans and template-text on.
{
  const round = await client.createRound('跨单位比对', undefined, 'rectlint:strict');
  const files = Array.from({ length: comparePlans }, (_, i) => submission(i, 'D'));
  const cpuStart = cpuSeconds(pid);
  const start = performance.now();
  await client.upload(round, files);
  let checkedAt = 0;
  const during: number[] = [];
  for (;;) {
    const progress = await client.progress(round);
    if (progress.pending === 0 && checkedAt === 0) checkedAt = performance.now() - start;
    if (progress.pending === 0 && !progress.comparing) break;
    if (progress.comparing) {
      // The pages while the comparison runs on its own thread.
      const begin = performance.now();
      await (await client.request(`/rounds/${overviewRound}`)).text();
      during.push(performance.now() - begin);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const compared = performance.now() - start;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await (await client.request(`/rounds/${round}/summary.xlsx`)).arrayBuffer()) as ArrayBuffer);
  let batchFindings = 0;
  workbook.getWorksheet('审核发现')!.eachRow((row) => {
    if (['copied-across-plans', 'template-text'].includes(String(row.getCell(8).value))) batchFindings++;
  });
  rows.push([`batch phase, ${comparePlans} plans (strict): checked / compared`, `${seconds(checkedAt)} / ${seconds(compared)} (server ${cpu(cpuStart)}; ${batchFindings} batch findings)`]);
  rows.push(['  … the 500-unit overview while comparing: whole page, median', during.length ? `${median(during).toFixed(0)} ms (${during.length} loads)` : 'n/a (done before the first look)']);
}

rows.push(['server peak memory (VmHWM)', peakMemory(pid)]);
await server.stop();

const width = Math.max(...rows.map(([label]) => label.length));
console.log(`rectlint serve bench (${problems} problems a plan, 2 worker threads)`);
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
