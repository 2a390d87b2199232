import type { Category, DiagnosticSeverity, JsonPath, LocalizedText } from '../rule-kit/types.js';
import type { SourceRange } from './source-range.js';
import type { Suppression } from './suppressions.js';

/** Ids the core itself reports under; rule ids never take them. */
export const CORE_RULE_IDS = {
  parse: 'parse',
  schema: 'schema',
  duplicateKey: 'duplicate-key',
  ruleError: 'rule-error',
  /** A malformed, unknown, expired or unused x-rectlint suppression. */
  suppression: 'suppression',
  /** The document a report names as its plan (`report.basedOn`, `--plan`) cannot be read. */
  basedOn: 'based-on',
} as const;

/** A finding as rules and core checks produce it, before it is placed and worded. */
export interface Finding {
  ruleId: string;
  severity: DiagnosticSeverity;
  path: JsonPath;
  message: LocalizedText;
  messageId?: string;
  data?: Record<string, string | number>;
  category?: Category;
  /** Mark the key rather than the value. */
  target?: 'key' | 'value';
  /** The range when the core knows it already (parse errors, duplicate keys). */
  range?: SourceRange;
  /** Stops scoring: the file could not be read as a plan. */
  fatal?: boolean;
  /** A crash inside rectlint or a plugin, which makes the exit code 2. */
  internal?: boolean;
  /** Silenced by an x-rectlint annotation (see suppressions.ts). */
  suppression?: Suppression;
  /** Other places it concerns: in the previous document, or in another plan of the batch. */
  related?: readonly FindingPlace[];
}

/** The `document` of a place in the previous document. */
export const PREVIOUS_DOCUMENT = 'previous';

/** A place in another document, before it is placed: which document and the path in it. */
export interface FindingPlace {
  /** `previous`, or the file of another plan of the batch. */
  document: string;
  path: JsonPath;
}

/** Another place a diagnostic concerns, placed in its own document. */
export interface RelatedLocation {
  /** The document's file (or the label it was given, such as 第1版). */
  filePath: string;
  /** How messages name it (relative to the working directory). */
  name: string;
  path: JsonPath;
  range: SourceRange;
}

/** A finding placed in the source and worded in one locale. */
export interface Diagnostic {
  ruleId: string;
  severity: DiagnosticSeverity;
  message: string;
  messageId?: string;
  path: JsonPath;
  range: SourceRange;
  category?: Category;
  /** The id of the problem the finding concerns, if any. */
  problemId?: string;
  fatal?: boolean;
  internal?: boolean;
  /** Why the finding is silenced; such diagnostics are in `LintResult.suppressed`, never in `diagnostics`. */
  suppression?: Suppression;
  /** Other places it concerns (the plan a report dropped a problem of, the other unit's copy). */
  related?: RelatedLocation[];
}
