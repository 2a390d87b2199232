/**
 * `rectlint diff OLD NEW`: two versions of one plan, or a plan and its report. Both are checked as `check` would (the
 * later one held to the earlier, so the plan-and-report rules speak), read for places, and compared (src/compare).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lintFiles, type FileResult } from '../api.js';
import { compareVersions } from '../compare/index.js';
import { renderJson, renderStylish, type VersionSummary } from '../compare/render.js';
import { displayName } from '../run/previous-document.js';
import { readPlanDocument } from '../run/read-plan-document.js';
import type { Plan } from '../types/plan.js';
import { chooseStyles } from './color.js';
import { parseAsOf } from './check.js';
import { EXIT, UsageError } from './exit-codes.js';
import type { CliIo } from './io.js';
import { chooseLocale } from './locale.js';

export const DIFF_HELP = `rectlint diff 旧版本 新版本 [选项]

比较同一单位的两个版本（方案的两稿，或整改方案与整改情况报告）：问题的增、删、移动，整改时限、状态、责任人的变化，
审核发现的已整改、新增、仍存在。新版本按旧版本对照检查（对照方案的规则同时生效）。
Compare two versions of one unit's plan (or a plan and its report): problems added, dropped, moved; deadlines,
statuses and responsibility changed; findings fixed, new and remaining.

  -f, --format stylish|json  输出格式（默认 stylish）
  -c, --config 文件          使用此配置
      --as-of YYYY-MM-DD     以该日期为“今天”
      --locale zh-CN|en      输出语言
      --no-color             不使用颜色

退出码 / exit codes: 0 已比较 compared · 1 有文件无法读取 a version cannot be read · 2 用法错误 usage error
`;

export async function runDiff(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { format: { type: 'string', short: 'f' }, config: { type: 'string', short: 'c' }, 'as-of': { type: 'string' }, locale: { type: 'string' }, 'no-color': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(DIFF_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 2) throw new UsageError('rectlint diff 需要两个文件：旧版本 新版本 (diff takes two files: OLD NEW)');
  const format = values.format ?? 'stylish';
  if (format !== 'stylish' && format !== 'json') throw new UsageError(`diff 的格式为 stylish 或 json (diff prints stylish or json), not "${format}"`);
  const locale = chooseLocale(values.locale, io.env);
  const asOf = parseAsOf(values['as-of']);
  const [oldFile, newFile] = positionals.map((file) => resolve(io.cwd, file));
  for (const [given, file] of [positionals[0], positionals[1]].map((p, i) => [p, [oldFile, newFile][i]] as const)) {
    if (!existsSync(file)) throw new UsageError(`没有这个文件 (no such file): "${given}"`);
  }
  const options = { cwd: io.cwd, configFile: values.config, locale, ...(asOf !== undefined ? { asOf } : {}) };
  const lintOne = async (file: string, plan?: string): Promise<FileResult> => {
    const [result] = (await lintFiles([file], { ...options, ...(plan !== undefined ? { plan } : {}) })).results;
    if (!result) throw new UsageError(`配置的 ignores 排除了 (the config ignores) "${displayName(file, io.cwd)}"`);
    return result;
  };
  const before = await lintOne(oldFile);
  const after = await lintOne(newFile, oldFile);
  const unreadable = [before, after].filter((result) => result.fatal);
  if (unreadable.length > 0) {
    for (const result of unreadable) {
      const [d] = result.diagnostics;
      io.stderr.write(`rectlint: ${displayName(result.filePath, io.cwd)}:${d.range.start.line}:${d.range.start.column}: ${d.message}\n`);
    }
    return EXIT.failed;
  }
  const version = async (result: FileResult) => {
    const read = await readPlanDocument(result.filePath, readFileSync(result.filePath));
    return { plan: result.plan as Plan, diagnostics: result.diagnostics, ...('document' in read ? { locate: read.document.locate } : {}) };
  };
  const diff = compareVersions(await version(before), await version(after), locale);
  const summary = (result: FileResult): VersionSummary => ({ name: displayName(result.filePath, io.cwd), score: result.score.score, verdict: result.verdict.label[locale === 'en' ? 'en' : 'zh'] });
  const versions: [VersionSummary, VersionSummary] = [summary(before), summary(after)];
  io.stdout.write(format === 'json' ? renderJson(diff, versions) : renderStylish(diff, versions, locale, await chooseStyles(Boolean(values['no-color']), io, io.stdout)));
  return EXIT.ok;
}
