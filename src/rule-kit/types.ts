import type { Aspect, Commitment, Evidence, Measure, Meeting, Plan, Problem } from '../types/plan.js';

/** A configured severity; `off` disables a rule. */
export type Severity = 'off' | 'info' | 'warn' | 'error';
/** The severity a diagnostic carries. */
export type DiagnosticSeverity = Exclude<Severity, 'off'>;
export type Locale = 'zh-CN' | 'en';
export type JsonPath = readonly (string | number)[];

export interface LocalizedText {
  zh: string;
  en: string;
}

/** Score categories; each rule belongs to one. */
export type Category =
  | 'completeness'
  | 'timeliness'
  | 'verifiability'
  | 'specificity'
  | 'accountability'
  | 'consistency'
  | 'publication';

export type PresetName = 'recommended' | 'strict' | 'publish';

/** A JSON Schema for a rule's options: an object whose properties carry defaults. */
export interface OptionsSchema {
  type: 'object';
  properties: Record<string, Record<string, unknown> & { default?: unknown }>;
  additionalProperties?: boolean;
  [keyword: string]: unknown;
}

/**
 * What a rule sees. `plan` (the default): one plan at a time. `previous`: a plan together with the earlier document
 * it is based on (the plan a report reports on, or a unit's previous version); such a rule runs only when there is
 * one. `batch`: every plan of a run (a CLI run, a workbench round); it collects facts from each plan as it is walked,
 * then judges them all together.
 */
export type RuleScope = 'plan' | 'previous' | 'batch';

export interface PresetSetting {
  severity: Severity;
  options?: Record<string, unknown>;
}

export interface RuleMeta {
  /** Readable kebab-case id; part of the public interface. */
  id: string;
  type: 'problem' | 'suggestion';
  category: Category;
  /** Severity in `rectlint:recommended`; `off` leaves the rule to other presets. */
  defaultSeverity: Severity;
  /**
   * Setting in other presets where it differs: `strict` turns every rule on (at least `warn`),
   * `publish` is recommended plus what rules declare here.
   */
  presets?: Partial<Record<Exclude<PresetName, 'recommended'>, Severity | PresetSetting>>;
  /** Weight of one check of this rule in the compliance score. */
  weight: number;
  /** What the rule sees (default `plan`); see RuleScope. */
  scope?: RuleScope;
  docs: { description: LocalizedText; url?: string; basis?: string };
  messages: Record<string, LocalizedText>;
  options?: OptionsSchema;
}

/** Returned by a visitor when the rule does not apply to the node it was given (it then counts neither as passed nor failed). */
export const NOT_APPLICABLE = Symbol.for('rectlint.not-applicable');
export type VisitResult = void | typeof NOT_APPLICABLE;

export interface ProblemScope {
  aspect: Aspect;
  aspectPath: JsonPath;
  /** The enclosing problem of a sub-item. */
  parent?: Problem;
  /** Every enclosing problem, nearest first (empty for a top-level problem). */
  ancestors: readonly Problem[];
}
export interface MeasureScope {
  problem: Problem;
  problemPath: JsonPath;
}
export interface EvidenceScope {
  problem: Problem;
  problemPath: JsonPath;
  /** The measure holding the evidence, when it is a measure's. */
  measure?: Measure;
}

export interface PreviousProblemScope {
  /** The aspect holding the problem in the previous plan, and its path there. */
  aspect: Aspect;
  aspectPath: JsonPath;
  /** Every enclosing problem in the previous plan, nearest first. */
  ancestors: readonly Problem[];
}

/** Handlers a rule returns from `create`; the runner walks the plan once and calls them. */
export interface Visitors {
  plan?(plan: Plan, path: JsonPath): VisitResult;
  aspect?(aspect: Aspect, path: JsonPath): VisitResult;
  problem?(problem: Problem, path: JsonPath, scope: ProblemScope): VisitResult;
  measure?(measure: Measure, path: JsonPath, scope: MeasureScope): VisitResult;
  evidence?(evidence: Evidence, path: JsonPath, scope: EvidenceScope): VisitResult;
  commitment?(commitment: Commitment, path: JsonPath): VisitResult;
  meeting?(meeting: Meeting, path: JsonPath): VisitResult;
  /** Called once after the walk, for rules that compare across the plan. */
  'plan:exit'?(plan: Plan, path: JsonPath): VisitResult;
  /**
   * `previous` rules: each problem and sub-item of the previous document, after the walk (its path is in the
   * previous document). A finding about it is reported on this plan, with `related` pointing back to it.
   */
  'previous:problem'?(problem: Problem, path: JsonPath, scope: PreviousProblemScope): VisitResult;
  /**
   * `batch` rules: called once per run, after every plan was walked, with every plan's collected facts. Findings
   * are reported with `plan` (which plan) and a path the rule collected in it. Returning NOT_APPLICABLE says the
   * batch gave nothing to judge (a round of one unit): the rule's checks then count in no plan's score.
   */
  batch?(plans: readonly BatchPlan[]): VisitResult;
}

/** The earlier document a `previous` rule compares this plan with. */
export interface PreviousPlan {
  readonly plan: Plan;
  /** How messages name it: the path given in `report.basedOn` or `--plan`, or a label such as 第1版. */
  readonly name: string;
  /** This plan's problem matched to the previous document's (by id, else by title), or undefined. */
  counterpartOf(problem: Problem): ProblemCounterpart | undefined;
  /** The previous document's problem matched to one of this plan's, or undefined when it has none here. */
  successorOf(previousProblem: Problem): ProblemCounterpart | undefined;
}

/** A problem's match in the other document, and how it was found. */
export interface ProblemCounterpart {
  problem: Problem;
  path: JsonPath;
  by: 'id' | 'title';
  /** The titles' similarity (0–1) when matched by title. */
  similarity?: number;
}

/** One plan of a batch, as a `batch` rule sees it after the walk: what the rule collected from it. */
export interface BatchPlan {
  /** Position in the run (files in path order). */
  readonly index: number;
  /** How messages name the file (relative to the working directory). */
  readonly name: string;
  /** The file the plan names in `report.basedOn` or was given with `--plan`, if any: a report and its plan are one unit's. */
  readonly previousName?: string;
  /** What the rule's visitors passed to `context.collect` while this plan was walked, in order. */
  readonly facts: readonly unknown[];
}

/** Another place a finding concerns: in the previous document, or in another plan of the batch. */
export interface RelatedPlace {
  in: PreviousPlan | BatchPlan;
  path: JsonPath;
}

export interface ReportDescriptor {
  /** Where the finding is; the core turns it into a source range. */
  path: JsonPath;
  messageId: string;
  data?: Record<string, string | number>;
  /** Lowers this one finding's severity, never raises it: the rule's own doubt (a total declared with 等). */
  maxSeverity?: 'warn' | 'info';
  /**
   * Other places the finding concerns. The first one's place is given to the message as `{{relatedPlace}}`
   * (`name:line:column`) and `{{relatedName}}`; every format shows them.
   */
  related?: readonly RelatedPlace[];
  /** `batch` rules: the plan the finding is in (its `path` is one the rule collected in that plan). */
  plan?: BatchPlan;
}

export interface RuleContext<Options = Record<string, unknown>> {
  readonly plan: Plan;
  /** The rule's options, defaults filled in. */
  readonly options: Options;
  /** "Today" for every time-based check, YYYY-MM-DD. */
  readonly asOf: string;
  report(descriptor: ReportDescriptor): void;
  /** `previous` rules: the earlier document (always set when such a rule runs). */
  readonly previous?: PreviousPlan;
  /**
   * `batch` rules, while a plan is walked: keeps a fact (JSON: it is cached with the file and sent between
   * threads) for the `batch` visitor. The walk of each plan may run in another thread or come from the cache.
   */
  collect(fact: unknown): void;
}

export interface Rule<Options = any> {
  meta: RuleMeta;
  create(context: RuleContext<Options>): Visitors;
}

/** What a plugin module exports (as default export or as named `rules`). */
export interface Plugin {
  name?: string;
  rules: Rule[];
}
