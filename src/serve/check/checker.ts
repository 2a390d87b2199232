/**
 * The queue of files to check. Uploads only store files and wake the checker; it takes the pending files in upload
 * order (after a restart too: pending is a state in the database), checks each file off the request thread with
 * its batch rules left undecided, and records each result, its unit and its figures in one transaction; then it
 * has the rounds that got new versions judged (judgements.ts). Results in another message language are checked
 * when first asked for.
 */
import { localToday } from '../../core/dates.js';
import type { FileResult } from '../../run/file-result.js';
import type { Locale } from '../../rule-kit/types.js';
import { overviewFacts } from '../model/summary.js';
import { fileStem, unitInPlan } from '../model/unit-name.js';
import type { Store } from '../store/index.js';
import type { Round } from '../store/rounds.js';
import type { CheckedSubmission, Submission } from '../store/submissions.js';
import { checkPool, runChecks, type CheckSettings } from './run-checks.js';
import type { LintPool } from '../../run/lint-pool.js';
import { Judgements, PRIMARY_LOCALE } from './judgements.js';

export { PRIMARY_LOCALE };

/** Files taken from the queue at a time. */
const BATCH = 256;
/** Results recorded together: at most this many, at most this long after the first of them came. */
const RECORD_GROUP = 32;
const RECORD_DELAY_MS = 50;
/** How long the queue must stay empty before a round's latest versions are compared. */
const SETTLE_DELAY_MS = 100;

export interface CheckerOptions {
  workers: number;
  /** The clock ("today" when a round judges by each report's date and a report has none). */
  today?: () => string;
}

/** What a check establishes about a submission besides its result. */
export function checkedFacts(submission: Submission, result: FileResult): CheckedSubmission {
  const { summary, chart } = overviewFacts(result);
  const kept = { summaryJson: JSON.stringify(summary), chartJson: JSON.stringify(chart) };
  if (result.fatal) {
    const fatal = result.diagnostics.find((d) => d.fatal) ?? result.diagnostics[0];
    const reason = fatal ? `${fatal.message} (${fatal.range.start.line}:${fatal.range.start.column})` : '';
    return { readable: false, reason, unit: null, ...kept };
  }
  const named = unitInPlan(result.plan);
  return { readable: true, reason: null, unit: named ? { name: named, source: 'document' } : { name: fileStem(submission.fileName), source: 'file-name' }, ...kept };
}

export class Checker {
  private draining: Promise<void> | undefined;
  private wakeAgain = false;
  private readonly onDemand = new Map<string, Promise<FileResult>>();
  private readonly today: () => string;
  private readonly pool: LintPool | undefined;
  private stopped = false;
  /** What each version shows: the round's batch phase over its units' latest versions. */
  readonly judgements: Judgements;

  constructor(
    private readonly store: Store,
    options: CheckerOptions,
  ) {
    this.today = options.today ?? (() => localToday());
    this.pool = checkPool(options.workers);
    this.judgements = new Judgements(store, { ownResults: (submissions, locale, plan) => this.results(submissions, locale, { plan }), today: this.today });
  }

  /** Starts checking what is pending, unless a run is on (it then looks again when done). */
  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.wakeAgain = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      if (this.wakeAgain) {
        this.wakeAgain = false;
        this.wake();
      }
    });
  }

  /** Records nothing more (the store is about to close); what is pending stays pending for the next start. */
  stop(): void {
    this.stopped = true;
    void this.pool?.close();
    this.judgements.stop();
  }

  /**
   * A reviewer filed a submission under a unit (it was in `leftUnit`): the versions whose version before changed
   * (it, and the version after it in the unit it left and in the one it joined) are checked again, held to the new one.
   */
  refiled(submissionId: number, leftUnit: number | null): void {
    const moved = this.store.submissions.get(submissionId);
    if (!moved || moved.unitId === null) return;
    const next = (unitId: number) => this.store.submissions.versions(unitId).find((v) => v.id > submissionId);
    const affected = [moved, next(moved.unitId), leftUnit !== null && leftUnit !== moved.unitId ? next(leftUnit) : undefined].filter(
      (s): s is Submission => s !== undefined && s.state === 'checked' && s.readable === true,
    );
    if (affected.length === 0) return;
    this.store.db.transaction(() => {
      const ids = affected.map((s) => s.id);
      for (const id of ids) {
        this.store.results.drop(id);
        this.store.settled.drop(id);
      }
      this.store.submissions.requeue(ids);
    })();
    this.wake();
  }

  /** Resolves when nothing is pending and no check is running. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private settings(round: Round, locale: Locale): CheckSettings {
    return {
      cwd: this.store.dataDir,
      configFile: this.store.configFileFor(round),
      ...(round.asOf ? { asOf: round.asOf } : {}),
      locale,
      today: this.today(),
    };
  }

  private async drain(): Promise<void> {
    this.wakeAgain = false;
    const touched = new Set<number>();
    for (;;) {
      if (this.stopped) return;
      let pending = this.store.submissions.pending(BATCH);
      if (pending.length === 0 && touched.size > 0) {
        // Uploads come in bursts (the page sends a drop in several requests): compare once the burst is in.
        await new Promise((resolve) => setTimeout(resolve, SETTLE_DELAY_MS));
        pending = this.store.submissions.pending(BATCH);
      }
      if (pending.length === 0) break;
      const byRound = new Map<number, Submission[]>();
      for (const submission of pending) byRound.set(submission.roundId, [...(byRound.get(submission.roundId) ?? []), submission]);
      for (const [roundId, submissions] of byRound) {
        touched.add(roundId);
        await this.checkRound(this.store.rounds.get(roundId)!, submissions);
      }
    }
    // The overview's figures are the batch phase's: judge each round that got new versions, in the first language.
    for (const roundId of touched) {
      if (this.stopped) return;
      await this.judgements.latest(roundId, PRIMARY_LOCALE).catch((error: unknown) => console.error(`rectlint serve: round ${roundId}: ${error instanceof Error ? error.message : String(error)}`));
    }
  }

  /**
   * The version a submission is held to by the plan-and-report rules (problem-dropped, deadline-slipped, …): the
   * latest readable version of its unit before it (one put back in the queue by a refiling is still readable), named
   * in findings by its version and file name; but never a report for a plan, nor a final report for a progress
   * report (a unit's files dropped together come in any order: 整改情况报告 sorts before 整改方案).
   */
  private heldTo(submission: Submission, locale: Locale): HeldTo | undefined {
    if (submission.unitId === null) return undefined;
    const versions = this.store.submissions.versions(submission.unitId);
    const stage = stageOf(this.store.submissions.get(submission.id) ?? submission);
    for (let i = versions.findIndex((v) => v.id === submission.id) - 1; i >= 0; i--) {
      const earlier = versions[i];
      const earlierStage = stageOf(earlier);
      const later = earlierStage !== undefined && stage !== undefined && earlierStage > stage;
      if (earlier.readable === true && !later) return { id: earlier.id, file: this.store.blobs.pathOf(earlier), name: versionName(i + 1, earlier.fileName, locale) };
    }
    return undefined;
  }

  /** Checks files with these settings, each held to its unit's version before it (one run per earlier version). */
  private async checkHeld(submissions: readonly Submission[], settings: CheckSettings, onResult: (submission: Submission, result: FileResult) => void): Promise<void> {
    const runs = new Map<string, { heldTo: HeldTo | undefined; members: Submission[] }>();
    for (const submission of submissions) {
      const heldTo = this.heldTo(submission, settings.locale);
      const run = runs.get(heldTo?.file ?? '') ?? { heldTo, members: [] };
      run.members.push(submission);
      runs.set(heldTo?.file ?? '', run);
    }
    await Promise.all(
      [...runs.values()].map(({ heldTo, members }) =>
        runChecks(this.pool, members.map((submission) => ({ submission, file: this.store.blobs.pathOf(submission) })), { ...settings, ...(heldTo ? { heldTo } : {}) }, ({ submission }, result) =>
          onResult(submission, heldTo ? withEarlierVersion(result, heldTo) : result),
        ),
      ),
    );
  }

  private async checkRound(round: Round, submissions: Submission[]): Promise<void> {
    // Results are written a group at a time, one transaction (one flush to disk) for all that came in the while.
    let waiting: [Submission, FileResult][] = [];
    let timer: NodeJS.Timeout | undefined;
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      const group = waiting;
      waiting = [];
      if (group.length === 0 || this.stopped) return;
      this.store.db.transaction(() => {
        const now = new Date().toISOString();
        for (const [submission, result] of group) {
          this.store.results.put(submission.id, PRIMARY_LOCALE, result);
          this.store.submissions.recordChecked(submission.id, checkedFacts(submission, result), now);
        }
      })();
    };
    const record = (submission: Submission, result: FileResult) => {
      waiting.push([submission, withFileName(result, submission)]);
      if (waiting.length >= RECORD_GROUP) flush();
      else timer ??= setTimeout(flush, RECORD_DELAY_MS);
    };
    try {
      // A file checked again after a reviewer filed it is held to its version before from the start.
      await this.checkHeld(submissions, this.settings(round, PRIMARY_LOCALE), record);
      flush();
      // Which unit a new file is, and so which version, is known once it is checked: a later version of a unit is
      // then checked again, held to the one before it.
      const filed = submissions
        .filter((submission) => submission.unitId === null)
        .map((submission) => this.store.submissions.get(submission.id)!)
        .filter((submission) => submission.readable && this.heldTo(submission, PRIMARY_LOCALE));
      if (filed.length > 0 && !this.stopped) {
        await this.checkHeld(filed, this.settings(round, PRIMARY_LOCALE), record);
        flush();
      }
    } catch (error) {
      flush();
      // Something outside the files (a config that no longer loads, a worker that died): the files wait for a restart.
      const message = error instanceof Error ? error.message : String(error);
      if (this.stopped) return;
      for (const submission of submissions) this.store.submissions.recordFailed(submission.id, message);
    }
  }

  /**
   * Checked files' own results in a language (batch rules undecided; `plan: false` leaves the plan out), in order (undefined for a file not checked
   * yet): those stored, and the rest checked now in one run (each once, however many ask for it at the same time).
   * A file checked again in another language is judged on the date its first check used, so both say the same.
   */
  async results(submissions: readonly Submission[], locale: Locale, options: { plan?: boolean } = {}): Promise<(FileResult | undefined)[]> {
    const missing: Submission[] = [];
    const found = submissions.map((submission) => {
      if (submission.state !== 'checked') return undefined;
      const stored = this.store.results.get(submission.id, locale, options);
      if (!stored && !this.onDemand.has(`${submission.id}:${locale}`)) missing.push(submission);
      return stored;
    });
    if (missing.length > 0) {
      const run = this.checkNow(missing, locale);
      for (const submission of missing) {
        const key = `${submission.id}:${locale}`;
        this.onDemand.set(key, run.then((results) => results.get(submission.id)!).finally(() => this.onDemand.delete(key)));
      }
    }
    const all = await Promise.all(submissions.map((submission, i) => found[i] ?? this.onDemand.get(`${submission.id}:${locale}`)));
    // A result just checked carries its plan; shared with whoever else asked, so copied before it is left out.
    return options.plan === false ? all.map((result) => (result?.plan !== undefined ? { ...result, plan: undefined } : result)) : all;
  }

  private async checkNow(submissions: readonly Submission[], locale: Locale): Promise<Map<number, FileResult>> {
    const checked = new Map<number, FileResult>();
    // Each file is judged on the date its first check used; files sharing a round and a date are checked together.
    const groups = new Map<string, { round: Round; asOf: string | undefined; members: Submission[] }>();
    for (const submission of submissions) {
      const round = this.store.rounds.get(submission.roundId)!;
      const asOf = round.asOf ?? this.store.results.get(submission.id, PRIMARY_LOCALE, { plan: false })?.asOf;
      const key = `${round.id}|${asOf ?? ''}`;
      const group = groups.get(key) ?? { round, asOf, members: [] };
      group.members.push(submission);
      groups.set(key, group);
    }
    for (const { round, asOf, members } of groups.values()) {
      const settings = { ...this.settings(round, locale), ...(asOf ? { asOf } : {}) };
      await this.checkHeld(members, settings, (submission, result) => {
        if (!this.stopped) this.store.results.put(submission.id, locale, withFileName(result, submission));
        checked.set(submission.id, result);
      });
    }
    return checked;
  }
}

/** Where a document stands in a rectification: the plan, then progress reports, then the final report (undefined: unknown). */
const STAGES: Record<string, number> = { plan: 0, 'progress-report': 1, 'final-report': 2 };

function stageOf(submission: Submission): number | undefined {
  if (!submission.summaryJson) return undefined;
  const kind = (JSON.parse(submission.summaryJson) as { kind?: string }).kind;
  return kind === undefined ? undefined : STAGES[kind];
}

interface HeldTo {
  /** The earlier version's submission, its stored file, and how findings name it. */
  id: number;
  file: string;
  name: string;
}

/** How findings name an earlier version of the unit: 第1版 plan.json, v1 plan.json. */
export function versionName(version: number, fileName: string, locale: Locale): string {
  return locale === 'en' ? `v${version} ${fileName}` : `第${version}版 ${fileName}`;
}

/** A place in the earlier version is named by its submission (as the batch phase names another unit's), for the page to link. */
function withEarlierVersion(result: FileResult, heldTo: HeldTo): FileResult {
  for (const d of result.diagnostics) for (const place of d.related ?? []) if (place.filePath === heldTo.file) place.filePath = `submission:${heldTo.id}`;
  return result;
}

/** Results name the file as the unit sent it, never the path it is stored under. */
function withFileName(result: FileResult, submission: Submission): FileResult {
  result.filePath = submission.fileName;
  return result;
}
