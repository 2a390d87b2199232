/**
 * How long each output format takes over a batch of plans already checked, and how big its output is:
 * `npm run bench:report [-- plans]` (default 500 plans of 20 problems). Prints figures; asserts nothing.
 */
import { Chalk } from 'chalk';
import { lintText, loadConfig, type FileResult } from '../src/api.js';
import { loadFormatter } from '../src/formatters/index.js';
import { planText } from './corpus.js';

const plans = Number(process.argv[2] ?? 500);
const options = { plans, problemsPerPlan: 20, findingRate: 0.1 };
const config = await loadConfig(undefined, process.cwd());
const results: FileResult[] = [];
for (let i = 0; i < plans; i++) results.push(await lintText(planText(i, options), { filePath: `corpus/plan-${i}.json`, config }));

const context = { cwd: process.cwd(), locale: 'zh-CN' as const, chalk: new Chalk({ level: 0 }), explainScore: false, rules: new Map(), version: 'bench' };
console.log(`${plans} plans × ${options.problemsPerPlan} problems, ${results.reduce((n, r) => n + r.diagnostics.length, 0)} findings`);
for (const name of ['stylish', 'json', 'csv', 'html']) {
  const formatter = (await loadFormatter(name))!;
  formatter(results, context); // warm-up
  const times: number[] = [];
  let size = 0;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    size = Buffer.byteLength(formatter(results, context));
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(8)} median ${times[2].toFixed(1).padStart(7)} ms  (${(times[2] / plans).toFixed(3)} ms/plan)  ${(size / 1024).toFixed(0).padStart(7)} KiB`);
}
