/**
 * The queue of files to check, and what a version shows. Uploads only store files and wake the checker; it takes
 * the pending files in upload order (after a restart too: pending is a state in the database), checks each file
 * off the request thread with its batch rules left undecided, and records each result, its unit and its figures in
 * one transaction. Then the round's batch phase judges the latest version of every unit together (on its own
 * thread), as `rectlint check` judges the plans of one run; an older version is judged alone. Results in another
 * message language are checked when first asked for.
 */
import { localToday } from '../../core/dates.js';
import type { FileResult } from '../../run/file-result.js';
import type { Locale } from '../../rule-kit/types.js';
import { judgedFacts, overviewFacts, type ChartFacts, type UnitSummary } from '../model/summary.js';
import { fileStem, unitInPlan } from '../model/unit-name.js';
import type { Store } from '../store/index.js';
import type { Round } from '../store/rounds.js';
import type { CheckedSubmission, Submission } from '../store/submissions.js';
import { checkPool, runChecks, type CheckSettings } from './run-checks.js';
import type { LintPool } from '../../run/lint-pool.js';
import { ConfigResolver } from '../../run/config-resolver.js';
import { settleBatches } from '../../run/batch-phase.js';
import { roundStamp, type SettledRow } from '../store/settled.js';
import { Settler } from './settler.js';

/** The language every file is first checked in; the overview's figures do not depend on it. */
export const PRIMARY_LOCALE: Locale = 'zh-CN';
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
  private readonly settler = new Settler();
  private readonly settling = new Map<string, Promise<Map<number, SettledRow>>>();
  /** Configs for judging a version alone, on this thread. */
  private readonly resolvers = new Map<string, ConfigResolver>();
  private stopped = false;

  constructor(
    private readonly store: Store,
    options: CheckerOptions,
  ) {
    this.today = options.today ?? (() => localToday());
    this.pool = checkPool(options.workers);
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
    void this.settler.close();
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
      await this.latest(roundId, PRIMARY_LOCALE).catch((error: unknown) => console.error(`rectlint serve: round ${roundId}: ${error instanceof Error ? error.message : String(error)}`));
    }
  }

  /** Whether the round's latest versions as judged together are recorded in this language (the figures are final). */
  isSettled(roundId: number, locale: Locale = PRIMARY_LOCALE): boolean {
    const members = this.store.submissions.latestByUnit(roundId).map((row) => row.latest);
    return members.length === 0 || this.store.settled.summaries(members.map((m) => m.id), locale, roundStamp(members.map((m) => m.id))).size === members.length;
  }

  /**
   * The round's latest versions (one per unit) as the batch rules judged them together, by submission id: recorded,
   * or judged now (once, however many ask at the same time). Each version's own result comes from its check.
   */
  async latest(roundId: number, locale: Locale): Promise<Map<number, SettledRow>> {
    const members = this.store.submissions.latestByUnit(roundId).map((row) => row.latest).filter((m) => m.state === 'checked');
    const ids = members.map((m) => m.id);
    const stamp = roundStamp(ids);
    const recorded = this.store.settled.all(ids, locale, stamp);
    if (recorded) return recorded;
    const key = `${roundId}|${locale}|${stamp}`;
    let running = this.settling.get(key);
    if (!running) {
      running = this.settleLatest(this.store.rounds.get(roundId)!, members, locale, stamp).finally(() => this.settling.delete(key));
      this.settling.set(key, running);
    }
    return running;
  }

  private async settleLatest(round: Round, members: readonly Submission[], locale: Locale, stamp: string): Promise<Map<number, SettledRow>> {
    // Findings, scores and the batch rules' facts only: the batch phase never needs a plan.
    const own = await this.results(members, locale, { plan: false });
    const pending = members.map((_, i) => own[i]?.batch !== undefined);
    const ownFacts = (m: Submission) => ({ summaryJson: m.summaryJson!, chartJson: m.chartJson! });
    let judged: FileResult[] = [];
    if (pending.some(Boolean)) {
      const byFile = new Map(members.map((m) => [this.store.blobs.pathOf(m), m]));
      const unitNames = new Map(this.store.submissions.latestByUnit(round.id).map((row) => [row.latest.id, `${row.unit.name} v${row.version}`]));
      judged = await this.settler.settle({
        results: members.map((m, i) => ({ ...own[i]!, filePath: this.store.blobs.pathOf(m) })),
        names: members.map((m) => [this.store.blobs.pathOf(m), `${unitNames.get(m.id)} ${m.fileName}`]),
        cwd: this.store.dataDir,
        configFile: this.store.configFileFor(round),
        locale,
        ...(round.asOf ? { asOf: round.asOf } : {}),
        today: this.today(),
      });
      for (const result of judged) {
        // A related place in another unit's file is named by its submission, for the page to link to.
        for (const d of result.diagnostics) for (const place of d.related ?? []) place.filePath = byFile.has(place.filePath) ? `submission:${byFile.get(place.filePath)!.id}` : place.name;
      }
    }
    const rows: SettledRow[] = members.map((member, i) => {
      if (!pending[i]) return { submissionId: member.id, ...ownFacts(member) };
      const result: FileResult = { ...judged[i], filePath: member.fileName };
      const { summary, chart } = judgedFacts(result, JSON.parse(member.summaryJson!) as UnitSummary, JSON.parse(member.chartJson!) as ChartFacts);
      return { submissionId: member.id, result, summaryJson: JSON.stringify(summary), chartJson: JSON.stringify(chart) };
    });
    if (!this.stopped) this.store.settled.putAll(rows, locale, stamp);
    return new Map(rows.map((row) => [row.submissionId, row]));
  }

  /** Every unit's latest version as shown, with its plan: by submission id. */
  async latestResults(roundId: number, locale: Locale): Promise<Map<number, FileResult>> {
    const rows = await this.latest(roundId, locale);
    const shown = new Map<number, FileResult>();
    for (const [id, row] of rows) {
      const result = row.result ? { ...row.result, plan: this.store.results.plan(id, locale) } : this.store.results.get(id, locale);
      if (result) shown.set(id, result);
    }
    return shown;
  }

  /**
   * A version as it is shown: a unit's latest as judged with the round's other latest versions; an older one as it
   * was last judged while it was the latest (what the reviewer saw then, less nothing), else alone, as one filed
   * nowhere is.
   */
  async shown(submission: Submission, locale: Locale): Promise<FileResult | undefined> {
    if (submission.state !== 'checked') return undefined;
    let judged: SettledRow | undefined;
    if (submission.unitId !== null) {
      const versions = this.store.submissions.versions(submission.unitId);
      judged = versions[versions.length - 1].id === submission.id ? (await this.latest(submission.roundId, locale)).get(submission.id) : this.store.settled.last(submission.id, locale);
    }
    if (judged?.result) return { ...judged.result, plan: this.store.results.plan(submission.id, locale) };
    const [own] = await this.results([submission], locale);
    return own && this.alone(own, submission, locale);
  }

  /** A version's own result with its batch rules judged on it alone (a batch of one: they find nothing to compare). */
  private async alone(own: FileResult, submission: Submission, locale: Locale): Promise<FileResult> {
    if (!own.batch) return own;
    const round = this.store.rounds.get(submission.roundId)!;
    const configFile = this.store.configFileFor(round);
    let resolver = this.resolvers.get(configFile);
    if (!resolver) this.resolvers.set(configFile, (resolver = new ConfigResolver({ cwd: this.store.dataDir, configFile })));
    const file = this.store.blobs.pathOf(submission);
    const { results } = await settleBatches([{ ...own, filePath: file }], [await resolver.forFile(file)], { cwd: this.store.dataDir, locale, today: this.today(), ...(round.asOf ? { asOf: round.asOf } : {}) });
    return { ...results[0], filePath: submission.fileName, ...(own.plan !== undefined ? { plan: own.plan } : {}) };
  }

  private async checkRound(round: Round, submissions: Submission[]): Promise<void> {
    const jobs = submissions.map((submission) => ({ submission, file: this.store.blobs.pathOf(submission) }));
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
    try {
      await runChecks(this.pool, jobs, this.settings(round, PRIMARY_LOCALE), ({ submission }, result) => {
        waiting.push([submission, withFileName(result, submission)]);
        if (waiting.length >= RECORD_GROUP) flush();
        else timer ??= setTimeout(flush, RECORD_DELAY_MS);
      });
      flush();
    } catch (error) {
      flush();
      // Something outside the files (a config that no longer loads, a worker that died): the files wait for a restart.
      const message = error instanceof Error ? error.message : String(error);
      if (this.stopped) return;
      for (const submission of submissions) this.store.submissions.recordFailed(submission.id, message);
    }
  }

  /**
   * Checked files' own results in a language (batch rules undecided), in order (undefined for a file not checked
   * yet): those stored, and the rest checked now in one run (each once, however many ask for it at the same time).
   * A file checked again in another language is judged on the date its first check used, so both say the same.
   */
  private async results(submissions: readonly Submission[], locale: Locale, options: { plan?: boolean } = {}): Promise<(FileResult | undefined)[]> {
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
      const asOf = round.asOf ?? this.store.results.get(submission.id, PRIMARY_LOCALE)?.asOf;
      const key = `${round.id}|${asOf ?? ''}`;
      const group = groups.get(key) ?? { round, asOf, members: [] };
      group.members.push(submission);
      groups.set(key, group);
    }
    for (const { round, asOf, members } of groups.values()) {
      const settings = { ...this.settings(round, locale), ...(asOf ? { asOf } : {}) };
      const jobs = members.map((submission) => ({ submission, file: this.store.blobs.pathOf(submission) }));
      await runChecks(this.pool, jobs, settings, ({ submission }, result) => {
        if (!this.stopped) this.store.results.put(submission.id, locale, withFileName(result, submission));
        checked.set(submission.id, result);
      });
    }
    return checked;
  }
}

/** Results name the file as the unit sent it, never the path it is stored under. */
function withFileName(result: FileResult, submission: Submission): FileResult {
  result.filePath = submission.fileName;
  return result;
}
