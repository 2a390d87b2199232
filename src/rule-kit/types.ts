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
}

export interface ReportDescriptor {
  /** Where the finding is; the core turns it into a source range. */
  path: JsonPath;
  messageId: string;
  data?: Record<string, string | number>;
  /** Lowers this one finding's severity, never raises it: the rule's own doubt (a total declared with 等). */
  maxSeverity?: 'warn' | 'info';
}

export interface RuleContext<Options = Record<string, unknown>> {
  readonly plan: Plan;
  /** The rule's options, defaults filled in. */
  readonly options: Options;
  /** "Today" for every time-based check, YYYY-MM-DD. */
  readonly asOf: string;
  report(descriptor: ReportDescriptor): void;
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
