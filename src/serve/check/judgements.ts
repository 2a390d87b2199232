/**
 * What each version shows. A round is one run: the batch rules (copied-across-plans, template-text) judge the
 * latest version of every unit together, on a thread of their own, as `rectlint check` judges the plans of one run,
 * each file named by its unit, version and file name. The judgement is recorded with the set of versions it was
 * made on, so a new version anywhere makes it stale. An older version shows what it showed while it was the latest;
 * one never judged with the round (filed nowhere, or in a language not viewed then) is judged alone.
 */
import type { FileResult } from '../../run/file-result.js';
import { ConfigResolver } from '../../run/config-resolver.js';
import { settleBatches } from '../../run/batch-phase.js';
import type { Locale } from '../../rule-kit/types.js';
import { judgedFacts, type ChartFacts, type UnitSummary } from '../model/summary.js';
import type { Store } from '../store/index.js';
import type { Round } from '../store/rounds.js';
import { roundStamp, type SettledRow } from '../store/settled.js';
import type { Submission } from '../store/submissions.js';
import { Settler } from './settler.js';

/** The language every file is first checked in, and its round judged in; the overview's figures do not depend on it. */
export const PRIMARY_LOCALE: Locale = 'zh-CN';

export interface JudgementDeps {
  /** Checked files' own results (batch rules undecided), checked in the language first when need be. */
  ownResults(submissions: readonly Submission[], locale: Locale, plan: boolean): Promise<(FileResult | undefined)[]>;
  today(): string;
}

export class Judgements {
  private readonly settler = new Settler();
  private readonly settling = new Map<string, Promise<Map<number, SettledRow>>>();
  /** Configs for judging a version alone, on this thread. */
  private readonly resolvers = new Map<string, ConfigResolver>();
  private stopped = false;

  constructor(
    private readonly store: Store,
    private readonly deps: JudgementDeps,
  ) {}

  /** Records nothing more; the settling thread ends. */
  stop(): void {
    this.stopped = true;
    void this.settler.close();
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
    const own = await this.deps.ownResults(members, locale, false);
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
        today: this.deps.today(),
      });
      for (const result of judged) {
        // A related place in another unit's file is named by its submission, for the page to link to.
        for (const d of result.diagnostics) for (const place of d.related ?? []) if (!place.filePath.startsWith('submission:')) place.filePath = byFile.has(place.filePath) ? `submission:${byFile.get(place.filePath)!.id}` : place.name;
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
    const [own] = await this.deps.ownResults([submission], locale, true);
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
    const { results } = await settleBatches([{ ...own, filePath: file }], [await resolver.forFile(file)], { cwd: this.store.dataDir, locale, today: this.deps.today(), ...(round.asOf ? { asOf: round.asOf } : {}) });
    return { ...results[0], filePath: submission.fileName, ...(own.plan !== undefined ? { plan: own.plan } : {}) };
  }
}
