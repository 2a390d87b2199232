/**
 * One measured run in its own process, so each figure has its own peak memory:
 *   node bench/measure-child.mjs floor LIST_FILE      read + JSON.parse every file listed (the floor)
 *   node bench/measure-child.mjs cli ARGS…            `rectlint ARGS…` through the built CLI
 * The last line of stdout is JSON: { ms, cpuMs, maxRssMB, code } (cpuMs: user + system time of every thread). Plain JavaScript, so no loader adds start-up time.
 */
import { readFileSync } from 'node:fs';

const [mode, ...args] = process.argv.slice(2);
const started = performance.now();
let code = 0;
if (mode === 'floor') {
  let keys = 0;
  for (const file of readFileSync(args[0], 'utf8').split('\n').filter(Boolean)) keys += Object.keys(JSON.parse(readFileSync(file, 'utf8'))).length;
  if (keys === 0) code = 1;
} else {
  const { main } = await import('../dist/src/cli/main.js');
  const sink = { write: () => true, isTTY: false };
  code = await main(args, { stdout: sink, stderr: { write: (text) => process.stderr.write(text), isTTY: false }, env: { ...process.env, NO_COLOR: '1' }, cwd: process.cwd() });
}
const ms = performance.now() - started;
const cpu = process.cpuUsage();
console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024, code }));
