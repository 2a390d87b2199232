/**
 * `rectlint serve`: the review workbench for inspection offices, a local web application over the same checks as
 * `rectlint check`. Listens on 127.0.0.1 unless `--host` says otherwise, and then only with `--auth`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../cli/exit-codes.js';
import type { CliIo } from '../cli/io.js';
import { isLoopback } from './hosts.js';

export const SERVE_HELP = `rectlint serve [选项]

启动审核工作台（本地网页应用，完全离线）：建立巡察轮次，拖入各单位报送的材料，查看检查结果，
认可或评论审核发现，作出审核决定，导出审核意见书（.docx）、轮次汇总（.xlsx）和审核报告（.html）。
Start the review workbench, a local web application that works offline.

选项 / options:
  --port N           端口 (port; default 8700; 0 picks a free one)
  --data DIR         数据目录 (data folder; default ./rectlint-data)
  --host HOST        监听地址 (address to listen on; default 127.0.0.1); 非本机地址须同时使用 --auth
  --auth PASSWORD    登录口令 (sign-in password or token, at least 8 characters)
  --auth-file FILE   从文件第一行读取口令 (read the password from the first line of FILE)
  --config FILE      可供轮次选用的配置文件 (a config file rounds may be checked with)
  --max-file-size MB 单个文件大小上限 (largest file accepted; default 20)
  --workers N        检查线程数 (worker threads for checking; default 2)
`;

const OPTIONS = {
  port: { type: 'string' },
  data: { type: 'string' },
  host: { type: 'string' },
  auth: { type: 'string' },
  'auth-file': { type: 'string' },
  config: { type: 'string' },
  'max-file-size': { type: 'string' },
  workers: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function integer(flag: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) throw new UsageError(`${flag} 需要 ${min}–${max} 的整数 (needs a whole number from ${min} to ${max}), not "${value}"`);
  return number;
}

function password(values: { auth?: string; 'auth-file'?: string }, cwd: string): string | undefined {
  if (values.auth !== undefined && values['auth-file'] !== undefined) throw new UsageError('--auth 与 --auth-file 只能用一个 (give --auth or --auth-file, not both)');
  let secret = values.auth;
  if (values['auth-file'] !== undefined) {
    try {
      secret = readFileSync(resolve(cwd, values['auth-file']), 'utf8').split(/\r?\n/u)[0];
    } catch (error) {
      throw new UsageError(`无法读取 --auth-file (cannot read --auth-file): ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  if (secret !== undefined && secret.trim().length < 8) throw new UsageError('口令至少 8 个字符 (the password needs at least 8 characters)');
  return secret;
}

export async function runServe(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: true });
  if (values.help) {
    io.stdout.write(SERVE_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`serve 不接受路径参数 (serve takes no paths): ${positionals.join(' ')}`);
  const host = values.host ?? '127.0.0.1';
  const secret = password(values, io.cwd);
  if (!isLoopback(host) && secret === undefined) {
    throw new UsageError(`在 ${host} 上监听须使用 --auth 或 --auth-file 设置口令 (listening on ${host} needs --auth or --auth-file: anyone who can reach it could read the plans)`);
  }
  // The server, its framework and its database load only now: `serve --help` and a bad flag need none of them.
  const [{ startServer }, { DataDirError }] = await Promise.all([import('./server.js'), import('./store/database.js')]);
  const server = await startServer({
    host,
    port: integer('--port', values.port, 8700, 0, 65535),
    dataDir: resolve(io.cwd, values.data ?? 'rectlint-data'),
    ...(secret !== undefined ? { password: secret } : {}),
    ...(values.config ? { configFile: resolve(io.cwd, values.config) } : {}),
    maxFileBytes: integer('--max-file-size', values['max-file-size'], 20, 1, 1024) * 1024 * 1024,
    workers: integer('--workers', values.workers, 2, 1, 64),
  }).catch((error: unknown) => {
    // What the user can fix is a usage error (exit 2, one line), not an internal one.
    if (error instanceof DataDirError) throw new UsageError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`端口已被占用 (the port is in use): ${values.port ?? 8700}`);
    if (code === 'EACCES' || code === 'EADDRNOTAVAIL') throw new UsageError(`无法在 ${host} 上监听 (cannot listen on ${host}): ${code}`);
    throw error;
  });
  io.stdout.write(`rectlint 审核工作台已启动 (review workbench running): ${server.url}\n数据目录 (data): ${server.context.store.dataDir}\n按 Ctrl+C 停止 (Ctrl+C stops it)\n`);
  return new Promise<number>((resolveExit) => {
    const stop = () => {
      void server.close().then(() => resolveExit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
