/**
 * The gate over a whole run: its exit code and every reason it failed, decided in one place, so the closing line
 * every format prints and the exit code cannot disagree. Each plan's own verdict is judged in core/verdict.ts;
 * the run fails when one plan is returned, and for what only a run can get wrong (a path that reached no plan,
 * a rule that crashed, more warnings than `--max-warnings`, nothing checked at all).
 */
import type { FileResult } from './file-result.js';

export type GateFailure =
  /** A path or glob reached no plan (exit 2). */
  | { kind: 'unmatched'; pattern: string }
  /** No plan was checked at all, though paths were given (exit 2). */
  | { kind: 'nothing-checked' }
  /** A rule or plugin crashed on these plans (exit 2). */
  | { kind: 'internal-error'; plans: number }
  /** Plans whose verdict is 退回修改 (exit 1). */
  | { kind: 'returned'; plans: number }
  /** More warnings than `--max-warnings` (exit 1). */
  | { kind: 'max-warnings'; warnings: number; maxWarnings: number };

export interface RunGate {
  /** 0 passed, 1 failed, 2 usage, configuration or internal error (the CLI's exit code). */
  code: 0 | 1 | 2;
  failures: GateFailure[];
}

export interface RunLimits {
  /** `--max-warnings`; undefined (or a negative number, as in ESLint) means no limit. */
  maxWarnings?: number;
  /** An empty shard of a CI matrix is not a mistake, so checking nothing is allowed then. */
  allowNothing?: boolean;
}

const USAGE_FAILURES: ReadonlySet<GateFailure['kind']> = new Set(['unmatched', 'nothing-checked', 'internal-error']);

export function judgeRun(results: readonly FileResult[], limits: RunLimits = {}, unmatched: readonly string[] = []): RunGate {
  const failures: GateFailure[] = unmatched.map((pattern) => ({ kind: 'unmatched', pattern }));
  if (results.length === 0 && unmatched.length === 0 && !limits.allowNothing) failures.push({ kind: 'nothing-checked' });
  const crashed = results.filter((r) => r.internalError).length;
  if (crashed > 0) failures.push({ kind: 'internal-error', plans: crashed });
  const returned = results.filter((r) => r.verdict.key === 'returned').length;
  if (returned > 0) failures.push({ kind: 'returned', plans: returned });
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (limits.maxWarnings !== undefined && limits.maxWarnings >= 0 && warnings > limits.maxWarnings) failures.push({ kind: 'max-warnings', warnings, maxWarnings: limits.maxWarnings });
  const code = failures.some((f) => USAGE_FAILURES.has(f.kind)) ? 2 : failures.length > 0 ? 1 : 0;
  return { code, failures };
}
