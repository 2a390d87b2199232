import { parseArgs } from 'node:util';
import { UsageError } from './exit-codes.js';
import type { CliIo } from './io.js';

export const LSP_HELP = `rectlint lsp --stdio

以标准输入输出运行语言服务器 (LSP 3.17)，供编辑器使用；配置方法见 README。
Run the language server over stdin/stdout (LSP 3.17) for editors; see the README for editor setup.
`;

/**
 * `rectlint lsp --stdio`. The protocol owns stdout, so everything else the process prints (console.log included)
 * goes to stderr, which editors keep as the server's log. Resolves only when the connection ends the process.
 */
export async function runLsp(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { stdio: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, strict: true });
  if (values.help) {
    io.stdout.write(LSP_HELP);
    return 0;
  }
  if (!values.stdio) throw new UsageError('lsp 需要 --stdio：语言服务器经标准输入输出通信 (the language server speaks over --stdio)');
  for (const method of ['log', 'info', 'debug', 'warn'] as const) console[method] = (...args: unknown[]) => console.error(...args);
  const [{ createConnection }, { startLanguageServer }] = await Promise.all([import('vscode-languageserver/node.js'), import('../lsp/server.js')]);
  process.on('unhandledRejection', (reason) => console.error('rectlint lsp: unhandled rejection:', reason));
  startLanguageServer(createConnection(process.stdin, process.stdout), { cwd: io.cwd });
  return new Promise<number>(() => {});
}
