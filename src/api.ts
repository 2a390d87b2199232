/**
 * The Node API, which the CLI itself uses: config loading, file expansion and reading around the pure core.
 */
import { extname, relative, resolve } from 'node:path';
import { localToday } from './core/dates.js';
import type { LoadedConfig } from './config/load-config.js';
import { isIgnored, isPlanFile } from './config/settings-for-file.js';
import { expandTargets } from './files.js';
import { reportFormat } from './import/report-files.js';
import { ConfigResolver } from './run/config-resolver.js';
import { counted, quieted, type FileResult } from './run/file-result.js';
import { lintJobs, type LintJob } from './run/lint-jobs.js';
import { lintWithConfig } from './run/lint-with-config.js';
import type { FileWatch } from './run/lint-file.js';
import { planDocument, type PreviousDocument } from './core/lint.js';
import { displayName, previousSource, readPrevious } from './run/previous-document.js';
import { readPlanDocument } from './run/read-plan-document.js';
import type { LintRunOptions } from './run/run-options.js';
import { checkRuleFlags, requireSomeRuleOn } from './run/rules-in-force.js';
import { selectShard, type Shard } from './run/shard.js';
import { OUTPUT_NAMES, outputKindOfFile, type OutputKind } from './run/rectlint-output.js';
import { settleBatches, type BatchScope } from './run/batch-phase.js';
import type { LocalizedText, RuleMeta } from './rule-kit/types.js';

export { loadConfig, type LoadedConfig } from './config/load-config.js';
export { ConfigError } from './config/config-error.js';
export type { Diagnostic } from './core/diagnostic.js';
export type { LintResult, RuleSetting } from './core/lint.js';
export type { ScoreReport } from './core/score.js';
export * from './rule-kit/index.js';
export { ConfigResolver } from './run/config-resolver.js';
export { counted, unreadable, type FileResult } from './run/file-result.js';
export { lintWithConfig, settingsWithOverrides } from './run/lint-with-config.js';
export { RunOptionError, type LintRunOptions } from './run/run-options.js';

/** The earlier version of a document, given directly (the workbench's previous version of a unit's plan). */
export interface PreviousInput {
  /** Its file, or a label such as 第1版 when it has none; its extension decides how `text` is read. */
  filePath: string;
  /** Its content; read from `filePath` when absent. */
  text?: string | Uint8Array;
  /** How messages name it (default: `filePath` relative to `cwd`). */
  name?: string;
}

async function previousFromInput(input: PreviousInput, cwd: string): Promise<PreviousDocument> {
  const filePath = resolve(cwd, input.filePath);
  const name = input.name ?? displayName(filePath, cwd);
  if (input.text === undefined) return (await readPrevious({ file: filePath, name }, '')).previous;
  const bytes = typeof input.text === 'string' ? new TextEncoder().encode(input.text) : input.text;
  const read = await readPlanDocument(filePath, bytes);
  return { filePath, name, ...('error' in read ? { error: read.error } : { document: read.document }) };
}

/**
 * Lints one plan's text as if it were the file `filePath` (which need not exist). `previous` is the document the
 * `previous` rules compare it with; without it, the file `report.basedOn` names (or `plan`). Batch rules judge
 * this plan alone.
 */
export async function lintText(text: string, options: LintRunOptions & { filePath?: string; config?: LoadedConfig; previous?: PreviousInput; watch?: FileWatch } = {}): Promise<FileResult> {
  const cwd = options.cwd ?? process.cwd();
  const filePath = resolve(cwd, options.filePath ?? '<text>.json');
  const config = options.config ?? (await new ConfigResolver({ cwd, configFile: options.configFile }).forFile(filePath));
  // A report's text (.txt, .md, .csv) is imported first; its diagnostics stay on the report's lines.
  const format = reportFormat(filePath);
  const document =
    format === 'text' || format === 'markdown'
      ? (await import('./import/document.js')).reportDocument(text, format, { lexicon: config.import })
      : format === 'csv'
        ? await (await import('./import/document.js')).csvReportDocument(text, { lexicon: config.import })
        : planDocument(text);
  let previous: PreviousDocument | undefined;
  if (options.previous) previous = await previousFromInput(options.previous, cwd);
  else {
    const source = previousSource(filePath, document.value, { ...options, cwd });
    if (source) previous = (await readPrevious(source, filePath)).previous;
  }
  const result = counted(filePath, lintWithConfig(document, filePath, config, options, { previous, ...options.watch }));
  return options.quiet ? quieted(result) : result;
}

export interface LintFilesResult {
  results: FileResult[];
  /** Patterns that matched no file. */
  unmatched: string[];
  /** The rules the checked files were configured with. */
  rules: Map<string, RuleMeta>;
  /** What the batch rules judged together: with `shard`, only that shard's plans. */
  batch?: BatchScope & { shard?: Shard };
  /** What went wrong around the check without stopping it (a corrupt cache ignored, a cache not written), once each. */
  warnings: LocalizedText[];
  /** Files a directory walk or glob found that are rectlint's own outputs (results, SARIF, cache, baseline), not checked. */
  skippedOutputs?: { file: string; kind: OutputKind }[];
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
  const candidates: { target: (typeof targets)[number]; config: LoadedConfig }[] = [];
  const answered = new Map<LoadedConfig, boolean>();
  for (const target of targets) {
    const config = await resolver.forFile(target.file);
    if (target.explicit ? isIgnored(config, target.file) : !isPlanFile(config, target.file)) continue;
    candidates.push({ target, config });
  }
  // rectlint's own outputs found by a walk are not plans; one named outright is checked.
  const outputs = await outputsAmong(candidates.filter(({ target }) => !target.explicit && extname(target.file).toLowerCase() === '.json').map(({ target }) => target.file));
  const jobs: LintJob[] = [];
  for (const { target, config } of candidates) {
    if (outputs.has(target.file)) continue;
    for (const pattern of target.patterns) reachedPlans.add(pattern);
    jobs.push({ file: target.file, config });
  }
  // Flags are checked against the configs of the files found, or the one that would govern a file here.
  checkRuleFlags(options.ruleOverrides, jobs.length > 0 ? new Set(jobs.map((job) => job.config)) : [await resolver.forFile(resolve(cwd, 'plan.json'))]);
  for (const job of jobs) requireSomeRuleOn(job.config, relative(cwd, job.file) || job.file, options.ruleOverrides, answered);
  const { cache, onWarning, ...rest } = options;
  const warnings: LocalizedText[] = [];
  const warn = (warning: LocalizedText) => {
    warnings.push(warning);
    onWarning?.(warning);
  };
  const selected = selectShard(jobs, options.shard);
  // Batch rules are left undecided in each file's pass, then judge every plan of the run together.
  const linted = await lintJobs(selected, { ...rest, onWarning: warn, cwd, today, locale, retainPlans: options.retainPlans ?? true, retainScoreDetail: options.retainScoreDetail ?? true, cache: Boolean(cache), deferBatch: true });
  const settled = await settleBatches(
    linted,
    selected.map((job) => job.config),
    {
      cwd,
      locale,
      today,
      ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
      ...(options.ruleOverrides ? { ruleOverrides: options.ruleOverrides } : {}),
      ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
      ...(options.ruleTimeout !== undefined ? { ruleTimeout: options.ruleTimeout } : {}),
    },
  );
  const results = options.quiet ? settled.results.map(quieted) : settled.results;
  // A file named outright and ignored by the config is the user's choice, not a mistake.
  const searched = new Set(targets.filter((t) => !t.explicit).flatMap((t) => t.patterns));
  for (const pattern of searched) if (!reachedPlans.has(pattern)) unmatched.push(pattern);
  const batch = settled.scope && { ...settled.scope, ...(options.shard ? { shard: options.shard } : {}) };
  const skippedOutputs = [...outputs].map(([file, kind]) => ({ file, kind }));
  if (skippedOutputs.length > 0) warnings.unshift(skippedOutputsNote(skippedOutputs, cwd));
  return { results, unmatched, rules: await resolver.ruleMetas(), ...(batch ? { batch } : {}), warnings, ...(skippedOutputs.length > 0 ? { skippedOutputs } : {}) };
}

/** Said once for the run: which files were left out, as what, and how to check one anyway. */
function skippedOutputsNote(skipped: readonly { file: string; kind: OutputKind }[], cwd: string): LocalizedText {
  const SHOWN = 5;
  const names = (en: boolean) => {
    const listed = skipped.slice(0, SHOWN).map(({ file, kind }) => `${relative(cwd, file) || file}${en ? ` (${OUTPUT_NAMES[kind].en})` : `（${OUTPUT_NAMES[kind].zh}）`}`);
    const more = skipped.length - listed.length;
    return listed.join(en ? ', ' : '、') + (more > 0 ? (en ? ` and ${more} more` : ` 等 ${skipped.length} 个`) : '');
  };
  return {
    zh: `未检查 ${skipped.length} 个 rectlint 输出文件（不是整改方案）：${names(false)}；要检查其中一个，请直接给出文件名`,
    en: `left out ${skipped.length === 1 ? '1 file' : `${skipped.length} files`} rectlint wrote (not plans): ${names(true)}; name a file to check it anyway`,
  };
}

/** Which of these files are rectlint's outputs, read a few at a time (a walk may find thousands). */
async function outputsAmong(files: readonly string[]): Promise<Map<string, OutputKind>> {
  const found = new Map<string, OutputKind>();
  const AT_ONCE = 64;
  for (let i = 0; i < files.length; i += AT_ONCE) {
    const slice = files.slice(i, i + AT_ONCE);
    const kinds = await Promise.all(slice.map(outputKindOfFile));
    kinds.forEach((kind, k) => kind && found.set(slice[k], kind));
  }
  return found;
}
