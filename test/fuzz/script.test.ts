import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** `npm run fuzz`, as a long run is started: its summary is what a reader of the run trusts. */
function fuzz(args: string[]): { code: number | null; stdout: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/fuzz.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout };
}

describe('npm run fuzz', () => {
  it('--jobs 2 runs the cases in two processes and prints one summary of them all', () => {
    const run = fuzz(['--cases', '4', '--jobs', '2', '--seed', '3', '--quiet']);
    expect(run.stdout).toMatch(/^fuzz: 4 cases \(seed 3\) in \d+ s in 2 processes; 0 failing cases, 0 signatures; 0 cases over 1000 ms$/mu);
    expect(run.stdout).not.toMatch(/lost|stopped/u);
    expect(run.code).toBe(0);
  }, 120_000);
});
