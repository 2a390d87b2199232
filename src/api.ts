/**
 * The Node API, which the CLI itself uses: config loading, file expansion and reading around the pure core.
 */
import { dirname, resolve } from 'node:path';
import { localToday } from './core/dates.js';
import { CORE_RULE_IDS, type Diagnostic } from './core/diagnostic.js';
import { lintDocument, lintText as lintCore, type LintResult } from './core/lint.js';
import type { JsonDocument } from './core/json-document.js';
import { computeScore } from './core/score.js';
import { LineIndex } from './core/source-range.js';
import { ConfigFinder } from './config/find-config.js';
import { loadConfig, type LoadedConfig } from './config/load-config.js';
import { isIgnored, isPlanFile, settingsForFile } from './config/settings-for-file.js';
import { expandTargets } from './files.js';
import { reportFormat } from './import/report-files.js';
import { lintJobs, type LintJob } from './run/lint-jobs.js';
import { selectShard, type Shard } from './run/shard.js';
import type { Locale, RuleMeta, Severity } from './rule-kit/types.js';

export { loadConfig, type LoadedConfig } from './config/load-config.js';
export { ConfigError } from './config/config-error.js';
export type { Diagnostic } from './core/diagnostic.js';
export type { LintResult, RuleSetting } from './core/lint.js';
export type { ScoreReport } from './core/score.js';
export * from './rule-kit/index.js';

export interface LintRunOptions {
  cwd?: string;
  /** A config file for every plan, instead of the nearest rectlint.config.json. */
  configFile?: string;
  /** `--rule id:severity` overrides, applied last. */
  ruleOverrides?: Record<string, Severity>;
  asOf?: string;
  locale?: Locale;
  quiet?: boolean;
  /** The clock, injectable for tests. */
  today?: string;
  /** Called as each plan file is done (`done` of `total`), e.g. for a progress bar. */
  onProgress?: (progress: { done: number; total: number; file?: string }) => void;
  /** Worker threads for `lintFiles` (a number, or `auto`); results and their order are the same as with 1. */
  concurrency?: number | 'auto';
  /** Check only this part of the plan files (`--shard i/n`). */
  shard?: Shard;
  /** Reuse results while file, config, plugins and rectlint are unchanged (`--cache`). */
  cache?: boolean;
  /** The cache file, or a directory for `.rectlintcache` (default: `.rectlintcache` in `cwd`). */
  cacheLocation?: string;
  /** Keep each parsed plan in `FileResult.plan` (default true); false spares memory when no format reads it. */
  retainPlans?: boolean;
  /**
   * Keep each score's per-rule and per-problem tallies (default true). With false (and no cache) `score.byRule` and
   * `score.byProblem` are left empty, sparing memory and the collector when no format prints them.
   */
  retainScoreDetail?: boolean;
}

export interface FileResult extends LintResult {
  filePath: string;
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

export function counted(filePath: string, result: LintResult): FileResult {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const d of result.diagnostics) {
    if (d.severity === 'error') errorCount++;
    else if (d.severity === 'warn') warningCount++;
    else infoCount++;
  }
  return { filePath, ...result, errorCount, warningCount, infoCount };
}

/** A file that could not be read still yields a result, so no other file's result is lost. */
export function unreadable(filePath: string, message: { zh: string; en: string }, locale: Locale, text = '', today: string): FileResult {
  const end = new LineIndex(text).position(text.length);
  const diagnostic: Diagnostic = {
    ruleId: CORE_RULE_IDS.parse,
    severity: 'error',
    message: locale === 'en' ? message.en : message.zh,
    path: [],
    range: { start: end, end },
    fatal: true,
  };
  return counted(filePath, { diagnostics: [diagnostic], score: computeScore([], [], { fatal: true, hasErrors: true }), asOf: today, fatal: true, internalError: false });
}

/** Loads configs once each and answers which one governs a file. */
export class ConfigResolver {
  private readonly finder = new ConfigFinder();
  private readonly loaded = new Map<string, Promise<LoadedConfig>>();

  /** `plugins: false` loads the built-in rules only (the language server in an untrusted workspace). */
  constructor(private readonly options: { cwd: string; configFile?: string; plugins?: boolean }) {}

  async forFile(file: string): Promise<LoadedConfig> {
    const configFile = this.options.configFile ? resolve(this.options.cwd, this.options.configFile) : await this.finder.find(dirname(file));
    const key = configFile ?? '(default)';
    let config = this.loaded.get(key);
    if (!config) {
      const globBase = this.options.configFile ? this.options.cwd : undefined;
      config = loadConfig(configFile, this.options.cwd, { plugins: this.options.plugins, globBase });
      this.loaded.set(key, config);
    }
    return config;
  }

  /** Metadata of every rule in every config loaded so far. */
  async ruleMetas(): Promise<Map<string, RuleMeta>> {
    const metas = new Map<string, RuleMeta>();
    for (const config of this.loaded.values()) for (const rule of (await config).registry.values()) metas.set(rule.meta.id, rule.meta);
    return metas;
  }
}

export function settingsWithOverrides(config: LoadedConfig, file: string, overrides: Record<string, Severity> | undefined) {
  const settings = { ...settingsForFile(config, file) };
  for (const [id, severity] of Object.entries(overrides ?? {})) settings[id] = { ...settings[id], severity };
  return settings;
}

/** Lints one plan's text as if it were the file `filePath` (which need not exist). */
export async function lintText(text: string, options: LintRunOptions & { filePath?: string; config?: LoadedConfig } = {}): Promise<FileResult> {
  const cwd = options.cwd ?? process.cwd();
  const filePath = resolve(cwd, options.filePath ?? '<text>.json');
  const config = options.config ?? (await new ConfigResolver({ cwd, configFile: options.configFile }).forFile(filePath));
  // A report's text (.txt, .md) is imported first; its diagnostics stay on the report's lines.
  const format = reportFormat(filePath);
  const source = format === 'text' || format === 'markdown' ? (await import('./import/text-document.js')).reportDocument(text, format) : text;
  return counted(filePath, lintWithConfig(source, filePath, config, options));
}

/** Lints plan JSON text, or a document already read (an imported report, whose positions are the report's). */
export function lintWithConfig(source: string | JsonDocument, filePath: string, config: LoadedConfig, options: LintRunOptions): LintResult {
  const lintOptions = {
    registry: [...config.registry.values()],
    settings: settingsWithOverrides(config, filePath, options.ruleOverrides),
    weights: config.weights,
    asOf: options.asOf,
    today: options.today ?? localToday(),
    locale: options.locale,
    quiet: options.quiet,
  };
  return typeof source === 'string' ? lintCore(source, lintOptions) : lintDocument(source, lintOptions);
}

export interface LintFilesResult {
  results: FileResult[];
  /** Patterns that matched no file. */
  unmatched: string[];
  /** The rules the checked files were configured with. */
  rules: Map<string, RuleMeta>;
}

/** Expands paths and globs, then checks every plan; results come back sorted by path. */
export async function lintFiles(patterns: readonly string[], options: LintRunOptions = {}): Promise<LintFilesResult> {
  const cwd = options.cwd ?? process.cwd();
  const today = options.today ?? localToday();
  const locale = options.locale ?? 'zh-CN';
  const resolver = new ConfigResolver({ cwd, configFile: options.configFile });
  const { targets, unmatched } = await expandTargets(patterns.length > 0 ? patterns : ['.'], cwd);
  // A directory or glob that reaches files but no plan is as suspicious in CI as one that matches nothing.
  const reachedPlans = new Set<string>();
  const jobs: LintJob[] = [];
  for (const target of targets) {
    const config = await resolver.forFile(target.file);
    if (target.explicit ? isIgnored(config, target.file) : !isPlanFile(config, target.file)) continue;
    for (const pattern of target.patterns) reachedPlans.add(pattern);
    jobs.push({ file: target.file, config });
  }
  const { cache, ...rest } = options;
  const results = await lintJobs(selectShard(jobs, options.shard), { ...rest, cwd, today, locale, retainPlans: options.retainPlans ?? true, retainScoreDetail: options.retainScoreDetail ?? true, cache: Boolean(cache) });
  // A file named outright and ignored by the config is the user's choice, not a mistake.
  const searched = new Set(targets.filter((t) => !t.explicit).flatMap((t) => t.patterns));
  for (const pattern of searched) if (!reachedPlans.has(pattern)) unmatched.push(pattern);
  return { results, unmatched, rules: await resolver.ruleMetas() };
}
