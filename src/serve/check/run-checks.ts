/**
 * Checks stored files exactly as `rectlint check --config <round's config> [--as-of <date>] [--plan <the version
 * before>] <file>` would, on the
 * CLI's worker threads (kept up between checks), so a page being served never waits behind a check. (Run from the
 * TypeScript sources, where no compiled worker exists, files are checked on this thread, as `--concurrency` does.)
 */
import { availableParallelism } from 'node:os';
import { ConfigResolver } from '../../run/config-resolver.js';
import type { FileResult } from '../../run/file-result.js';
import { lintFile, type FileRunOptions } from '../../run/lint-file.js';
import { LintPool } from '../../run/lint-pool.js';
import { workersAvailable } from '../../run/worker-pool.js';
import type { Locale } from '../../rule-kit/types.js';

export interface CheckJob {
  /** The stored file. */
  file: string;
}

export interface CheckSettings {
  /** Where relative paths in the config resolve from (the data folder). */
  cwd: string;
  configFile: string;
  asOf?: string;
  locale: Locale;
  today: string;
  /** The earlier version the files are held to by the plan-and-report rules (`--plan`), and how findings name it. */
  heldTo?: { file: string; name: string };
}

function runOptions(settings: CheckSettings): FileRunOptions {
  return {
    cwd: settings.cwd,
    configFile: settings.configFile,
    ...(settings.asOf ? { asOf: settings.asOf } : {}),
    locale: settings.locale,
    today: settings.today,
    // The workbench shows the plan as read and every score tally, as the HTML report does.
    retainPlans: true,
    retainScoreDetail: true,
    cache: false,
    // The round's batch phase judges the batch rules, over every unit's latest version together.
    deferBatch: true,
    // A stored file has no neighbours for its report.basedOn to name: a version is held to the one before it instead.
    followBasedOn: false,
    ...(settings.heldTo ? { plan: settings.heldTo.file, planName: settings.heldTo.name } : {}),
  };
}

export function defaultWorkers(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

/** The threads checks run on, or none where no compiled worker exists (then checks run on this thread). */
export function checkPool(workers: number): LintPool | undefined {
  return workersAvailable() ? new LintPool(workers) : undefined;
}

/** Checks the files, calling back with each result as it comes (in any order); rejects if the run cannot go on. */
export async function runChecks<T extends CheckJob>(pool: LintPool | undefined, jobs: readonly T[], settings: CheckSettings, onResult: (job: T, result: FileResult) => void): Promise<void> {
  if (jobs.length === 0) return;
  const options = runOptions(settings);
  if (pool) {
    await pool.run(
      jobs.map((job, index) => ({ index, file: job.file })),
      options,
      (index, outcome) => onResult(jobs[index], outcome.result),
    );
    return;
  }
  const resolver = new ConfigResolver({ cwd: settings.cwd, configFile: settings.configFile });
  for (const job of jobs) {
    const { result } = await lintFile(job.file, await resolver.forFile(job.file), options);
    onResult(job, result);
  }
}
