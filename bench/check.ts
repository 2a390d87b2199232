/**
 * `npm run bench [-- --plans 2000 --problems 60 --rate 0.03 --keep]`: the gate's speed over a synthetic archive.
 * Builds the CLI, writes the corpus to a temporary folder, then runs each measurement in its own process and
 * prints, from this one run: plans/s, MB/s, peak memory and the ratio to a floor measured on the same files
 * (read + JSON.parse; floor and check each run twice, the faster kept); the per-plan rules alone; the batch rule copied-across-plans
 * alone and its growth from a tenth of the corpus to all of it; --concurrency 2 and auto against 1; a tenth of the corpus against all of it; the warm cache; and
 * the median cold start of `rectlint check one.json`. It prints figures and the goals beside them; it asserts
 * nothing (timings belong in benchmarks, not tests).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { COPY_EVERY, writeCorpus } from './corpus.js';

const { values } = parseArgs({
  options: { plans: { type: 'string', default: '2000' }, problems: { type: 'string', default: '60' }, rate: { type: 'string', default: '0.03' }, keep: { type: 'boolean' }, 'cold-runs': { type: 'string', default: '15' } },
});
const ROOT = resolve(import.meta.dirname, '..');
const CHILD = join(ROOT, 'bench/measure-child.mjs');
const plans = Number(values.plans);
const problemsPerPlan = Number(values.problems);

interface Measured {
  wallMs: number;
  /** User + system time of the child's threads: what the run itself cost, whatever else shares the machine. */
  cpuMs: number;
  maxRssMB: number;
  code: number;
}

/** One measured child process, in `cwd`; wall time as the caller sees it. */
function measure(args: string[], cwd: string): Measured {
  const started = performance.now();
  const child = spawnSync(process.execPath, [CHILD, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallMs = performance.now() - started;
  const last = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !last.startsWith('{')) throw new Error(`measurement failed (${args.join(' ')}):\n${child.stderr}`);
  const { cpuMs, maxRssMB, code } = JSON.parse(last);
  return { wallMs, cpuMs, maxRssMB, code };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const verdict = (ok: boolean) => (ok ? '✔ goal met' : '✖ goal missed');

console.log('building the CLI (npm run build)…');
if (spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) console.log('(build reported type errors; dist/ was still written)');

const dir = mkdtempSync(join(tmpdir(), 'rectlint-bench-'));
const corpusDir = join(dir, 'corpus');
console.log(`writing ${fmt(plans)} plans × ${problemsPerPlan} problems to ${corpusDir}…`);
const corpus = await writeCorpus(corpusDir, { plans, problemsPerPlan, findingRate: Number(values.rate) });
const mb = corpus.bytes / 1e6;
const listFile = join(dir, 'files.txt');
writeFileSync(listFile, corpus.files.join('\n'));
// The tenth: the first tenth of the batches (100 plans each), the same kind of files.
const tenthBatches = Math.max(1, Math.round(plans / 1000));
const tenthFiles = corpus.files.filter((file) => Number(/batch-(\d+)/.exec(file)![1]) < tenthBatches);
const tenthBytes = tenthFiles.reduce((n, file) => n + readFileSync(file).length, 0);
const coreConfig = join(dir, 'core-rules.json');
const CORE_RULES = ['require-cause-analysis', 'require-responsible-leader', 'require-deadline', 'require-measures', 'completed-requires-evidence', 'meeting-frequency'];
writeFileSync(coreConfig, JSON.stringify({ extends: [], files: ['**/*.json'], rules: Object.fromEntries(CORE_RULES.map((id) => [id, 'error'])) }));
// The per-plan rules of rectlint:recommended (its batch rules off), and the batch rule alone.
const BATCH_RULES = ['copied-across-plans', 'template-text'];
const perPlanConfig = join(dir, 'per-plan-rules.json');
writeFileSync(perPlanConfig, JSON.stringify({ files: ['**/*.json'], rules: Object.fromEntries(BATCH_RULES.map((id) => [id, 'off'])) }));
const batchConfig = join(dir, 'batch-rule.json');
writeFileSync(batchConfig, JSON.stringify({ extends: [], files: ['**/*.json'], rules: { 'copied-across-plans': 'warn' } }));
const tenthPaths = Array.from({ length: tenthBatches }, (_, i) => `corpus/batch-${String(i).padStart(3, '0')}`);

const check = (extra: string[], out: string, paths = ['corpus']) => measure(['cli', 'check', ...paths, '-f', `json:${join(dir, out)}`, ...extra], dir);

// The corpus was just written: let the kernel write it out first, so no measurement shares the disk with that.
spawnSync('sync');
console.log('measuring (each run in its own process)…\n');
// The floor and the single-thread check are each measured twice, interleaved with the other runs, and the
// faster of each pair is kept: the same treatment for both sides of the ratio.
const floor = measure(['floor', listFile], dir);
const singleFirst = check([], 'out-1.json');
const double = check(['--concurrency', '2'], 'out-2.json');
const floorAgain = measure(['floor', listFile], dir);
const singleAgain = check([], 'out-1.json');
const single = singleFirst.wallMs <= singleAgain.wallMs ? singleFirst : singleAgain;
// auto gets the same treatment as one thread: two runs, the faster kept.
const autoFirst = check(['--concurrency', 'auto'], 'out-auto.json');
const autoAgain = check(['--concurrency', 'auto'], 'out-auto.json');
const auto = autoFirst.wallMs <= autoAgain.wallMs ? autoFirst : autoAgain;
const tenth = check([], 'out-tenth.json', tenthPaths);
const coreOnly = check(['-c', coreConfig], 'out-core.json');
const perPlan = check(['-c', perPlanConfig], 'out-per-plan.json');
const batch = check(['-c', batchConfig], 'out-batch.json');
const batchTenth = check(['-c', batchConfig], 'out-batch-tenth.json', tenthPaths);
const stylish = measure(['cli', 'check', 'corpus'], dir);
check(['--cache'], 'out-cache-cold.json');
const cacheWarm = check(['--cache'], 'out-cache-warm.json');
const one = corpus.files[0];
const cold: number[] = [];
for (let i = 0; i < Number(values['cold-runs']); i++) cold.push(measure(['cli', 'check', one, '-f', `json:${join(dir, 'out-one.json')}`], dir).wallMs);
cold.sort((a, b) => a - b);
const coldMedian = cold[Math.floor(cold.length / 2)];

const output = (name: string) => readFileSync(join(dir, name), 'utf8');
const identical = output('out-1.json') === output('out-2.json');
const autoIdentical = output('out-1.json') === output('out-auto.json');
const cacheIdentical = output('out-1.json') === output('out-cache-warm.json');
const countFindings = (name: string) => (JSON.parse(output(name)) as { messages: unknown[] }[]).reduce((n, r) => n + r.messages.length, 0);
const findings = countFindings('out-1.json');
const batchFindings = countFindings('out-batch.json');
// Judged on CPU time: on a shared machine a long run's wall time also measures the others' load, which the short one
// may have missed (200 → 2 000 plans measured 19.8× in wall time and 8.8× in CPU time in one run here).
const batchScaling = batch.cpuMs / batchTenth.cpuMs;
const perPlanRatio = perPlan.wallMs / Math.min(floor.wallMs, floorAgain.wallMs);
const floorMs = Math.min(floor.wallMs, floorAgain.wallMs);
const ratio = single.wallMs / floorMs;
const speedup = single.wallMs / double.wallMs;
const scaling = single.wallMs / tenth.wallMs;

const rows: [string, string][] = [
  ['machine', `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} threads, Node ${process.version}`],
  ['corpus', `${fmt(plans)} plans × ${problemsPerPlan} problems, ${fmt(mb, 1)} MB, ${fmt(findings)} findings (${fmt((100 * findings) / (plans * problemsPerPlan), 1)} per 100 problems)`],
  ['floor (read + JSON.parse)', `${fmt(floorMs)} ms (runs: ${fmt(floor.wallMs)}, ${fmt(floorAgain.wallMs)}), ${fmt(mb / (floorMs / 1000), 1)} MB/s, peak ${fmt(floor.maxRssMB)} MB`],
  ['check, 1 thread (-f json)', `${fmt(single.wallMs)} ms (runs: ${fmt(singleFirst.wallMs)}, ${fmt(singleAgain.wallMs)}), ${fmt(plans / (single.wallMs / 1000))} plans/s, ${fmt(mb / (single.wallMs / 1000), 1)} MB/s, peak ${fmt(single.maxRssMB)} MB`],
  ['ratio to floor', `${fmt(ratio, 2)} (with the batch rules, which compare every plan with every other unit's)`],
  ['  per-plan rules only (goal ≤ 3)', `${fmt(perPlan.wallMs)} ms, ratio ${fmt(perPlanRatio, 2)}, peak ${fmt(perPlan.maxRssMB)} MB  ${verdict(perPlanRatio <= 3)}`],
  ['  six core rules only', `${fmt(coreOnly.wallMs)} ms, ratio ${fmt(coreOnly.wallMs / floorMs, 2)}`],
  ['  default format (stylish)', `${fmt(stylish.wallMs)} ms, peak ${fmt(stylish.maxRssMB)} MB`],
  ['--concurrency 2', `${fmt(double.wallMs)} ms, ${fmt(speedup, 2)}× the speed of 1 thread, peak ${fmt(double.maxRssMB)} MB, output ${identical ? 'identical' : 'DIFFERENT'}  ${verdict(speedup > 1 && identical)}`],
  // auto adds a worker only for an idle core: on a busy machine it is one thread, and the ratio is 1 by design.
  ['--concurrency auto (goal: not slower than 1 thread, 2% noise)', `${fmt(auto.wallMs)} ms (runs: ${fmt(autoFirst.wallMs)}, ${fmt(autoAgain.wallMs)}), ${fmt(single.wallMs / auto.wallMs, 2)}× the speed of 1 thread, CPU ${fmt(auto.cpuMs)} ms against ${fmt(single.cpuMs)} ms, output ${autoIdentical ? 'identical' : 'DIFFERENT'}  ${verdict(auto.wallMs <= single.wallMs * 1.02 && autoIdentical)}`],
  ['10× the corpus (goal ≤ 11×)', `${fmt(tenthFiles.length)} plans (${fmt(tenthBytes / 1e6, 1)} MB) ${fmt(tenth.wallMs)} ms → ${fmt(plans)} plans ${fmt(single.wallMs)} ms: ${fmt(scaling, 2)}×  ${verdict(scaling <= 11)}`],
  ['batch rule copied-across-plans alone', `${fmt(batch.wallMs)} ms (CPU ${fmt(batch.cpuMs)} ms), peak ${fmt(batch.maxRssMB)} MB, ${fmt(batchFindings)} findings (one plan in ${COPY_EVERY} is a copy)`],
  [
    `  ${fmt(tenthFiles.length)} → ${fmt(plans)} plans, CPU (goal ≤ 11×)`,
    `CPU ${fmt(batchTenth.cpuMs)} ms, peak ${fmt(batchTenth.maxRssMB)} MB → CPU ${fmt(batch.cpuMs)} ms: ${fmt(batchScaling, 2)}× (wall ${fmt(batchTenth.wallMs)} → ${fmt(batch.wallMs)} ms: ${fmt(batch.wallMs / batchTenth.wallMs, 2)}×)  ${verdict(batchScaling <= 11)}`,
  ],
  ['--cache, warm', `${fmt(cacheWarm.wallMs)} ms (${fmt(single.wallMs / cacheWarm.wallMs, 1)}× faster), output ${cacheIdentical ? 'identical' : 'DIFFERENT'}`],
  ['cold start, check one.json', `median ${fmt(coldMedian)} ms of ${cold.length} (min ${fmt(cold[0])}, max ${fmt(cold[cold.length - 1])})  ${verdict(coldMedian <= 250)}`],
];
const width = Math.max(...rows.map(([label]) => label.length));
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);

if (values.keep) console.log(`\nkept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
