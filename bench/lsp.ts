/**
 * `npm run bench:lsp`: how long the language server takes from a didChange to the publishDiagnostics of that
 * version, on a 1 MB plan, over stdio with a real client (the built server; the script builds first).
 *
 * For the recommended preset (what users get) and for the six core rules alone (mostly the server's own cost):
 * - isolated edits: 200 one-character edits, each after a pause longer than the server's check interval
 *   (someone types, stops, looks): didChange → publishDiagnostics, median and p95;
 * - typing: 200 edits 30 ms apart (a fast typist): how many checks ran, and per edit the wait until diagnostics
 *   covering it arrived;
 * - the core alone on the same text (in-process lintText), to show how much of the latency is the core's;
 * - the server's resident memory after opening and after all edits.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { lintText } from '../src/api.js';
import { loadConfig } from '../src/config/load-config.js';
import { LspClient, fileUri } from '../test/lsp/lsp-client.js';
import { CORE_RULES_CONFIG } from '../test/lsp/workspace.js';
import { largePlanText } from './large-plan.js';

const EDITS = 200;
const PAUSE_MS = 200;
const TYPING_INTERVAL_MS = 30;
const AS_OF = '2023-01-16';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const summary = (values: number[]) => `median ${ms(percentile(values, 50))}, p95 ${ms(percentile(values, 95))}`;

async function coreAlone(text: string, root: string): Promise<number[]> {
  const config = await loadConfig(join(root, 'rectlint.config.json'));
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    await lintText(text.replace('第 1.1 项', `第 1.1 项${'改'.repeat(i)}`), { filePath: join(root, 'large-plan.json'), config, asOf: AS_OF });
    times.push(performance.now() - started);
  }
  return times.slice(5);
}

async function scenario(label: string, config: object, text: string): Promise<number> {
  const root = mkdtempSync(join(tmpdir(), 'rectlint-bench-lsp-'));
  writeFileSync(join(root, 'rectlint.config.json'), JSON.stringify(config));
  const { client } = await LspClient.start({ cwd: root, initializationOptions: { asOf: AS_OF } });
  try {
    const uri = fileUri(join(root, 'large-plan.json'));
    const lines = text.split('\n');
    const titleLine = lines.findIndex((line) => line.includes('"title": "第 1.1 项'));
    const typeAt = { line: titleLine, character: lines[titleLine].indexOf('第 1.1') };
    console.log(`\n${label}`);

    let started = performance.now();
    const firstDiagnostics = await client.open(uri, text);
    console.log(`  open → first publishDiagnostics: ${ms(performance.now() - started)} (${firstDiagnostics.length} diagnostics)`);
    const memoryAfterOpen = client.residentMegabytes();

    const isolated: number[] = [];
    let version = 1;
    for (let i = 0; i < EDITS; i++) {
      await sleep(PAUSE_MS);
      const expected = version + 1;
      const published = client.diagnostics(uri, (p) => p.version === expected);
      started = performance.now();
      version = await client.change(uri, [{ range: { start: typeAt, end: typeAt }, text: '改' }]);
      await published;
      isolated.push(performance.now() - started);
    }
    console.log(`  isolated edits (${EDITS}, ${PAUSE_MS} ms apart): didChange → publishDiagnostics ${summary(isolated)}`);
    const memoryAfterIsolated = client.residentMegabytes();

    await sleep(PAUSE_MS);
    const before = client.published.length;
    const sentAt = new Map<number, number>();
    for (let i = 0; i < EDITS; i++) {
      version = await client.change(uri, [{ range: { start: typeAt, end: typeAt }, text: '字' }]);
      sentAt.set(version, performance.now());
      await sleep(TYPING_INTERVAL_MS);
    }
    const last = version;
    if ((client.published.at(-1)?.version ?? 0) < last) await client.diagnostics(uri, (p) => p.version === last, 30_000);
    const waits = [...sentAt].map(([v, at]) => client.publishedAt(uri, v) - at);
    console.log(`  typing (${EDITS} edits, ${TYPING_INTERVAL_MS} ms apart): ${client.published.length - before} checks published; edit → diagnostics covering it ${summary(waits)}`);
    console.log(`  core alone on the same text (in-process lintText): ${summary(await coreAlone(text, root))}`);
    const memoryAtEnd = client.residentMegabytes();
    if (memoryAfterOpen !== undefined && memoryAfterIsolated !== undefined && memoryAtEnd !== undefined) {
      console.log(`  server memory (RSS): ${memoryAfterOpen.toFixed(0)} MB after open, ${memoryAfterIsolated.toFixed(0)} MB after ${EDITS} edits, ${memoryAtEnd.toFixed(0)} MB after ${2 * EDITS}`);
    }
    await client.shutdown();
    return percentile(isolated, 50);
  } finally {
    client.kill();
    rmSync(root, { recursive: true, force: true });
  }
}

const text = largePlanText();
console.log(`plan: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, ${text.split('\n').length} lines (bench/large-plan.ts)`);
const recommended = await scenario('rectlint:recommended (what a workspace gets without its own rule settings)', { extends: 'rectlint:recommended' }, text);
const core = await scenario('the six core rules only', CORE_RULES_CONFIG, text);
console.log(`\ngoal: isolated-edit median under 50 ms — recommended ${recommended < 50 ? 'met' : 'NOT met'} (${ms(recommended)}), core rules ${core < 50 ? 'met' : 'NOT met'} (${ms(core)})`);
