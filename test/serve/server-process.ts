/** `rectlint serve` as a user starts it: the built binary in its own process, on a free port. */
import { spawn, type ChildProcess } from 'node:child_process';
import { BIN } from '../cli/run-cli.js';

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Ends the server as Ctrl+C does, and waits for it. */
  stop(): Promise<number | null>;
  /** Kills it outright (SIGKILL), as a crash or a power cut would. */
  kill(): Promise<void>;
}

export function startServe(dataDir: string, args: string[] = [], env: Record<string, string> = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', dataDir, ...args], { env: { PATH: process.env.PATH, LANG: 'zh_CN.UTF-8', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (!url) return;
      clearTimeout(timer);
      child.stdout!.off('data', read);
      child.stdout!.on('data', (more: Buffer) => (output += more.toString()));
      resolve({
        url: url[1],
        child,
        output: () => output,
        stop: async () => {
          child.kill('SIGINT');
          return exited;
        },
        kill: async () => {
          child.kill('SIGKILL');
          await exited;
        },
      });
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}: ${output}`));
    });
  });
}
