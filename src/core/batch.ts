/**
 * Batch rules (`meta.scope: 'batch'`) see every plan of a run. Each plan's walk (runner.ts, in whichever thread
 * lints the file, or read back from the cache) keeps what the rule collected and notes its checks without deciding
 * them. Once every plan is walked, `runBatchRule` gives the rule all plans' facts, and `settleBatch` puts each
 * plan's findings into its result and decides its checks: a check fails when a warning or error lies inside it.
 * Pure: facts in, findings out; where a finding is in its file is asked of a Placer the caller builds.
 */
import { NOT_APPLICABLE, type BatchPlan, type DiagnosticSeverity, type JsonPath, type Locale, type ReportDescriptor } from '../rule-kit/types.js';
import type { ActiveRule } from './active-rule.js';
import type { Finding } from './diagnostic.js';
import { crashFinding, describeThrown, isThenable, MAX_REPORTS_PER_RULE, PROMISES, readDescriptor, RuleFailure, visitorsOf, type NodeKind, type Report } from './rule-contract.js';
import type { LintResult } from './lint.js';
import { placeFindings, type Placer } from './place.js';
import { processDiagnostics } from './pipeline/index.js';
import { sortDiagnostics } from './pipeline/sort.js';
import { withLateChecks, type LateCheck } from './score.js';
import { judged } from './verdict.js';
import type { Suppression } from './suppressions.js';
import { splitSuppressed } from './suppressions.js';

/** A check a batch rule made in a plan's walk: of a problem (its checks of measures and evidence merged), or of a plan-level node. */
export interface PendingCheck {
  path: JsonPath;
  problem?: true;
  problemId?: string;
}

/** What a batch rule kept from one plan's walk: JSON, so it is cached with the file and sent between threads. */
export interface PendingBatchRule {
  ruleId: string;
  facts: unknown[];
  checks: PendingCheck[];
}

/** One plan of a batch, as the batch phase has it. */
export interface BatchMember {
  /** The plan's file: related places in it name it. */
  file: string;
  /** How messages name it. */
  name: string;
  previousName?: string;
  /** The rule's severity for this file (overrides may differ per file). */
  severity: DiagnosticSeverity;
  facts: readonly unknown[];
}

/** A batch rule's finding in one member of the batch; related places name member files. */
export interface BatchFinding {
  member: number;
  finding: Finding;
}

const RANK: Record<DiagnosticSeverity, number> = { info: 1, warn: 2, error: 3 };

/** What a batch rule made of a batch: its findings, and whether it judged anything (else its checks do not count). */
export interface BatchOutcome {
  findings: BatchFinding[];
  applicable: boolean;
}

/**
 * Runs a batch rule's `batch` visitor over every member's facts, held to the contract per-file rules are held to
 * (rule-contract.ts): a rule that throws anything, returns a promise or a bad visitor object, reports a bad
 * descriptor (or one that names no plan of the batch) or reports without end has failed, and its failure is one
 * rule-error finding in every member instead of its findings.
 */
export function runBatchRule(active: ActiveRule, members: readonly BatchMember[], asOf: string): BatchOutcome {
  const { meta } = active.rule;
  const plans: BatchPlan[] = members.map((member, index) =>
    Object.freeze({ index, name: member.name, ...(member.previousName !== undefined ? { previousName: member.previousName } : {}), facts: member.facts }),
  );
  const memberOf = (plan: unknown): number | string => {
    const index = plans.indexOf(plan as BatchPlan);
    return index >= 0 ? index : 'a batch finding must name one of the plans given to batch() in `plan`';
  };
  const found: BatchFinding[] = [];
  /** Why the rule failed, once it has: a report it cannot take fails it even if the rule catches the throw. */
  let failure: unknown;
  let done = false;
  let reports = 0;
  const fail = (reason: string): never => {
    failure ??= new RuleFailure(reason);
    throw failure;
  };
  const context = {
    // A batch has no one plan; the plans are the `batch` visitor's argument.
    plan: undefined as never,
    options: active.options,
    asOf,
    report(descriptor: ReportDescriptor) {
      if (failure !== undefined || done) return;
      let report: Report | string;
      let member: number | string;
      try {
        report = ++reports > MAX_REPORTS_PER_RULE ? `reported more than ${MAX_REPORTS_PER_RULE} findings in one batch` : readDescriptor(descriptor, meta.messages);
        member = typeof report === 'string' ? report : memberOf((descriptor as { plan?: unknown }).plan);
      } catch (error) {
        report = member = `report() could not read its descriptor: ${describeThrown(error)}`;
      }
      if (typeof report === 'string') return fail(report);
      if (typeof member === 'string') return fail(member);
      const places: { document: string; path: JsonPath }[] = [];
      for (const place of report.related ?? []) {
        const at = memberOf(place.in);
        if (typeof at === 'string') return fail(at);
        places.push({ document: members[at].file, path: place.path });
      }
      const declared = members[member].severity;
      const severity = report.maxSeverity && RANK[report.maxSeverity] < RANK[declared] ? report.maxSeverity : declared;
      found.push({
        member,
        finding: {
          ruleId: meta.id,
          severity,
          category: meta.category,
          message: meta.messages[report.messageId],
          messageId: report.messageId,
          path: report.path,
          ...(report.data ? { data: report.data } : {}),
          ...(places.length > 0 ? { related: places } : {}),
        },
      });
    },
    collect() {
      throw new Error('collect() is called while a plan is walked, not in batch()');
    },
  };
  let applicable = true;
  try {
    const visitors = visitorsOf(active.rule.create(context), BATCH_KINDS);
    const batch = visitors.length > 0 ? (visitors[0][1] as (plans: readonly BatchPlan[]) => unknown) : undefined;
    const outcome = batch?.(plans);
    if (outcome !== undefined && isThenable(outcome)) throw new RuleFailure(`a batch visitor returned a promise: ${PROMISES}`);
    applicable = outcome !== NOT_APPLICABLE;
  } catch (error) {
    failure ??= error;
  }
  done = true;
  if (failure !== undefined) {
    // Its checks were not made: they count nowhere, as a crashed rule's checks in a plan's walk.
    const finding = crashFinding(meta.id, [], failure);
    return { findings: members.map((_, member) => ({ member, finding })), applicable: false };
  }
  return { findings: found, applicable };
}

const BATCH_KINDS: readonly NodeKind[] = ['batch'];

/** One batch rule's outcome in one plan: its checks from the walk and its findings from the batch. */
export interface SettledRule {
  rule: { ruleId: string; weight: number; category: string };
  checks: readonly PendingCheck[];
  findings: readonly Finding[];
}

export interface SettleOptions {
  locale: Locale;
  /** Whether an x-rectlint annotation in the plan silences a finding. */
  suppression?(ruleId: string, path: JsonPath): Suppression | undefined;
}

function isInside(path: JsonPath, container: JsonPath): boolean {
  if (container.length > path.length) return false;
  for (let i = 0; i < container.length; i++) if (path[i] !== container[i]) return false;
  return true;
}

/** The checks a rule's findings fail: each warning or error fails the innermost check holding its path. */
function lateChecks(settled: SettledRule, weight: number): LateCheck[] {
  const failed = new Set<number>();
  for (const finding of settled.findings) {
    if (finding.severity === 'info' || finding.suppression || finding.internal) continue;
    let innermost = -1;
    settled.checks.forEach((check, index) => {
      if (isInside(finding.path, check.path) && (innermost < 0 || check.path.length > settled.checks[innermost].path.length)) innermost = index;
    });
    if (innermost >= 0) failed.add(innermost);
  }
  return settled.checks.map((check, index) => ({ weight, failed: failed.has(index), ...(check.problem ? { problemKey: check.path.join('/') } : {}) }));
}

/**
 * A plan's result with its batch rules settled: their findings placed among its own, their checks counted in its
 * score. A new result: the one given (which a cache entry may hold) is left as it was, and carries no `batch`.
 */
export function settleBatch(result: LintResult, settled: readonly SettledRule[], placer: Placer, options: SettleOptions): LintResult {
  const { batch: _pending, ...rest } = result;
  const silenced = (finding: Finding): Finding => {
    const suppression = finding.internal ? undefined : options.suppression?.(finding.ruleId, finding.path);
    return suppression ? { ...finding, suppression } : finding;
  };
  const decided = settled.map((rule) => ({ ...rule, findings: rule.findings.map(silenced) }));
  const findings = decided.flatMap((rule) => rule.findings);
  const placed = processDiagnostics(placeFindings(findings, placer, options.locale));
  const { active, suppressed } = splitSuppressed(placed);
  const diagnostics = active.length > 0 ? sortDiagnostics([...result.diagnostics, ...active]) : result.diagnostics;
  let score = result.score;
  for (const rule of decided) score = withLateChecks(score, rule.rule, lateChecks(rule, rule.rule.weight));
  // A problem that only batch rules checked, none of which judged it, has no check: it is not listed, as in a walk.
  if (score.byProblem.some((problem) => problem.applicable === 0)) score = { ...score, byProblem: score.byProblem.filter((problem) => problem.applicable > 0) };
  const allSuppressed = [...(result.suppressed ?? []), ...suppressed];
  // Judged again with the batch's findings and checks, against the same pass mark.
  return judged(
    {
      ...rest,
      diagnostics,
      ...(allSuppressed.length > 0 ? { suppressed: sortDiagnostics(allSuppressed) } : {}),
      score,
      internalError: result.internalError || findings.some((finding) => finding.internal),
    },
    { minScore: result.verdict.passMark },
  );
}
