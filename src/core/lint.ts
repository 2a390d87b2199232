import type { Plan } from '../types/plan.js';
import { isObject } from '../rule-kit/helpers.js';
import type { Locale, Rule, Severity } from '../rule-kit/types.js';
import { resolvedOptions, type ActiveRule } from './active-rule.js';
import { isIsoDate } from './dates.js';
import { CORE_RULE_IDS, type Diagnostic, type Finding } from './diagnostic.js';
import { parseJsonDocument, type JsonDocument } from './json-document.js';
import { formatMessage } from './messages.js';
import { processDiagnostics } from './pipeline/index.js';
import { problemIdAt } from './problem-key.js';
import { runRules } from './runner.js';
import { checkPlanSchema } from './schema-check.js';
import { splitSuppressed, Suppressions } from './suppressions.js';
import { addCheck, computeScore, ruleTally, type RuleTally, type ScoreReport } from './score.js';

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
  quiet?: boolean;
}

export interface LintResult {
  diagnostics: Diagnostic[];
  score: ScoreReport;
  asOf: string;
  /** The file could not be read as a plan (syntax error, not an object). */
  fatal: boolean;
  /** A rule or plugin crashed. */
  internalError: boolean;
  plan?: Plan;
  /** Findings silenced by an x-rectlint annotation, each with its `suppression`; they count nowhere. */
  suppressed?: Diagnostic[];
}

const WEIGHT = { schema: 3, duplicateKey: 1 };

function activate(options: LintOptions): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of options.registry) {
    const setting = options.settings[rule.meta.id];
    if (!setting || setting.severity === 'off') continue;
    active.push({
      rule,
      severity: setting.severity,
      options: resolvedOptions(rule, setting.options),
      weight: options.weights?.[rule.meta.id] ?? rule.meta.weight,
    });
  }
  return active;
}

function place(findings: Finding[], document: JsonDocument, locale: Locale): Diagnostic[] {
  return findings.map((finding) => {
    const problemId = problemIdAt(document.value, finding.path);
    return {
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: formatMessage(finding.message, finding.data, locale),
      ...(finding.messageId ? { messageId: finding.messageId } : {}),
      path: finding.path,
      range: finding.range ?? document.locate(finding.path, finding.target),
      ...(finding.category ? { category: finding.category } : {}),
      ...(problemId !== undefined ? { problemId } : {}),
      ...(finding.fatal ? { fatal: true } : {}),
      ...(finding.internal ? { internal: true } : {}),
      ...(finding.suppression ? { suppression: finding.suppression } : {}),
    };
  });
}

function fatalResult(finding: Finding, document: JsonDocument, options: LintOptions): LintResult {
  const diagnostics = place([finding], document, options.locale ?? 'zh-CN');
  return { diagnostics, score: computeScore([], [], { fatal: true, hasErrors: true }), asOf: options.asOf ?? options.today, fatal: true, internalError: false };
}

/** The pure core: a plan's JSON text and its settings in, placed diagnostics and a score out. */
export function lintText(text: string, options: LintOptions): LintResult {
  // A BOM is invisible in editors, so positions are counted without it.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return lintDocument(parseJsonDocument(source), options);
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

  const findings: Finding[] = [];
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
  const violations = checkPlanSchema(plan).map(({ path, message, target }): Finding => ({
    ruleId: CORE_RULE_IDS.schema,
    severity: 'error',
    category: 'completeness',
    path,
    message,
    target,
  }));
  const coreFindings = [...duplicateKeys, ...violations].map(silenced);
  findings.push(...coreFindings);
  // The core's own checks, one each per plan, come first in the score.
  const coreCheck = (ruleId: string, weight: number, category: string): RuleTally => {
    const tally = ruleTally(ruleId, weight, category);
    addCheck(tally, weight, coreFindings.some((f) => f.ruleId === ruleId && !f.suppression));
    return tally;
  };
  const coreTallies = [coreCheck(CORE_RULE_IDS.schema, WEIGHT.schema, 'completeness'), coreCheck(CORE_RULE_IDS.duplicateKey, WEIGHT.duplicateKey, 'consistency')];

  const run = runRules(plan, activate(options), asOf, suppressions);
  findings.push(...run.findings, ...suppressions.findings());
  const placed = processDiagnostics(place(findings, document, options.locale ?? 'zh-CN'), { quiet: options.quiet });
  const { active: diagnostics, suppressed } = splitSuppressed(placed);
  return {
    diagnostics,
    ...(suppressed.length > 0 ? { suppressed } : {}),
    score: computeScore([...coreTallies, ...run.rules], run.problems, { fatal: false, hasErrors: diagnostics.some((d) => d.severity === 'error') }),
    asOf,
    fatal: false,
    internalError: run.findings.some((finding) => finding.internal),
    plan,
  };
}
