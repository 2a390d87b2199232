import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { lintFiles } from '../api.js';
import { BaselineError, readBaseline, writeBaseline } from '../baseline/baseline.js';
import { parseAsOf, parseRuleFlags } from './check.js';
import { EXIT, UsageError } from './exit-codes.js';
import { GATE_OPTIONS, parseGateOptions } from './gate-options.js';
import type { CliIo } from './io.js';
import { chooseLocale } from './locale.js';

const { baseline: _baseline, ...gateOptions } = GATE_OPTIONS;

const BASELINE_OPTIONS = {
  config: { type: 'string', short: 'c' },
  rule: { type: 'string', multiple: true },
  'as-of': { type: 'string' },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  ...gateOptions,
} as const;

/** `rectlint baseline`: checks like `check` and records every finding in rectlint-baseline.json. */
export async function runBaseline(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: BASELINE_OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout.write(BASELINE_HELP);
    return EXIT.ok;
  }
  const locale = chooseLocale(values.locale, io.env);
  const asOf = parseAsOf(values['as-of']);
  const gate = parseGateOptions(values, io.cwd);
  let previous;
  try {
    // An existing file that is not a baseline is never overwritten.
    previous = existsSync(gate.baselineFile) ? await readBaseline(gate.baselineFile) : undefined;
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(error.message);
    throw error;
  }
  const run = await lintFiles(positionals, { cwd: io.cwd, configFile: values.config, ruleOverrides: parseRuleFlags(values.rule), asOf, locale, retainPlans: false, retainScoreDetail: false, ...gate.lint });
  for (const warning of run.warnings) io.stderr.write(`rectlint: ${locale === 'en' ? warning.en : warning.zh}\n`);
  for (const pattern of run.unmatched) io.stderr.write(locale === 'en' ? `rectlint: no plan file matches "${pattern}"\n` : `rectlint：没有整改方案文件匹配 “${pattern}”\n`);
  if (run.unmatched.length > 0 || run.results.some((r) => r.internalError)) return EXIT.usage;
  const written = await writeBaseline(gate.baselineFile, run.results, previous);
  const name = relative(io.cwd, gate.baselineFile) || gate.baselineFile;
  io.stdout.write(
    locale === 'en'
      ? `rectlint: wrote ${name}: ${written.entries} findings in ${written.files} files\n`
      : `rectlint：已写入 ${name}：${written.files} 个文件中的 ${written.entries} 条审核发现\n`,
  );
  return EXIT.ok;
}

export const BASELINE_HELP = `rectlint baseline [路径或通配符…] [选项]

检查方案并把现有的全部审核发现记入 rectlint-baseline.json（应提交到版本库）；此后 rectlint check --baseline 只对新的审核发现报错。
Record every current finding in rectlint-baseline.json (commit it); check --baseline then fails only on new ones.

  -c, --config 文件             使用此配置
      --rule 规则:级别           覆盖规则级别，可多次给出
      --as-of YYYY-MM-DD        以该日期为“今天”
      --baseline-location 文件  基线文件（默认 ./rectlint-baseline.json）
      --concurrency N|auto      工作线程数
      --rule-timeout 秒         载入插件时单条规则检查单个文件的时限（默认 10，0 为不限）
      --cache, --cache-location 使用结果缓存

未检查的文件（如只给出一个子目录）在基线中的条目保留；已删除文件的条目被清除。
`;
