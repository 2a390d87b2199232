import type { FileResult } from '../run/file-result.js';
import type { RunGate } from '../run/gate.js';
import type { Locale, RuleMeta } from '../rule-kit/types.js';
import type { Styles } from './styles.js';

export interface FormatterContext {
  cwd: string;
  locale: Locale;
  /** Colours: chalk's when the output is a terminal that takes them, plain otherwise. */
  chalk: Styles;
  explainScore: boolean;
  /** Metadata of every loaded rule, for formats that describe rules. */
  rules: ReadonlyMap<string, RuleMeta>;
  version: string;
  /** The run's gate (exit code and why it failed), for the closing line; judged from the results when absent. */
  gate?: RunGate;
}

/** One output format: results in, the whole text out. */
export type Formatter = (results: readonly FileResult[], context: FormatterContext) => string;
