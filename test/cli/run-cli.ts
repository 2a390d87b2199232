import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { main } from '../../src/cli/main.js';

export const BIN = resolve(import.meta.dirname, '../../bin/rectlint.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams (fast; same code path as the binary). */
export async function runCli(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    env: { LANG: 'zh_CN.UTF-8', ...env },
    cwd,
  });
  return { code, stdout, stderr };
}

/** Runs the built binary as a user would (needs `npm run build`). */
export function runBin(args: string[], cwd: string, env: Record<string, string> = {}): CliRun {
  const child = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'zh_CN.UTF-8', ...env } });
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}
