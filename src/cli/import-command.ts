import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigFinder } from '../config/find-config.js';
import { loadConfig } from '../config/load-config.js';
import { LineIndex } from '../core/source-range.js';
import { readReportFile } from '../run/read-report-file.js';
import { isReportFile, notReadMessage, REPORT_EXTENSIONS } from '../import/report-files.js';
import type { ImportedPlan } from '../import/import-report.js';
import { sourcePlaces } from '../import/source-places.js';
import { countUnrecognized } from '../import/unrecognized.js';
import { EXIT, UsageError } from './exit-codes.js';
import type { CliIo } from './io.js';
import { chooseLocale } from './locale.js';

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'no-source': { type: 'boolean' },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const IMPORT_HELP = `rectlint import 报告文件 [-o plan.json]

把整改报告或台账（.txt、.md、.docx、.xlsx、.csv、.pdf）转换为整改方案 JSON；不给 -o 时写到标准输出。
Turn a report or ledger (.txt, .md, .docx, .xlsx, .csv, .pdf) into a plan JSON; to stdout unless -o is given.

  -o, --output 文件     写入此文件
  -c, --config 文件     用此配置的 import 用词（默认：报告所在目录向上最近的 rectlint.config.json）
                        use this config's import words (default: the nearest rectlint.config.json)
      --no-source        不写 x-source（每个值在原文件中的位置：行列、工作表单元格、表格单元格、PDF 页行）
                         leave out x-source (where each value stands in the report: line and column, cell, page)
      --locale zh-CN|en  提示语言

编码 / encodings: UTF-8（可带 BOM）、带 BOM 的 UTF-16、GB18030/GBK（自动识别）。
检查报告本身请用 rectlint check 报告文件 (check the report itself with rectlint check FILE).
退出码 / exit codes: 0 已导入 imported · 1 文件无法读取或导入 unreadable · 2 用法错误 usage
`;

/** `rectlint import FILE [-o plan.json]`: the importer's front end; the plan is what `check` would lint. */
export async function runImport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout.write(IMPORT_HELP);
    return EXIT.ok;
  }
  const en = chooseLocale(values.locale, io.env) === 'en';
  if (positionals.length !== 1) throw new UsageError(en ? 'import takes exactly one report file' : 'import 需要且只需要一个报告文件 (import takes exactly one report file)');
  const file = resolve(io.cwd, positionals[0]);
  const shown = relative(io.cwd, file) || file;
  if (!isReportFile(file)) {
    const notRead = notReadMessage(file);
    throw new UsageError(notRead ? `${shown}: ${en ? notRead.en : notRead.zh}` : `${en ? 'can only import' : '只能导入 (can only import)'} ${REPORT_EXTENSIONS.join(', ')}: ${shown}`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    io.stderr.write(en ? `rectlint: cannot read ${shown}: ${code}\n` : `rectlint：无法读取 ${shown}：${code}\n`);
    return EXIT.failed;
  }
  // The office's own labels and headers come from the config (its `import`); its plugins are not needed here.
  const configFile = values.config ? resolve(io.cwd, values.config) : await new ConfigFinder().find(dirname(file));
  const config = configFile ? await loadConfig(configFile, io.cwd, { plugins: false }) : undefined;
  const read = await readReportFile(bytes, file, { lexicon: config?.import });
  const failure = 'error' in read ? { message: read.error, text: read.text, range: read.range } : read.document.syntaxError ? { message: read.document.syntaxError.message, text: '', range: undefined } : undefined;
  if (failure) {
    const at = failure.range?.start ?? new LineIndex(failure.text).position(failure.text.length);
    io.stderr.write(`rectlint: ${shown}:${at.line}:${at.column}: ${en ? failure.message.en : failure.message.zh}\n`);
    return EXIT.failed;
  }
  const { imported } = read as Exclude<typeof read, { error: unknown }>;
  const { plan } = imported;
  const target = values.output ? resolve(io.cwd, values.output) : undefined;
  // Where each value came from, the report named relative to the plan written (or to the working directory).
  const source = values['no-source'] ? {} : { 'x-source': sourcePlaces(imported, relative(target ? dirname(target) : io.cwd, file).replaceAll('\\', '/')) };
  const json = `${JSON.stringify({ $schema: './node_modules/rectlint/schemas/plan.schema.json', ...plan, ...source }, null, 2)}\n`;
  if (target) {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, json);
  } else io.stdout.write(json);
  io.stderr.write(`${summary(shown, plan, en)}\n`);
  return EXIT.ok;
}

function summary(shown: string, plan: ImportedPlan, en: boolean): string {
  const problems = plan.aspects.reduce((n, aspect) => n + aspect.problems.length, 0);
  const unrecognized = countUnrecognized(plan);
  const counts = { aspects: plan.aspects.length, problems, commitments: plan.commitments?.length ?? 0, meetings: plan.meetings?.length ?? 0 };
  return en
    ? `rectlint: imported ${shown}: ${counts.aspects} aspects, ${counts.problems} problems, ${counts.commitments} commitments, ${counts.meetings} meeting entries; ${unrecognized} unrecognised passages (rectlint check shows where)`
    : `rectlint：已导入 ${shown}：${counts.aspects} 个方面、${counts.problems} 个问题、${counts.commitments} 项长效机制承诺、${counts.meetings} 条会议记录；${unrecognized} 处文字未能识别（rectlint check 可查看位置）`;
}
