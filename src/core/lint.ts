import type { Plan, Problem } from '../types/plan.js';
import { isObject } from '../rule-kit/helpers.js';
import type { JsonPath, Locale, LocalizedText, PreviousPlan, Rule, Severity } from '../rule-kit/types.js';
import { resolvedOptions, type ActiveRule } from './active-rule.js';
import { runBatchRule, settleBatch, type PendingBatchRule } from './batch.js';
import { isIsoDate } from './dates.js';
import { CORE_RULE_IDS, PREVIOUS_DOCUMENT, type Diagnostic, type Finding } from './diagnostic.js';
import { parseJsonDocument, type JsonDocument } from './json-document.js';
import { placeFindings, type Placer } from './place.js';
import { matchProblems, type PlanMatch } from './plan-match.js';
import { processDiagnostics } from './pipeline/index.js';
import { problemIdAt } from './problem-key.js';
import { runRules, type RuleMonitor, type StoppedRule } from './runner.js';
import { checkPlanSchema } from './schema-check.js';
import { splitSuppressed, Suppressions } from './suppressions.js';
import { addCheck, computeScore, ruleTally, type RuleTally, type ScoreReport } from './score.js';
import { judged, type Verdict } from './verdict.js';

/** A rule's setting for one file, after presets, overrides and command-line flags. */
export interface RuleSetting {
  severity: Severity;
  options?: Record<string, unknown>;
}

export interface LintOptions {
  /** Every rule that is loaded (built-in and plugins). */
  registry: readonly Rule[];
  settings: Readonly<Record<string, RuleSetting>>;
  /** Per-rule weights that replace the rules' own. */
  weights?: Readonly<Record<string, number>>;
  /** "Today"; defaults to the plan's report date, then to `today`. */
  asOf?: string;
  /** The caller's clock, used only when neither --as-of nor a report date is given. */
  today: string;
  locale?: Locale;
  /** The earlier document this one is based on, for `previous` rules (read by the front end). */
  previous?: PreviousDocument;
  /**
   * Leave batch rules undecided (`LintResult.batch`) for a batch phase over every plan of the run. Otherwise they
   * judge this plan alone, so a front end checking one file gives the answer a run of that one file gives.
   */
  deferBatch?: boolean;
  /** How messages name this file (batch rules see it), e.g. relative to the working directory. */
  fileName?: string;
  /** The score a plan needs to be accepted (`--min-score`); 60 when not given. */
  minScore?: number;
  /** Told which rule runs, for a watchdog (see runner.ts). */
  monitor?: RuleMonitor;
  /** Rules a watchdog stopped on this plan before: left out, each a rule-error. */
  stopped?: readonly StoppedRule[];
}

/** The earlier document a plan is based on: the plan a report reports on, or a unit's previous version. */
export interface PreviousDocument {
  /** Its file, or a label for a version that has none (the workbench's). */
  filePath: string;
  /** How messages name it: the path as `report.basedOn` or `--plan` gave it. */
  name: string;
  /** The document as read; absent when it could not be read (then `error` says why). */
  document?: JsonDocument;
  error?: LocalizedText;
  /** Where this plan names it (`report.basedOn`): a document that cannot be read is reported there. */
  namedAt?: JsonPath;
}

export interface LintResult {
  diagnostics: Diagnostic[];
  score: ScoreReport;
  /** 通过 or 退回修改, with its reasons; the grade in `score` goes with it (see verdict.ts). */
  verdict: Verdict;
  asOf: string;
  /** The file could not be read as a plan (syntax error, not an object). */
  fatal: boolean;
  /** A rule or plugin crashed. */
  internalError: boolean;
  plan?: Plan;
  /** Findings silenced by an x-rectlint annotation, each with its `suppression`; they count nowhere. */
  suppressed?: Diagnostic[];
  /** The earlier document the `previous` rules compared this plan with. */
  basedOn?: { filePath: string; name: string };
  /** With `deferBatch`: each batch rule's facts and undecided checks, for the batch phase (see batch.ts). */
  batch?: PendingBatchRule[];
}

const WEIGHT = { schema: 3, duplicateKey: 1 };

export function activate(options: Pick<LintOptions, 'registry' | 'settings' | 'weights'>, withPrevious: boolean): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of options.registry) {
    const id = rule.meta.id;
    // Own keys only: a rule named like one of Object's methods gets its own setting, never the method.
    const setting = Object.hasOwn(options.settings, id) ? options.settings[id] : undefined;
    if (!setting || setting.severity === 'off') continue;
    // A rule comparing with the previous document has nothing to judge without one.
    if (rule.meta.scope === 'previous' && !withPrevious) continue;
    const weight = options.weights && Object.hasOwn(options.weights, id) ? options.weights[id] : rule.meta.weight;
    active.push({ rule, severity: setting.severity, options: resolvedOptions(rule, setting.options), weight });
  }
  return active;
}

/** Places findings in the plan's document; related places in the previous document, in that one. */
function documentPlacer(document: JsonDocument, previous?: { filePath: string; name: string; document: JsonDocument }, self?: { filePath: string; name: string }): Placer {
  return {
    range: (path, target) => document.locate(path, target),
    problemId: (path) => problemIdAt(document.value, path),
    related: ({ document: which, path }) => {
      const other = which === PREVIOUS_DOCUMENT ? previous : self && which === self.filePath ? { ...self, document } : undefined;
      return other ? { filePath: other.filePath, name: other.name, path, range: other.document.locate(path) } : undefined;
    },
  };
}

function place(findings: Finding[], document: JsonDocument, locale: Locale): Diagnostic[] {
  return placeFindings(findings, documentPlacer(document), locale);
}

/** The previous document as `previous` rules see it, with its problems matched to this plan's once, when first asked. */
function previousPlan(plan: Plan, previous: { name: string; document: JsonDocument }): PreviousPlan {
  let match: PlanMatch | undefined;
  const matched = () => (match ??= matchProblems(previous.document.value as Plan, plan));
  return {
    plan: previous.document.value as Plan,
    name: previous.name,
    counterpartOf(problem: Problem) {
      const pair = matched().pairOfAfter(problem);
      return pair && { problem: pair.before.problem, path: pair.before.path, by: pair.by, ...(pair.similarity !== undefined ? { similarity: pair.similarity } : {}) };
    },
    successorOf(previousProblem: Problem) {
      const pair = matched().pairOfBefore(previousProblem);
      return pair && { problem: pair.after.problem, path: pair.after.path, by: pair.by, ...(pair.similarity !== undefined ? { similarity: pair.similarity } : {}) };
    },
  };
}

/** Why a previous document cannot be compared with, or undefined when it can. */
function unusable(previous: PreviousDocument): LocalizedText | undefined {
  if (previous.error) return previous.error;
  if (!previous.document) return { zh: '无法读取', en: 'cannot be read' };
  if (previous.document.syntaxError) return previous.document.syntaxError.message;
  if (!isObject(previous.document.value)) return { zh: '不是整改方案', en: 'not a plan' };
  return undefined;
}

function fatalResult(finding: Finding, document: JsonDocument, options: LintOptions): LintResult {
  const diagnostics = place([finding], document, options.locale ?? 'zh-CN');
  return judged({ diagnostics, score: computeScore([], [], { fatal: true }), asOf: options.asOf ?? options.today, fatal: true, internalError: false }, options);
}

/** A plan's JSON text as a document. A BOM is invisible in editors, so positions are counted without it. */
export function planDocument(text: string): JsonDocument {
  return parseJsonDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** The pure core: a plan's JSON text and its settings in, placed diagnostics and a score out. */
export function lintText(text: string, options: LintOptions): LintResult {
  return lintDocument(planDocument(text), options);
}

/**
 * Lints a plan already read from some source: JSON text, or a report the importer turned into a plan,
 * whose `locate` maps each path back to the report's own lines.
 */
export function lintDocument(document: JsonDocument, options: LintOptions): LintResult {
  if (document.syntaxError) {
    const { message, range } = document.syntaxError;
    return fatalResult({ ruleId: CORE_RULE_IDS.parse, severity: 'error', path: [], message, range, fatal: true }, document, options);
  }
  if (!isObject(document.value)) {
    const message = { zh: '这不是整改方案：文件的顶层应为 JSON 对象', en: 'not a plan: the top level must be a JSON object' };
    return fatalResult({ ruleId: CORE_RULE_IDS.schema, severity: 'error', path: [], message, fatal: true }, document, options);
  }
  const plan = document.value as unknown as Plan;
  const reportDate = (plan.report as { date?: unknown } | undefined)?.date;
  const asOf = options.asOf ?? (isIsoDate(reportDate) ? reportDate : options.today);

  // A plan without any "x-…" key carries no annotation: its walk for them is skipped.
  const suppressions = new Suppressions(document.hasExtensionKeys === false ? undefined : plan, new Set([...options.registry.map((rule) => rule.meta.id), CORE_RULE_IDS.schema, CORE_RULE_IDS.duplicateKey]), asOf);
  const silenced = (finding: Finding): Finding => {
    const suppression = suppressions.covering(finding.ruleId, finding.path);
    return suppression ? { ...finding, suppression } : finding;
  };
  const duplicateKeys = document.duplicateKeys.map(({ path, key, range }): Finding => ({
    ruleId: CORE_RULE_IDS.duplicateKey,
    severity: 'error',
    category: 'consistency',
    path,
    range,
    message: { zh: `重复的属性名“${key}”：只有最后一个生效`, en: `duplicate key "${key}": only the last one counts` },
  }));
  const violations = checkPlanSchema(plan, { imported: document.imported }).map(({ path, message, target }): Finding => ({
    ruleId: CORE_RULE_IDS.schema,
    severity: 'error',
    category: 'completeness',
    path,
    message,
    target,
  }));
  const findings: Finding[] = [];
  // concat, never push(...list): a spread of a huge list overflows the stack.
  const coreFindings = duplicateKeys.concat(violations).map(silenced);
  for (const finding of coreFindings) findings.push(finding);
  // The core's own checks, one each per plan, come first in the score.
  const coreCheck = (ruleId: string, weight: number, category: string): RuleTally => {
    const tally = ruleTally(ruleId, weight, category);
    addCheck(tally, weight, coreFindings.some((f) => f.ruleId === ruleId && !f.suppression));
    return tally;
  };
  const coreTallies = [coreCheck(CORE_RULE_IDS.schema, WEIGHT.schema, 'completeness'), coreCheck(CORE_RULE_IDS.duplicateKey, WEIGHT.duplicateKey, 'consistency')];

  const previousProblem = options.previous && unusable(options.previous);
  if (options.previous && previousProblem) {
    const { name, namedAt } = options.previous;
    findings.push({
      ruleId: CORE_RULE_IDS.basedOn,
      severity: 'error',
      category: 'consistency',
      path: namedAt ?? [],
      message: { zh: `无法与所依据的文件 ${name} 对照：${previousProblem.zh}`, en: `cannot compare with ${name}, the document this one is based on: ${previousProblem.en}` },
    });
  }
  const previous = options.previous && !previousProblem ? { filePath: options.previous.filePath, name: options.previous.name, document: options.previous.document! } : undefined;
  const rules = activate(options, previous !== undefined);
  const run = runRules(plan, rules, asOf, suppressions, { ...(previous ? { previous: previousPlan(plan, previous) } : {}), monitor: options.monitor, stopped: options.stopped });
  // Loops, never push(...list): spreading a list of 100 000 findings into arguments overflows the stack.
  for (const finding of run.findings) findings.push(finding);
  for (const finding of suppressions.findings(new Set(run.batch.map((pending) => pending.ruleId)))) findings.push(finding);
  const locale = options.locale ?? 'zh-CN';
  const placer = documentPlacer(document, previous, { filePath: options.fileName ?? '', name: options.fileName ?? '' });
  const placed = processDiagnostics(placeFindings(findings, placer, locale));
  const { active: diagnostics, suppressed } = splitSuppressed(placed);
  const result: LintResult = judged(
    {
      diagnostics,
      ...(suppressed.length > 0 ? { suppressed } : {}),
      score: computeScore([...coreTallies, ...run.rules], run.problems, { fatal: false }),
      asOf,
      fatal: false,
      internalError: run.findings.some((finding) => finding.internal),
      plan,
      ...(previous ? { basedOn: { filePath: previous.filePath, name: previous.name } } : {}),
      ...(run.batch.length > 0 ? { batch: run.batch } : {}),
    },
    options,
  );
  if (run.batch.length === 0 || options.deferBatch) return result;
  // Alone: each batch rule judges this plan as a batch of one.
  const self = { filePath: options.fileName ?? '', name: options.fileName ?? '' };
  const settled = run.batch.map((pending) => {
    const active = rules.find((rule) => rule.rule.meta.id === pending.ruleId)!;
    const member = { file: self.filePath, name: self.name, severity: active.severity, facts: pending.facts, ...(previous ? { previousName: previous.name } : {}) };
    const outcome = runBatchRule(active, [member], asOf);
    return {
      rule: { ruleId: pending.ruleId, weight: active.weight, category: active.rule.meta.category },
      checks: outcome.applicable ? pending.checks : [],
      findings: outcome.findings.map(({ finding }) => finding),
    };
  });
  return settleBatch(result, settled, placer, { locale, suppression: (ruleId, path) => suppressions.covering(ruleId, path) });
}
