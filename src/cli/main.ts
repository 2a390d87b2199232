import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../config/config-error.js';
import { closestWord } from '../core/text-distance.js';
import { RunOptionError } from '../run/run-options.js';
import { configErrorText } from './config-error-text.js';
import { EXIT, UsageError } from './exit-codes.js';
import type { CliIo } from './io.js';
import { VERSION } from './version.js';

/** Commands load on demand: `check` should not pay for `init` or the language server. */
const COMMANDS: Record<string, () => Promise<{ run(argv: string[], io: CliIo): Promise<number> }>> = {
  check: async () => ({ run: (await import('./check.js')).runCheck }),
  baseline: async () => ({ run: (await import('./baseline-command.js')).runBaseline }),
  rules: async () => ({ run: (await import('./rules-command.js')).runRules }),
  init: async () => ({ run: (await import('./init.js')).runInit }),
  import: async () => ({ run: (await import('./import-command.js')).runImport }),
  diff: async () => ({ run: (await import('./diff-command.js')).runDiff }),
  lsp: async () => ({ run: (await import('./lsp.js')).runLsp }),
  serve: async () => ({ run: (await import('../serve/command.js')).runServe }),
};

export const HELP = `rectlint ${VERSION}: 巡察整改方案检查工具 (linter for rectification plans)

用法 / usage:
  rectlint check [路径…] [选项]   检查整改方案 (check plans); rectlint check --help
  rectlint baseline [路径…]       记录现有的审核发现，check --baseline 只对新发现报错 (record current findings)
  rectlint rules [-f json]       列出全部规则 (list the rules)
  rectlint init [--force]        生成配置与方案骨架 (write a starter config and plan)
  rectlint init --ledger [FILE]  生成 Excel 整改台账模板 (write the .xlsx 台账 template an office sends out)
  rectlint import 报告 [-o 文件]  把报告或台账（.docx/.xlsx/.csv/.pdf/.txt…）转为方案 JSON (import a report as a plan)
  rectlint diff 旧 新             比较两个版本或方案与报告 (compare two versions, or a plan and its report)
  rectlint lsp --stdio           编辑器语言服务器 (language server for editors)
  rectlint serve [--port N]      审核工作台：本地网页应用 (the review workbench, a local web app)
  rectlint --version

每个命令都接受 --help (every command takes --help)。
`;

/**
 * A first argument that is no command, no option and no path that exists, written as a bare word (no separator,
 * extension or glob): a mistyped command (`rectlint chek examples`), not a plan to look for.
 */
function unknownCommand(first: string | undefined, cwd: string): string | undefined {
  if (first === undefined || Object.hasOwn(COMMANDS, first) || !/^[A-Za-z][\w-]*$/.test(first)) return undefined;
  return existsSync(resolve(cwd, first)) ? undefined : first;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const unknown = unknownCommand(first, io.cwd);
  if (unknown !== undefined) {
    const guess = closestWord(unknown, Object.keys(COMMANDS));
    io.stderr.write(`rectlint: 未知命令 “${unknown}”${guess ? `，是否应为 “${guess}”？` : ''} (unknown command "${unknown}"${guess ? `; did you mean "${guess}"?` : ''})\n运行 rectlint --help 查看用法 (see rectlint --help)\n`);
    return EXIT.usage;
  }
  // Own keys only: `rectlint constructor` checks a file named constructor, it does not call Object's constructor.
  const command = first !== undefined && Object.hasOwn(COMMANDS, first) ? first : 'check';
  const args = command === first ? rest : argv;
  try {
    return await (await COMMANDS[command]()).run(args, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof RunOptionError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`rectlint: ${(error as Error).message}\n${command === 'check' ? '运行 rectlint check --help 查看用法 (see rectlint check --help)\n' : ''}`);
      return EXIT.usage;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(configErrorText(error, undefined).replace('配置错误', '配置错误 (configuration error)'));
      return EXIT.usage;
    }
    io.stderr.write(`rectlint: 内部错误 (internal error): ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.usage;
  }
}
