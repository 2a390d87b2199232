/**
 * The run's batch phase. The per-file pass (on this thread or in workers, or from the cache) leaves each file's
 * batch rules undecided: their facts and checks ride along with its result. Here every batch rule judges the
 * plans of the run together (files with the same setting of the rule form one batch), and each result gets its
 * findings and checks (core/batch.ts). The first pass keeps no text, so a file is read again only when a finding
 * lies in it or points into it, and then only those paths are placed.
 */
import { readFileSync } from 'node:fs';
import { resolvedOptions, type ActiveRule } from '../core/active-rule.js';
import { runBatchRule, settleBatch, type BatchMember, type SettledRule } from '../core/batch.js';
import { CORE_RULE_IDS, type Finding } from '../core/diagnostic.js';
import { problemIdAt } from '../core/problem-key.js';
import type { SourceRange } from '../core/source-range.js';
import { Suppressions, type Suppression } from '../core/suppressions.js';
import type { LoadedConfig } from '../config/load-config.js';
import type { JsonPath, Locale, Rule, Severity } from '../rule-kit/types.js';
import { counted, type FileResult } from './file-result.js';
import { settingsWithOverrides } from './lint-with-config.js';
import { displayName } from './previous-document.js';
import { readPlanDocument } from './read-plan-document.js';
import { ruleBudgetMs } from './lint-jobs.js';
import { batchWorkersAvailable, runBatchRuleWatched } from './watched-batch.js';


export interface BatchPhaseOptions {
  cwd: string;
  locale: Locale;
  asOf?: string;
  today: string;
  ruleOverrides?: Record<string, Severity>;
  /**
   * How findings name a file, by its path, where its path relative to `cwd` is not what a reader knows it by (the
   * workbench names a stored file by its unit, version and original name).
   */
  names?: ReadonlyMap<string, string>;
  /** A config file for every plan, as the run was given (a plugin's batch rule is loaded from it in its thread). */
  configFile?: string;
  /** The time budget of a plugin's batch rule on its batch, in seconds (see watched-batch.ts); 0: none. */
  ruleTimeout?: number;
}

/** What the batch phase saw, so a front end can say so (a shard compares only its own plans). */
export interface BatchScope {
  /** The batch rules that judged the run. */
  rules: string[];
  /** How many plans they judged together (the most in any one batch). */
  plans: number;
}

interface Batch {
  active: ActiveRule;
  /** Result index of each member, and its weight for the rule. */
  members: { index: number; member: BatchMember; weight: number }[];
}

/** One string per distinct options object (the same setting gives the same object; see resolvedOptions). */
const optionKeys = new WeakMap<object, string>();
function optionsKey(options: Readonly<Record<string, unknown>>): string {
  let key = optionKeys.get(options);
  if (key === undefined) optionKeys.set(options, (key = JSON.stringify(options)));
  return key;
}

const pathKey = (path: JsonPath) => JSON.stringify(path);

/** Where the needed paths of one file are, read again from it (the file as the first pass read it). */
interface Placements {
  ranges: Map<string, { range: SourceRange; problemId?: string }>;
  /** By rule id and path: what silences the file's own findings. */
  suppressions: Map<string, Suppression>;
}

const findingKey = (ruleId: string, path: JsonPath) => `${ruleId}\u0000${pathKey(path)}`;

const NOWHERE: SourceRange = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

async function placeIn(file: string, paths: readonly JsonPath[], own: readonly Finding[], ruleIds: ReadonlySet<string>, asOf: string): Promise<Placements> {
  const placements: Placements = { ranges: new Map(), suppressions: new Map() };
  let read;
  try {
    read = await readPlanDocument(file, readFileSync(file));
  } catch {
    return placements;
  }
  // A file changed or removed since the first pass is placed where it can be: its findings stay, at its start.
  if ('error' in read || read.document.syntaxError) return placements;
  const { document } = read;
  for (const path of paths) {
    const problemId = problemIdAt(document.value, path);
    placements.ranges.set(pathKey(path), { range: document.locate(path), ...(problemId !== undefined ? { problemId } : {}) });
  }
  if (own.length > 0 && document.hasExtensionKeys !== false) {
    const suppressions = new Suppressions(document.value, ruleIds, asOf);
    for (const finding of own) {
      const suppression = suppressions.covering(finding.ruleId, finding.path);
      if (suppression) placements.suppressions.set(findingKey(finding.ruleId, finding.path), suppression);
    }
  }
  return placements;
}

/** Results with their batch rules settled; results without pending batch rules come back as they were. */
export async function settleBatches(results: readonly FileResult[], configs: readonly LoadedConfig[], options: BatchPhaseOptions): Promise<{ results: FileResult[]; scope?: BatchScope }> {
  if (!results.some((result) => result.batch)) return { results: [...results] };
  const nameOf = (file: string) => options.names?.get(file) ?? displayName(file, options.cwd);
  const batches = new Map<string, Batch>();
  results.forEach((result, index) => {
    for (const pending of result.batch ?? []) {
      const config = configs[index];
      const rule: Rule | undefined = config.registry.get(pending.ruleId);
      const setting = settingsWithOverrides(config, result.filePath, options.ruleOverrides)[pending.ruleId];
      if (!rule || !setting || setting.severity === 'off') continue;
      const resolved = resolvedOptions(rule, setting.options);
      const key = `${pending.ruleId}\u0000${optionsKey(resolved)}`;
      let batch = batches.get(key);
      if (!batch) batches.set(key, (batch = { active: { rule, severity: setting.severity, options: resolved, weight: rule.meta.weight }, members: [] }));
      const member: BatchMember = {
        file: result.filePath,
        name: nameOf(result.filePath),
        ...(result.basedOn ? { previousName: nameOf(result.basedOn.filePath) } : {}),
        severity: setting.severity,
        facts: pending.facts,
      };
      batch.members.push({ index, member, weight: config.weights[pending.ruleId] ?? rule.meta.weight });
    }
  });

  // Each result's findings by rule; the paths each file must place (its own findings', others' related places).
  const found = results.map(() => new Map<string, Finding[]>());
  /** Batch rules (by result) that had nothing to judge: their checks count nowhere. */
  const unjudged = results.map(() => new Set<string>());
  const needed = new Map<string, JsonPath[]>();
  const need = (file: string, path: JsonPath) => (needed.get(file) ?? needed.set(file, []).get(file)!).push(path);
  const asOf = options.asOf ?? options.today;
  const budgetMs = ruleBudgetMs(options.ruleTimeout);
  // Loaded already: the run's configs hold them.
  const builtin: ReadonlySet<Rule> = new Set(budgetMs !== undefined ? (await import('../../rules/index.js')).rules : []);
  for (const { active, members } of batches.values()) {
    const ruleId = active.rule.meta.id;
    const batchMembers = members.map(({ member }) => member);
    // A plugin's batch rule may never finish: it runs in a thread of its own, under its time budget.
    const watched = budgetMs !== undefined && !builtin.has(active.rule) && batchWorkersAvailable();
    const outcome = watched
      ? await runBatchRuleWatched(active, { cwd: options.cwd, ...(options.configFile ? { configFile: options.configFile } : {}), file: batchMembers[0].file, members: batchMembers, asOf }, budgetMs)
      : runBatchRule(active, batchMembers, asOf);
    if (!outcome.applicable) for (const { index } of members) unjudged[index].add(ruleId);
    for (const { member: at, finding } of outcome.findings) {
      const { index } = members[at];
      // Kept under the rule that made them, its crash (a rule-error, at the file's start) included.
      (found[index].get(ruleId) ?? found[index].set(ruleId, []).get(ruleId)!).push(finding);
      if (finding.internal) continue;
      need(results[index].filePath, finding.path);
      for (const place of finding.related ?? []) need(place.document, place.path);
    }
  }
  const placements = new Map<string, Placements>();
  const ruleIds = new Set<string>([...configs.flatMap((config) => [...config.registry.keys()]), CORE_RULE_IDS.schema, CORE_RULE_IDS.duplicateKey]);
  const indexOf = new Map(results.map((result, index) => [result.filePath, index]));
  for (const [file, paths] of needed) {
    const index = indexOf.get(file) ?? -1;
    const own = index >= 0 ? [...found[index].values()].flat() : [];
    placements.set(file, await placeIn(file, paths, own, ruleIds, index >= 0 ? results[index].asOf : asOf));
  }

  const settled = results.map((result, index) => {
    if (!result.batch) return result;
    const configuredWeight = (ruleId: string) => configs[index].weights[ruleId] ?? configs[index].registry.get(ruleId)?.meta.weight ?? 1;
    const rules: SettledRule[] = result.batch.map((pending) => ({
      rule: { ruleId: pending.ruleId, weight: configuredWeight(pending.ruleId), category: configs[index].registry.get(pending.ruleId)?.meta.category ?? 'completeness' },
      checks: unjudged[index].has(pending.ruleId) ? [] : pending.checks,
      findings: found[index].get(pending.ruleId) ?? [],
    }));
    const own = placements.get(result.filePath);
    const placed = (file: string, path: JsonPath) => placements.get(file)?.ranges.get(pathKey(path));
    const settledResult = settleBatch(
      result,
      rules,
      {
        range: (path) => placed(result.filePath, path)?.range ?? NOWHERE,
        problemId: (path) => placed(result.filePath, path)?.problemId,
        related: ({ document, path }) => {
          const at = placed(document, path);
          return { filePath: document, name: nameOf(document), path, range: at?.range ?? NOWHERE };
        },
      },
      { locale: options.locale, suppression: (ruleId, path) => own?.suppressions.get(findingKey(ruleId, path)) },
    );
    return counted(result.filePath, settledResult);
  });
  const scope: BatchScope = {
    rules: [...new Set([...batches.values()].map(({ active }) => active.rule.meta.id))],
    plans: Math.max(0, ...[...batches.values()].map(({ members }) => members.length)),
  };
  return { results: settled, scope };
}
