/**
 * The verdict on one plan, 通过 (accepted) or 退回修改 (returned), and the grade that goes with it. Both are
 * decided here and nowhere else, so no format, front end or exit code can tell a different story: a plan is
 * accepted when it could be read, has no error finding and scores at least the pass mark (60, or `--min-score`).
 * The grade refines the verdict and never contradicts it: a returned plan is 不合格 whatever its score, an
 * accepted one 优秀, 良好 or 合格 by its score. What the verdict did not cover is said with it (its limits), so a
 * plan accepted without one problem checked item by item never reads as a plain 通过.
 */
import type { LocalizedText } from '../rule-kit/types.js';
import type { Diagnostic } from './diagnostic.js';
import { gradeFor, type ScoreReport, type ScoreTotals } from './score.js';

/** The score a plan needs when the run sets no `--min-score`: the lowest score of the grade 合格. */
export const DEFAULT_PASS_MARK = 60;

export type VerdictKey = 'accepted' | 'returned';

/** Why a plan was returned; an accepted plan has none. */
export type VerdictReason =
  /** The file could not be read as a plan (a parse error, not an object, an unsupported file). */
  | { kind: 'unreadable' }
  /** Error findings, counted after suppressions and the baseline. */
  | { kind: 'errors'; count: number }
  /** The score is under the pass mark (`--min-score`, or 60 when none is set). */
  | { kind: 'score'; score: number; passMark: number };

/**
 * What the verdict did not cover. `no-problem-checked`: no problem was checked item by item — a 进展通报 that gives
 * totals only, or a configuration whose rules check none — so the verdict rests on the plan as a whole.
 */
export type VerdictLimit = { kind: 'no-problem-checked' };

export interface Verdict {
  key: VerdictKey;
  label: LocalizedText;
  /** The score the plan had to reach: `--min-score`, or DEFAULT_PASS_MARK. */
  passMark: number;
  reasons: VerdictReason[];
  /** Present only when the verdict has limits. */
  limits?: VerdictLimit[];
}

export const VERDICT_LABELS: Record<VerdictKey, LocalizedText> = {
  accepted: { zh: '通过', en: 'accepted' },
  returned: { zh: '退回修改', en: 'returned' },
};

/** What the verdict is judged on. */
export interface JudgedOutcome {
  fatal: boolean;
  errorCount: number;
  score: number;
  /** How many problems the rules checked item by item (the score's problems); unknown counts as some. */
  problemsChecked?: number;
}

/** What a plan has to reach: `minScore` replaces the default pass mark (0 accepts any score). */
export interface VerdictCriteria {
  minScore?: number;
}

export function judge(outcome: JudgedOutcome, criteria: VerdictCriteria = {}): Verdict {
  const passMark = criteria.minScore ?? DEFAULT_PASS_MARK;
  const reasons: VerdictReason[] = [];
  if (outcome.fatal) reasons.push({ kind: 'unreadable' });
  else {
    if (outcome.errorCount > 0) reasons.push({ kind: 'errors', count: outcome.errorCount });
    if (outcome.score < passMark) reasons.push({ kind: 'score', score: outcome.score, passMark });
  }
  const key: VerdictKey = reasons.length > 0 ? 'returned' : 'accepted';
  const limits: VerdictLimit[] = !outcome.fatal && outcome.problemsChecked === 0 ? [{ kind: 'no-problem-checked' }] : [];
  return { key, label: VERDICT_LABELS[key], passMark, reasons, ...(limits.length > 0 ? { limits } : {}) };
}

/** A result as the core (or a later step such as the baseline) leaves it, before or after judging. */
interface Judgeable {
  diagnostics: readonly Diagnostic[];
  fatal: boolean;
  score: ScoreTotals;
}

/**
 * The result with its verdict and the grade that goes with it. Run again when the findings that count change
 * (the baseline moves some into `suppressed`): `{ minScore: result.verdict.passMark }` keeps the run's pass mark.
 */
export function judged<T extends Judgeable>(result: T, criteria: VerdictCriteria): Omit<T, 'score'> & { score: ScoreReport; verdict: Verdict } {
  let errorCount = 0;
  for (const d of result.diagnostics) if (d.severity === 'error') errorCount++;
  const verdict = judge({ fatal: result.fatal, errorCount, score: result.score.score, problemsChecked: result.score.problemsChecked }, criteria);
  return { ...result, score: { ...result.score, grade: gradeFor(result.score.score, verdict.key) }, verdict };
}

/** One reason in words, e.g. "10 个错误" / "10 errors". */
export function reasonText(reason: VerdictReason, en: boolean): string {
  switch (reason.kind) {
    case 'unreadable':
      return en ? 'the file could not be read as a plan' : '文件无法作为整改方案读取';
    case 'errors':
      return en ? `${reason.count} ${reason.count === 1 ? 'error' : 'errors'}` : `${reason.count} 个错误`;
    case 'score':
      return en ? `score ${reason.score} under the pass mark ${reason.passMark}` : `得分 ${reason.score} 低于及格线 ${reason.passMark}`;
  }
}

/** One limit in words, e.g. "未逐条核对任何问题" / "no problem checked item by item". */
export function limitText(limit: VerdictLimit, en: boolean): string {
  switch (limit.kind) {
    case 'no-problem-checked':
      return en ? 'no problem checked item by item' : '未逐条核对任何问题';
  }
}

/** The verdict with its reasons and limits, e.g. "退回修改（10 个错误）" / "通过（未逐条核对任何问题）". */
export function verdictText(verdict: Verdict, en: boolean): string {
  const label = verdict.label[en ? 'en' : 'zh'];
  const said = [...verdict.reasons.map((r) => reasonText(r, en)), ...(verdict.limits ?? []).map((l) => limitText(l, en))];
  if (said.length === 0) return label;
  return en ? `${label} (${said.join('; ')})` : `${label}（${said.join('；')}）`;
}
