import type { Aspect, Plan, Problem } from '../types/plan.js';
import { arrayOf, isObject } from '../rule-kit/helpers.js';
import { NOT_APPLICABLE, type DiagnosticSeverity, type JsonPath, type PreviousPlan, type RelatedPlace, type ReportDescriptor } from '../rule-kit/types.js';
import type { ActiveRule } from './active-rule.js';
import { PREVIOUS_DOCUMENT, type Finding, type FindingPlace } from './diagnostic.js';
import { crashFinding, describeThrown, isThenable, MAX_REPORTS_PER_RULE, PROMISES, readDescriptor, RuleFailure, visitorsOf, type Handler, type NodeKind, type Report } from './rule-contract.js';
import type { PendingBatchRule, PendingCheck } from './batch.js';
import { addCheck, problemTally, ruleTally, type ProblemScore, type RuleTally } from './score.js';
import type { Suppression } from './suppressions.js';

const RANK: Record<DiagnosticSeverity, number> = { info: 1, warn: 2, error: 3 };

/**
 * A problem as the unit of scoring: whether each rule's check of it failed so far (by the rule's position in the
 * run), and the rules in the order they first checked it.
 */
interface ProblemUnit {
  path: JsonPath;
  failed: (boolean | undefined)[];
  checkedBy: RuleState[];
}

/** One rule during the walk: whether it has crashed, whether its current visit reported a finding, its tally. */
interface RuleState {
  active: ActiveRule;
  /** The path of the node being visited, where a failure of the rule is reported. */
  where: JsonPath;
  /** A batch rule's facts and checks, decided after the run (see batch.ts); its checks are not tallied here. */
  pending?: PendingBatchRule;
  /** Position among the run's rules, so a problem's checks are an array, not a map. */
  index: number;
  crashed: boolean;
  reported: boolean;
  /** Made at the rule's first check, so the score lists rules in the order they were first checked. */
  tally?: RuleTally;
}

interface Subscriber {
  state: RuleState;
  handler: Handler;
}

const NO_SUBSCRIBERS: readonly Subscriber[] = [];

/**
 * Walks the plan once and calls every rule's visitor for each node (as ESLint and Spectral do),
 * collecting findings and tallying one check per call. A rule that throws is reported and switched off.
 */
export interface RunResult {
  findings: Finding[];
  /** Each rule's checks, in the order rules were first checked (see score.ts). */
  rules: RuleTally[];
  /** Each problem's checks, in document order. */
  problems: ProblemScore[];
  /** Each batch rule's facts and undecided checks, for the batch phase. */
  batch: PendingBatchRule[];
}

/** Answers whether an annotation in the plan silences a finding (see suppressions.ts). */
export interface SuppressionLookup {
  covering(ruleId: string, path: JsonPath): Suppression | undefined;
  /** Forgets that these rules used suppressions: they failed, and their findings are dropped. */
  forgetUse?(ruleIds: ReadonlySet<string>): void;
}

/**
 * Told which rule runs, and at which node of the walk (counted from 1 in walk order; 0 is `create()`), so that a
 * watchdog in another thread can stop a rule that does not finish (see run/rule-watch.ts).
 */
export interface RuleMonitor {
  enter(ruleId: string, node: number): void;
  leave(): void;
}

/** A rule stopped on an earlier walk of this plan (it did not finish within its time budget), at that walk's node. */
export interface StoppedRule {
  ruleId: string;
  node: number;
  reason: string;
}

/** What the walk is given besides the plan: the earlier document for `previous` rules, a monitor, rules stopped. */
export interface RunExtras {
  previous?: PreviousPlan;
  monitor?: RuleMonitor;
  /** Left out of the walk; each is a rule-error at the node where it was stopped. */
  stopped?: readonly StoppedRule[];
}

/** Related places in the previous document, as the core keeps them (a batch's are mapped in batch.ts). */
function findingPlaces(related: readonly RelatedPlace[] | undefined, previous: PreviousPlan | undefined): FindingPlace[] | undefined {
  const places = (related ?? []).filter((place) => place.in === previous).map(({ path }) => ({ document: PREVIOUS_DOCUMENT, path }));
  return places.length > 0 ? places : undefined;
}

/**
 * Runs the rules; a rule that fails on this plan (throws anything, returns a promise, a bad visitor object or a bad
 * report, or reports without end) is left out and the plan walked again without it, so the result is what the
 * other rules say, plus one `rule-error` finding for each rule that failed. Rules are deterministic, so a second
 * walk repeats the others' findings; it happens only when a rule has failed.
 */
export function runRules(plan: Plan, rules: readonly ActiveRule[], asOf: string, suppressions?: SuppressionLookup, extras: RunExtras = {}): RunResult {
  const failed = new Map<ActiveRule, Finding>();
  const stopped = new Map((extras.stopped ?? []).map((rule) => [rule.ruleId, rule]));
  const wantedNodes = new Set([...stopped.values()].map((rule) => rule.node));
  for (;;) {
    const walk = walkRules(plan, rules.filter((rule) => !failed.has(rule) && !stopped.has(rule.rule.meta.id)), asOf, suppressions, extras, wantedNodes);
    if (walk.crashes.length === 0) {
      for (const active of rules) {
        const stop = stopped.get(active.rule.meta.id);
        if (stop) failed.set(active, crashFinding(active.rule.meta.id, walk.nodePaths.get(stop.node) ?? [], new RuleFailure(stop.reason)));
      }
      return { findings: failed.size === 0 ? walk.findings : walk.findings.concat([...failed.values()]), rules: walk.rules, problems: walk.problems, batch: walk.batch };
    }
    for (const crash of walk.crashes) failed.set(crash.active, crash.finding);
    suppressions?.forgetUse?.(new Set(walk.crashes.map((crash) => crash.active.rule.meta.id)));
  }
}

interface Crash {
  active: ActiveRule;
  finding: Finding;
}

function walkRules(plan: Plan, rules: readonly ActiveRule[], asOf: string, suppressions: SuppressionLookup | undefined, extras: RunExtras, wantedNodes: ReadonlySet<number>): RunResult & { crashes: Crash[]; nodePaths: Map<number, JsonPath> } {
  const findings: Finding[] = [];
  const { monitor } = extras;
  /** Nodes dispatched so far, and the paths of the nodes asked for (where stopped rules were). */
  let nodes = 0;
  const nodePaths = new Map<number, JsonPath>();
  const crashes: Crash[] = [];
  /** Set once the walk is over: a report from a timer or promise the rule left behind is ignored. */
  let done = false;
  const rulesChecked: RuleTally[] = [];
  const problemsChecked: ProblemScore[] = [];
  const batch: PendingBatchRule[] = [];
  const subscribers = new Map<NodeKind, Subscriber[]>();
  const { previous } = extras;

  const crash = (state: RuleState, path: JsonPath, error: unknown) => {
    if (state.crashed) return;
    state.crashed = true;
    crashes.push({ active: state.active, finding: crashFinding(state.active.rule.meta.id, path, error) });
  };

  rules.forEach((active, index) => {
    const state: RuleState = { active, where: [], index, crashed: false, reported: false };
    const { id, category, messages } = active.rule.meta;
    if (active.rule.meta.scope === 'batch') batch.push((state.pending = { ruleId: id, facts: [], checks: [] }));
    let reports = 0;
    const context = {
      plan,
      options: active.options,
      asOf,
      ...(previous && active.rule.meta.scope === 'previous' ? { previous } : {}),
      report(descriptor: ReportDescriptor) {
        // Called after the rule failed, or after the walk (from a timer the rule left behind): nothing to add.
        if (state.crashed || done) return;
        let report: Report | string;
        try {
          report = ++reports > MAX_REPORTS_PER_RULE ? `reported more than ${MAX_REPORTS_PER_RULE} findings on one file` : readDescriptor(descriptor, messages);
        } catch (error) {
          report = `report() could not read its descriptor: ${describeThrown(error)}`;
        }
        // Failed at once, even if the rule catches what report() throws and goes on.
        if (typeof report === 'string') {
          crash(state, state.where, new RuleFailure(report));
          throw new RuleFailure(report);
        }
        const severity = report.maxSeverity && RANK[report.maxSeverity] < RANK[active.severity] ? report.maxSeverity : active.severity;
        const suppression = suppressions?.covering(id, report.path);
        const places = findingPlaces(report.related, previous);
        findings.push({
          ruleId: id,
          severity,
          category,
          message: messages[report.messageId],
          messageId: report.messageId,
          path: report.path,
          ...(report.data ? { data: report.data } : {}),
          ...(places ? { related: places } : {}),
          ...(suppression ? { suppression } : {}),
        });
        // A silenced finding does not fail its check: the score is what the plan scores with the finding accepted.
        if (severity !== 'info' && !suppression) state.reported = true;
      },
      collect(fact: unknown) {
        if (!state.pending) throw new Error('collect() is for batch rules (meta.scope "batch")');
        state.pending.facts.push(fact);
      },
    };
    let visitors: [NodeKind, Handler][];
    try {
      monitor?.enter(id, 0);
      visitors = visitorsOf(active.rule.create(context));
    } catch (error) {
      crash(state, [], error);
      return;
    } finally {
      monitor?.leave();
    }
    for (const [kind, handler] of visitors) {
      if (!subscribers.has(kind)) subscribers.set(kind, []);
      subscribers.get(kind)!.push({ state, handler });
    }
  });

  const tallyOf = (state: RuleState): RuleTally => {
    if (!state.tally) rulesChecked.push((state.tally = ruleTally(state.active.rule.meta.id, state.active.weight, state.active.rule.meta.category)));
    return state.tally;
  };

  // A rule's checks on a problem's measures and evidence merge into its one check of that problem, so a
  // problem with many measures does not outweigh one with few; they are counted once the problem is walked.
  // A batch rule's checks are only noted here: what fails them is known after every plan was walked.
  const recordCheck = (state: RuleState, path: JsonPath, problem?: ProblemUnit) => {
    if (!problem) {
      if (state.pending) return void state.pending.checks.push({ path });
      return addCheck(tallyOf(state), state.active.weight, state.reported);
    }
    const failed = problem.failed[state.index];
    if (failed === undefined) {
      problem.failed[state.index] = state.reported;
      problem.checkedBy.push(state);
    } else if (state.reported && !failed) problem.failed[state.index] = true;
  };

  const countProblem = (unit: ProblemUnit, problemId: string | undefined) => {
    if (unit.checkedBy.length === 0) return;
    const tally = problemTally(unit.path, problemId);
    for (const state of unit.checkedBy) {
      if (state.pending) {
        const check: PendingCheck = { path: unit.path, problem: true, ...(problemId !== undefined ? { problemId } : {}) };
        state.pending.checks.push(check);
        continue;
      }
      const failed = unit.failed[state.index]!;
      addCheck(tallyOf(state), state.active.weight, failed);
      addCheck(tally, state.active.weight, failed);
    }
    // Listed even when only batch rules checked it: the batch phase adds their checks to it (see batch.ts).
    problemsChecked.push(tally);
  };

  const dispatch = (kind: NodeKind, node: unknown, path: JsonPath, scope?: unknown, problem?: ProblemUnit) => {
    nodes++;
    if (wantedNodes.size > 0 && wantedNodes.has(nodes)) nodePaths.set(nodes, path);
    for (const { state, handler } of subscribers.get(kind) ?? NO_SUBSCRIBERS) {
      if (state.crashed) continue;
      state.reported = false;
      state.where = path;
      try {
        if (monitor) monitor.enter(state.active.rule.meta.id, nodes);
        const outcome = handler(node, path, scope);
        if (monitor) monitor.leave();
        if (outcome === NOT_APPLICABLE) continue;
        if (outcome !== undefined && isThenable(outcome)) throw new RuleFailure(`a visitor returned a promise: ${PROMISES}`);
        if (!state.crashed) recordCheck(state, path, problem);
      } catch (error) {
        if (monitor) monitor.leave();
        crash(state, path, error);
      }
    }
  };

  const walkProblem = (problem: Problem, path: JsonPath, aspect: Aspect, aspectPath: JsonPath, ancestors: readonly Problem[]) => {
    const unit: ProblemUnit = { path, failed: [], checkedBy: [] };
    const problemId = typeof problem.id === 'string' ? problem.id : undefined;
    dispatch('problem', problem, path, { aspect, aspectPath, parent: ancestors[0], ancestors }, unit);
    const scope = { problem, problemPath: path };
    // Loops rather than forEach callbacks: this runs for every measure and piece of evidence of every plan.
    const measures = arrayOf<any>(problem.measures);
    for (let m = 0; m < measures.length; m++) {
      const measure = measures[m];
      if (!isObject(measure)) continue;
      const measurePath = [...path, 'measures', m];
      dispatch('measure', measure, measurePath, scope, unit);
      const evidence = arrayOf(measure.evidence);
      if (evidence.length === 0) continue;
      const evidenceScope = { problem, problemPath: path, measure };
      for (let e = 0; e < evidence.length; e++) {
        if (isObject(evidence[e])) dispatch('evidence', evidence[e], [...measurePath, 'evidence', e], evidenceScope, unit);
      }
    }
    const evidence = arrayOf(problem.evidence);
    for (let e = 0; e < evidence.length; e++) {
      if (isObject(evidence[e])) dispatch('evidence', evidence[e], [...path, 'evidence', e], scope, unit);
    }
    // Counted before its sub-items, which are problems of their own: the score lists problems in document order.
    countProblem(unit, problemId);
    const items = arrayOf<Problem>(problem.items);
    for (let i = 0; i < items.length; i++) {
      if (isObject(items[i])) walkProblem(items[i], [...path, 'items', i], aspect, aspectPath, [problem, ...ancestors]);
    }
  };

  dispatch('plan', plan, []);
  arrayOf<Aspect>(plan.aspects).forEach((aspect, a) => {
    if (!isObject(aspect)) return;
    const aspectPath = ['aspects', a];
    dispatch('aspect', aspect, aspectPath);
    arrayOf<Problem>(aspect.problems).forEach((problem, p) => {
      if (isObject(problem)) walkProblem(problem, [...aspectPath, 'problems', p], aspect, aspectPath, []);
    });
  });
  arrayOf<any>(plan.commitments).forEach((commitment, c) => {
    if (isObject(commitment)) dispatch('commitment', commitment, ['commitments', c]);
  });
  arrayOf<any>(plan.meetings).forEach((meeting, m) => {
    if (isObject(meeting)) dispatch('meeting', meeting, ['meetings', m]);
  });
  dispatch('plan:exit', plan, []);
  if (previous && subscribers.has('previous:problem')) walkPrevious(previous.plan, (problem, path, scope) => dispatch('previous:problem', problem, path, scope));
  done = true;
  return { findings, rules: rulesChecked, problems: problemsChecked, batch, crashes, nodePaths };
}

/** Every problem and sub-item of the previous document, in document order; each is a plan-level check of this one. */
function walkPrevious(plan: Plan, visit: (problem: Problem, path: JsonPath, scope: { aspect: Aspect; aspectPath: JsonPath; ancestors: readonly Problem[] }) => void): void {
  const walk = (problem: Problem, path: JsonPath, aspect: Aspect, aspectPath: JsonPath, ancestors: readonly Problem[]) => {
    visit(problem, path, { aspect, aspectPath, ancestors });
    arrayOf<Problem>(problem.items).forEach((item, i) => isObject(item) && walk(item, [...path, 'items', i], aspect, aspectPath, [problem, ...ancestors]));
  };
  arrayOf<Aspect>(plan.aspects).forEach((aspect, a) => {
    if (!isObject(aspect)) return;
    arrayOf<Problem>(aspect.problems).forEach((problem, p) => isObject(problem) && walk(problem, ['aspects', a, 'problems', p], aspect, ['aspects', a], []));
  });
}


export { describeThrown, MAX_REPORTS_PER_RULE };
