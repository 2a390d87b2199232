/**
 * `npm run fuzz -- --cases N [--seed S] [--jobs J] [--slow-ms 1000] [--save DIR] [--case S:I]`: a long fuzzing run
 * over the same cases and properties as test/fuzz/fuzz.test.ts, each case printed in one format (its recipe's), as
 * a run prints a file. Prints the cases run, the failures grouped by signature (with an example case each), the
 * slow cases (over the budget in wall-clock and CPU time, run again alone to tell real slowness from a busy
 * machine) and the slowest case. `--jobs J` runs the cases in J processes (case i in process i mod J) and prints
 * one summary of them all, the same cases as one process runs. `--case S:I` runs one case again; `--save DIR`
 * writes each failing or slow case's file there. A run stopped with SIGINT or SIGTERM finishes its current case and
 * prints the figures of the cases it ran (a process of --jobs that ends without its figures is named as lost, and
 * the others' figures are printed). Exit 1 when a case failed, was slow or was lost, else 130 if stopped, else 0.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { makeChecker, type CaseReport } from '../test/fuzz/check.js';
import { buildCase, type FuzzCase } from '../test/fuzz/mutate.js';
import { recipeOf, type Recipe } from '../test/fuzz/recipe.js';
import { loadSeeds } from '../test/fuzz/seeds.js';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    'slow-ms': { type: 'string', default: '1000' },
    save: { type: 'string' },
    case: { type: 'string' },
    jobs: { type: 'string', default: '1' },
    /** Internal: `K/J`, the share of a process started by --jobs; it prints its figures as one JSON line. */
    shard: { type: 'string' },
    quiet: { type: 'boolean' },
  },
});

const CHUNK = 1000;
const seed = Number(values.seed);
const slowMs = Number(values['slow-ms']);
const total = Number(values.cases);
const jobs = Math.max(1, Number(values.jobs) || 1);
const runsCases = values.case !== undefined || values.shard !== undefined || jobs === 1;

/**
 * SIGINT or SIGTERM: a process running cases finishes its current case and reports what it ran; a process running
 * others passes the signal on to them. Listened for before anything loads, so an early signal stops a run cleanly too.
 */
let stopping = false;
const children: ReturnType<typeof spawn>[] = [];
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    for (const child of children) child.kill(signal);
  });
}

// Only a process that runs cases loads the seeds and the checker; one that starts processes for them does not.
const seeds = runsCases ? loadSeeds() : [];
const check = runsCases ? await makeChecker() : undefined;

/** Case `index` of the run seeded `seed`: recipes are drawn in chunks, each chunk from its own seed, so any case can be drawn again alone. */
let chunk: { key: string; recipes: Recipe[] } | undefined;
function recipeAt(runSeed: number, index: number): Recipe {
  const key = `${runSeed}:${Math.floor(index / CHUNK)}`;
  if (chunk?.key !== key) chunk = { key, recipes: fc.sample(recipeOf('long'), { seed: runSeed * 1_000_003 + Math.floor(index / CHUNK), numRuns: CHUNK }) };
  return chunk.recipes[index % CHUNK];
}

/**
 * Errors that escape a case (a timer or promise a rule left behind) are charged to the case running; one outside
 * any case is the harness's own, and ends the run with it (never swallowed, so a run cannot end silently).
 */
let current: { failures: string[] } | undefined;
const escaped = (error: unknown) => {
  if (current) current.failures.push(`escaped: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  else {
    console.error(`fuzz: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(2);
  }
};
process.on('uncaughtException', escaped);
process.on('unhandledRejection', escaped);

async function runOne(fuzzCase: FuzzCase, r: Recipe): Promise<CaseReport> {
  current = { failures: [] };
  const report = await check!(fuzzCase, r);
  // Let anything the case left behind run before the next case starts.
  await new Promise((resolveTick) => setImmediate(resolveTick));
  for (const detail of current.failures) report.failures.push({ signature: detail.replace(/\d+/g, 'N').slice(0, 160), detail });
  current = undefined;
  return report;
}

function save(id: string, fuzzCase: FuzzCase): string | undefined {
  if (!values.save) return undefined;
  const dir = resolve(values.save);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${id.replace(':', '-')}-${fuzzCase.file}`);
  writeFileSync(file, fuzzCase.bytes);
  return file;
}

if (values.case) {
  const [runSeed, index] = values.case.split(':').map(Number);
  const r = recipeAt(runSeed, index);
  const fuzzCase = await buildCase(seeds, r);
  const report = await runOne(fuzzCase, r);
  console.log(`case ${values.case}: ${fuzzCase.label}\n${report.ms.toFixed(1)} ms (CPU ${report.cpuMs.toFixed(1)} ms), ${report.diagnostics} diagnostics`);
  for (const failure of report.failures) console.log(`  ${failure.signature}\n    ${failure.detail}`);
  const saved = save(values.case, fuzzCase);
  if (saved) console.log(`saved ${saved}`);
  console.log(JSON.stringify(r).slice(0, 2000));
  process.exit(report.failures.length > 0 ? 1 : 0);
}

/** What a run found: a process's share, or the sum of all shares. */
interface Figures {
  cases: number;
  stopped: boolean;
  elapsedMs: number;
  failedCases: number;
  bySignature: [string, { count: number; example: string; detail: string }][];
  slow: { id: string; ms: number; label: string }[];
  slowest: { ms: number; id: string; label: string };
  times: number[];
  /** Processes that ended without their figures. */
  lost: string[];
}

function noFigures(): Figures {
  return { cases: 0, stopped: false, elapsedMs: 0, failedCases: 0, bySignature: [], slow: [], slowest: { ms: -1, id: '', label: '' }, times: [], lost: [] };
}

/** Runs the cases `index ≡ shard (mod of)` of the run. */
async function runShare(shard: number, of: number): Promise<Figures> {
  const bySignature = new Map<string, { count: number; example: string; detail: string }>();
  const slow: Figures['slow'] = [];
  let slowest = { ms: -1, id: '', label: '' };
  const times: number[] = [];
  let failedCases = 0;
  const started = performance.now();
  let lastPrint = started;
  for (let index = shard; index < total && !stopping; index += of) {
    const id = `${seed}:${index}`;
    const r = recipeAt(seed, index);
    let fuzzCase: FuzzCase;
    try {
      fuzzCase = await buildCase(seeds, r);
    } catch (error) {
      console.error(`case ${id}: the mutation itself failed (${String(error)}); skipped`);
      continue;
    }
    const report = await runOne(fuzzCase, r);
    times.push(report.ms);
    if (report.ms > slowest.ms) slowest = { ms: report.ms, id, label: fuzzCase.label };
    if (report.failures.length > 0) {
      failedCases++;
      save(id, fuzzCase);
      for (const failure of new Map(report.failures.map((f) => [f.signature, f])).values()) {
        const known = bySignature.get(failure.signature);
        if (known) known.count++;
        else bySignature.set(failure.signature, { count: 1, example: `${id} ${fuzzCase.label}`, detail: failure.detail });
      }
    }
    // Slow is over the budget in both wall-clock and CPU time: on a busy machine the clock runs on while this
    // process waits for a core. A case over it is run again alone (twice), and the fastest run counts.
    const over = (run: CaseReport) => Math.min(run.ms, run.cpuMs) > slowMs;
    if (over(report)) {
      let fastest = report.ms;
      for (let again = 0; again < 2 && fastest > slowMs; again++) {
        const run = await runOne(fuzzCase, r);
        fastest = Math.min(fastest, over(run) ? run.ms : 0);
      }
      if (fastest > slowMs) {
        slow.push({ id, ms: fastest, label: fuzzCase.label });
        save(id, fuzzCase);
      }
    }
    const now = performance.now();
    if (!values.quiet && now - lastPrint > 10_000) {
      lastPrint = now;
      const share = of > 1 ? ` (process ${shard + 1} of ${of})` : '';
      console.error(`… ${times.length}/${Math.ceil((total - shard) / of)} cases${share}, ${failedCases} failing, ${slow.length} slow, ${((now - started) / 1000).toFixed(0)} s`);
    }
  }
  return { cases: times.length, stopped: stopping, elapsedMs: performance.now() - started, failedCases, bySignature: [...bySignature], slow, slowest, times, lost: [] };
}

/** Runs the shares in `jobs` child processes and adds up their figures. */
async function runInProcesses(): Promise<Figures> {
  const args = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--jobs') && all[i - 1] !== '--jobs');
  const started = performance.now();
  // A process that ends without its figures (killed, out of memory) is reported as lost; the others' figures stand.
  const lost = (shard: number, why: string): Figures => ({ ...noFigures(), lost: [`process ${shard + 1} of ${jobs} ${why}`] });
  const shares = await Promise.all(
    Array.from({ length: jobs }, (_, shard) =>
      new Promise<Figures>((resolveShare) => {
        const child = spawn(process.execPath, [...process.execArgv, process.argv[1], ...args, '--shard', `${shard}/${jobs}`], { stdio: ['ignore', 'pipe', 'inherit'] });
        children.push(child);
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
        child.on('error', (error) => resolveShare(lost(shard, `could not start: ${error.message}`)));
        child.on('close', (code, signal) => {
          try {
            resolveShare(JSON.parse(out.trim().split('\n').pop()!) as Figures);
          } catch {
            resolveShare(lost(shard, `ended (${signal ?? `exit ${code}`}) without its figures`));
          }
        });
      }),
    ),
  );
  const bySignature = new Map<string, { count: number; example: string; detail: string }>();
  for (const share of shares)
    for (const [signature, found] of share.bySignature) {
      const known = bySignature.get(signature);
      if (known) known.count += found.count;
      else bySignature.set(signature, { ...found });
    }
  return {
    cases: shares.reduce((sum, share) => sum + share.cases, 0),
    stopped: shares.some((share) => share.stopped),
    lost: shares.flatMap((share) => share.lost),
    elapsedMs: performance.now() - started,
    failedCases: shares.reduce((sum, share) => sum + share.failedCases, 0),
    bySignature: [...bySignature],
    slow: shares.flatMap((share) => share.slow),
    slowest: shares.map((share) => share.slowest).reduce((a, b) => (b.ms > a.ms ? b : a)),
    times: shares.flatMap((share) => share.times),
  };
}

function printSummary(figures: Figures): void {
  const sorted = [...figures.times].sort((a, b) => a - b);
  const quantile = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0);
  const { slowest, slow } = figures;
  if (figures.stopped) console.log(`stopped early: ${figures.cases} of ${total} cases run`);
  for (const why of figures.lost) console.log(`lost: ${why}; its cases are not counted`);
  const processes = jobs > 1 ? ` in ${jobs} processes` : '';
  console.log(`fuzz: ${figures.cases} cases (seed ${seed}) in ${(figures.elapsedMs / 1000).toFixed(0)} s${processes}; ${figures.failedCases} failing cases, ${figures.bySignature.length} signatures; ${slow.length} cases over ${slowMs} ms`);
  console.log(`time per case: median ${quantile(0.5).toFixed(1)} ms, p99 ${quantile(0.99).toFixed(1)} ms, max ${slowest.ms.toFixed(1)} ms`);
  if (slowest.ms >= 0) console.log(`slowest: case ${slowest.id} ${slowest.ms.toFixed(1)} ms: ${slowest.label}`);
  if (figures.bySignature.length > 0) {
    console.log('failures by signature:');
    for (const [signature, { count, example, detail }] of [...figures.bySignature].sort((a, b) => b[1].count - a[1].count)) {
      console.log(`  ${String(count).padStart(6)} × ${signature}\n           e.g. case ${example}\n           ${detail.slice(0, 200)}`);
    }
  }
  if (slow.length > 0) {
    console.log(`slow cases (over ${slowMs} ms when run again alone):`);
    for (const s of [...slow].sort((a, b) => b.ms - a.ms).slice(0, 20)) console.log(`  ${s.ms.toFixed(0).padStart(6)} ms  case ${s.id} ${s.label}`);
  }
}

if (values.shard) {
  const [shard, of] = values.shard.split('/').map(Number);
  // Exit only once the figures are written: a long run's line is a megabyte, and exiting at once left the pipe
  // with its first 64 KB (the figures lost, the whole 100 000-case run ending without its summary).
  process.stdout.write(`${JSON.stringify(await runShare(shard, of))}\n`, () => process.exit(0));
} else {
  const figures = jobs > 1 ? await runInProcesses() : await runShare(0, 1);
  printSummary(figures);
  // 1 for anything found or lost; a run stopped before its count without finding anything ends as a stopped program does.
  process.exit(figures.failedCases > 0 || figures.slow.length > 0 || figures.lost.length > 0 ? 1 : figures.stopped ? 130 : 0);
}
