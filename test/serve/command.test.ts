import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { tempProject } from '../temp-project.js';

describe('rectlint serve: usage', () => {
  it('prints its help', async () => {
    const run = await runCli(['serve', '--help'], tempProject({}));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--auth PASSWORD');
    expect((await runCli(['--help'], tempProject({}))).stdout).toContain('rectlint serve');
  });

  it.each([
    [['--host', '0.0.0.0'], '须使用 --auth'],
    [['--host', '192.168.1.20', '--auth', 'short'], '至少 8 个字符'],
    [['--auth', 'long enough password', '--auth-file', 'pw.txt'], '只能用一个'],
    [['--auth-file', 'missing.txt'], '无法读取 --auth-file'],
    [['--port', 'abc'], '--port 需要 0–65535 的整数'],
    [['--port', '70000'], '--port 需要 0–65535 的整数'],
    [['--max-file-size', '0'], '--max-file-size 需要 1–1024 的整数'],
    [['plans/'], 'serve 不接受路径参数'],
    [['--bogus'], "Unknown option '--bogus'"],
  ])('refuses %j with exit code 2 and says why, before listening', async (args, message) => {
    const run = await runCli(['serve', ...args], tempProject({}));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });
});
