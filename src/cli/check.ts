import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lintFiles, type FileResult } from '../api.js';
import { quieted } from '../run/file-result.js';
import { ConfigError } from '../config/config-error.js';
import { RunOptionError } from '../run/run-options.js';
import { severityOf } from '../config/rule-settings.js';
import { configErrorText } from './config-error-text.js';
import { isIsoDate } from '../core/dates.js';
import { recordOf } from '../core/records.js';
import { loadFormatter, FORMAT_NAMES, PLAN_FREE_FORMATS, SCORE_DETAIL_FREE_FORMATS } from '../formatters/index.js';
import type { Locale, Severity } from '../rule-kit/types.js';
import { chooseStyles } from './color.js';
import { EXIT, UsageError } from './exit-codes.js';
import { GATE_OPTIONS, parseGateOptions, withBaseline } from './gate-options.js';
import type { CliIo } from './io.js';
import { chooseLocale } from './locale.js';
import { progressBar } from './progress.js';
import { VERSION } from './version.js';
import { judgeRun, type RunGate } from '../run/gate.js';

export const CHECK_OPTIONS = {
  format: { type: 'string', short: 'f', multiple: true },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'min-score': { type: 'string' },
  'max-warnings': { type: 'string' },
  rule: { type: 'string', multiple: true },
  quiet: { type: 'boolean' },
  'as-of': { type: 'string' },
  plan: { type: 'string' },
  locale: { type: 'string' },
  'explain-score': { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  ...GATE_OPTIONS,
} as const;

const SEVERITIES: readonly Severity[] = ['off', 'info', 'warn', 'error'];

function parseNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0) throw new UsageError(`${flag} 需要一个非负数 (needs a non-negative number), not "${value}"`);
  return number;
}

/** `--max-warnings N`; -1 (any negative integer, as in ESLint) means no limit. */
function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value !== undefined && /^\s*-\d+\s*$/.test(value)) return undefined;
  return parseNumber('--max-warnings', value);
}

export function parseAsOf(value: string | undefined): string | undefined {
  if (value !== undefined && !isIsoDate(value)) throw new UsageError(`--as-of 需要 YYYY-MM-DD 格式的日期 (needs a YYYY-MM-DD date), not "${value}"`);
  return value;
}

/** `--plan FILE`: the plan the checked reports are held to; a missing file is a usage error, not a finding per file. */
function parsePlan(value: string | undefined, cwd: string): string | undefined {
  if (value !== undefined && !existsSync(resolve(cwd, value))) throw new UsageError(`--plan 给出的方案文件不存在 (no such plan file): "${value}"`);
  return value;
}

/** `--rule id:severity`, the severity a word or ESLint's 0/1/2; the ids are checked against the loaded rules later. */
export function parseRuleFlags(values: readonly string[] | undefined): Record<string, Severity> {
  const overrides = recordOf<Severity>();
  for (const value of values ?? []) {
    const at = value.lastIndexOf(':');
    const id = value.slice(0, at);
    const written = value.slice(at + 1);
    const severity = /^[012]$/.test(written) ? severityOf(Number(written) as 0 | 1 | 2) : (written as Severity);
    if (at <= 0 || !SEVERITIES.includes(severity)) throw new UsageError(`--rule 的格式为 规则:级别，级别为 off|info|warn|error 或 0|1|2 (--rule takes id:severity), not "${value}"`);
    overrides[id] = severity;
  }
  return overrides;
}

interface OutputSpec {
  format: string;
  file?: string;
}

function parseFormats(values: readonly string[] | undefined, output: string | undefined): OutputSpec[] {
  const specs = (values?.length ? values : ['stylish']).map((value): OutputSpec => {
    const at = value.indexOf(':');
    const spec = at > 0 ? { format: value.slice(0, at), file: value.slice(at + 1) } : { format: value };
    if (!FORMAT_NAMES.includes(spec.format)) throw new UsageError(`未知格式 “${spec.format}”，可用：${FORMAT_NAMES.join(', ')} (unknown format)`);
    return spec;
  });
  const toStdout = specs.filter((spec) => !spec.file);
  if (output && toStdout.length > 1) throw new UsageError('-o 只能用于一种格式；多种格式请写作 -f 格式:文件 (-o takes one format; use -f format:file)');
  if (output) for (const spec of toStdout) spec.file = output;
  return specs;
}

/** Every reason the gate failed, on stderr: the formats print the results, this says why the exit code is what it is. */
function gateMessages(results: readonly FileResult[], gate: RunGate, minScore: number | undefined, locale: Locale): string[] {
  const en = locale === 'en';
  const lines: string[] = [];
  for (const failure of gate.failures) {
    if (failure.kind === 'max-warnings') {
      lines.push(en ? `rectlint: ${failure.warnings} warnings, more than --max-warnings ${failure.maxWarnings}` : `rectlint：警告 ${failure.warnings} 个，超过 --max-warnings ${failure.maxWarnings}`);
    } else if (failure.kind === 'nothing-checked') {
      lines.push(en ? 'rectlint: no plan was checked (every file given is ignored or not a plan)' : 'rectlint：没有检查任何方案（给出的文件均被忽略或不是整改方案）');
    }
  }
  // The pass mark the user set is answered on stderr too (the default one is in each plan's verdict).
  for (const r of minScore === undefined ? [] : results) {
    for (const reason of r.verdict.reasons) {
      if (reason.kind !== 'score') continue;
      lines.push(en ? `rectlint: ${r.filePath} scores ${reason.score}, under the pass mark ${reason.passMark}` : `rectlint：${r.filePath} 得分 ${reason.score}，低于及格线 ${reason.passMark}`);
    }
  }
  return lines;
}

/** `--max-warnings -1` as ESLint takes it: node's parser reads a value starting with a dash as a missing value. */
function joinNegativeValues(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--max-warnings' && /^-\d+$/.test(argv[i + 1] ?? '')) joined.push(`--max-warnings=${argv[++i]}`);
    else joined.push(argv[i]);
  }
  return joined;
}

export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: joinNegativeValues(argv), options: CHECK_OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout.write(CHECK_HELP);
    return EXIT.ok;
  }
  const locale = chooseLocale(values.locale, io.env);
  const asOf = parseAsOf(values['as-of']);
  const maxWarnings = parseMaxWarnings(values['max-warnings']);
  const minScore = parseNumber('--min-score', values['min-score']);
  const outputs = parseFormats(values.format, values.output);
  const ruleOverrides = parseRuleFlags(values.rule);
  const gate = parseGateOptions(values, io.cwd);
  const plan = parsePlan(values.plan, io.cwd);
  // Parsed plans are kept only for formats that print from them (html, csv, stylish's plan table).
  const retainPlans = outputs.some((spec) => !PLAN_FREE_FORMATS.has(spec.format));
  const retainScoreDetail = Boolean(values['explain-score']) || outputs.some((spec) => !SCORE_DETAIL_FREE_FORMATS.has(spec.format));

  let run;
  const progress = progressBar(io.stderr, locale);
  try {
    run = await lintFiles(positionals, { cwd: io.cwd, configFile: values.config, ruleOverrides, asOf, ...(plan !== undefined ? { plan } : {}), locale, minScore, onProgress: progress?.update, retainPlans, retainScoreDetail, ...gate.lint });
  } catch (error) {
    progress?.end();
    if (error instanceof ConfigError) {
      io.stderr.write(configErrorText(error, locale));
      return EXIT.usage;
    }
    if (error instanceof RunOptionError) throw new UsageError(error.message);
    throw error;
  }
  const { unmatched, rules } = run;
  for (const warning of run.warnings) io.stderr.write(`rectlint: ${locale === 'en' ? warning.en : warning.zh}\n`);
  // --quiet sets the findings it does not print apart last, after the baseline matched them all.
  const judgedResults = await withBaseline(run.results, gate, io, locale);
  const results = values.quiet ? judgedResults.map(quieted) : judgedResults;
  for (const pattern of unmatched) io.stderr.write(locale === 'en' ? `rectlint: no plan file matches "${pattern}"\n` : `rectlint：没有整改方案文件匹配 “${pattern}”\n`);
  if (run.batch?.shard) io.stderr.write(shardNote(run.batch, locale));
  const runGate = judgeRun(results, { maxWarnings, allowNothing: gate.lint.shard !== undefined }, unmatched);

  for (const spec of outputs) {
    const formatter = (await loadFormatter(spec.format))!;
    const chalk = await chooseStyles(Boolean(values['no-color']) || Boolean(spec.file), io, io.stdout);
    const text = formatter(results, { cwd: io.cwd, locale, chalk, explainScore: Boolean(values['explain-score']), rules, version: VERSION, gate: runGate });
    if (spec.file) {
      const target = resolve(io.cwd, spec.file);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, text);
    } else io.stdout.write(text);
  }
  for (const line of gateMessages(results, runGate, minScore, locale)) io.stderr.write(`${line}\n`);
  return runGate.code;
}

/** A shard's batch rules compared only its own plans: said so, with the way to compare them all. */
function shardNote(batch: NonNullable<Awaited<ReturnType<typeof lintFiles>>['batch']>, locale: Locale): string {
  const { shard, rules, plans } = batch;
  const ids = rules.join(locale === 'en' ? ', ' : '、');
  return locale === 'en'
    ? `rectlint: --shard ${shard!.index}/${shard!.count}: the batch rules (${ids}) compared only this shard's ${plans} plans. To compare every plan, give each shard its own --cache-location and run once more over all paths with --merge-cache for each shard's cache: nothing is linted again.\n`
    : `rectlint：--shard ${shard!.index}/${shard!.count}：跨方案规则（${ids}）只比较了本分片的 ${plans} 份方案。要比较全部方案：各分片用各自的 --cache-location，最后对全部路径再运行一次，用 --merge-cache 给出各分片的缓存（不会重新检查）。\n`;
}

export const CHECK_HELP = `rectlint check [路径或通配符…] [选项]

检查整改方案（JSON），输出诊断与合规得分。默认检查当前目录。
Check rectification plans (JSON); print diagnostics and a compliance score.

  -f, --format 格式[:文件]  stylish（默认）、json、html（审核报告）或 csv（整改台账）；可多次给出
                            CI：sarif、junit、checkstyle、github（注释）、markdown（PR 评论）
  -o, --output 文件         写入文件而非标准输出
  -c, --config 文件         使用此配置，而非就近的 rectlint.config.json
      --min-score N         及格线：得分低于 N 的方案退回修改（默认 60）
      --max-warnings N      警告超过 N 个则不通过（-1 不限）
      --rule 规则:级别       覆盖规则级别（off|info|warn|error），可多次给出
      --quiet               只列出错误（警告和提示仍计入统计、得分和 --max-warnings）
      --as-of YYYY-MM-DD    以该日期为“今天”（默认：方案的报告日期，否则今天）
      --plan 文件           对照此整改方案检查报告（默认：报告 report.basedOn 所指的文件）
      --locale zh-CN|en     输出语言（默认取 LANG）
      --explain-score       打印得分明细
      --no-color            不使用颜色
      --baseline            只对 rectlint-baseline.json 未记录的审核发现报错（见 rectlint baseline）
      --baseline-location 文件  基线文件（默认 ./rectlint-baseline.json；给出即启用 --baseline）
      --cache               复用未变化文件的结果；--cache-location 文件或目录（默认 ./.rectlintcache）
      --concurrency N|auto  工作线程数（输出与单线程相同）
      --rule-timeout 秒     载入插件时，单条规则检查单个文件的时限（默认 10，0 为不限）；超时的规则停止并报 rule-error
      --shard i/n           只检查第 i 份（共 n 份，用于 CI 矩阵）；跨方案规则只比较本分片的方案
      --merge-cache 文件    并入另一份缓存（如各分片的），可多次给出；用于合并分片后比较全部方案

退出码 / exit codes: 0 通过 passed · 1 未通过 failed · 2 用法、配置或内部错误 usage, config or internal error
`;
