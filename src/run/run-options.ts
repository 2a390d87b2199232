import type { Locale, LocalizedText, Severity } from '../rule-kit/types.js';
import type { Shard } from './shard.js';

/** How a run checks its files: the options of `lintFiles` and `lintText`, and of `rectlint check`. */
export interface LintRunOptions {
  cwd?: string;
  /** A config file for every plan, instead of the nearest rectlint.config.json. */
  configFile?: string;
  /** `--rule id:severity` overrides, applied last. */
  ruleOverrides?: Record<string, Severity>;
  asOf?: string;
  /**
   * The plan every checked file (but this one) is compared with by the `previous` rules (`--plan`), relative to
   * `cwd`; without it, a file is compared with the one its `report.basedOn` names.
   */
  plan?: string;
  /** How findings name the `plan` file (default: its path relative to `cwd`), e.g. a version's name in the workbench. */
  planName?: string;
  /**
   * `false`: a file's `report.basedOn` is not followed (the workbench, whose stored files have no neighbours, holds a
   * version to the version before it instead).
   */
  followBasedOn?: boolean;
  locale?: Locale;
  /** Print errors only (`--quiet`): results keep the other findings apart, still counted (see `quieted`). */
  quiet?: boolean;
  /** The score a plan needs to be accepted (`--min-score`); 60 when not given (see core/verdict.ts). */
  minScore?: number;
  /** The clock, injectable for tests. */
  today?: string;
  /** Called as each plan file is done (`done` of `total`), e.g. for a progress bar. */
  onProgress?: (progress: { done: number; total: number; file?: string }) => void;
  /** Called with what went wrong around the check without stopping it (a corrupt cache ignored, a cache not written). */
  onWarning?: (warning: LocalizedText) => void;
  /**
   * The time a rule may take on one file, in seconds (`--rule-timeout`, default 10; 0: no limit). Watched only when
   * the run loads plugins: a rule over it is stopped and reported as a rule-error, and the run goes on.
   */
  ruleTimeout?: number;
  /** Worker threads for `lintFiles` (a number, or `auto`); results and their order are the same as with 1. */
  concurrency?: number | 'auto';
  /** Check only this part of the plan files (`--shard i/n`). */
  shard?: Shard;
  /** Reuse results while file, config, plugins and rectlint are unchanged (`--cache`). */
  cache?: boolean;
  /** The cache file, or a directory for `.rectlintcache` (default: `.rectlintcache` in `cwd`). */
  cacheLocation?: string;
  /**
   * Other cache files (or directories holding `.rectlintcache`) whose entries this run may use, e.g. each shard's:
   * a run over every path then lints nothing again and its batch rules compare every plan.
   */
  mergeCaches?: string[];
  /** Keep each parsed plan in `FileResult.plan` (default true); false spares memory when no format reads it. */
  retainPlans?: boolean;
  /**
   * Keep each score's per-rule and per-problem tallies (default true). With false (and no cache) `score.byRule` and
   * `score.byProblem` are left empty, sparing memory and the collector when no format prints them.
   */
  retainScoreDetail?: boolean;
}

/** An option of a run that cannot be used, such as an unknown rule id in `--rule` (a usage error, exit code 2). */
export class RunOptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunOptionError';
  }
}
