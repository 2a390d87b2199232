/**
 * The verdict on one plan, 通过 (accepted) or 退回修改 (returned), and the grade that goes with it. Both are
 * decided here and nowhere else, so no format, front end or exit code can tell a different story: a plan is
 * accepted when it could be read, has no error finding and scores at least the pass mark (60, or `--min-score`).
 * The grade refines the verdict and never contradicts it: a returned plan is 不合格 whatever its score, an
 * accepted one 优秀, 良好 or 合格 by its score.
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

export interface Verdict {
  key: VerdictKey;
  label: LocalizedText;
  /** The score the plan had to reach: `--min-score`, or DEFAULT_PASS_MARK. */
  passMark: number;
  reasons: VerdictReason[];
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
  return { key, label: VERDICT_LABELS[key], passMark, reasons };
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
  const verdict = judge({ fatal: result.fatal, errorCount, score: result.score.score }, criteria);
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

/** The verdict with its reasons, e.g. "退回修改（10 个错误）" / "returned (10 errors)". */
export function verdictText(verdict: Verdict, en: boolean): string {
  const label = verdict.label[en ? 'en' : 'zh'];
  if (verdict.reasons.length === 0) return label;
  const reasons = verdict.reasons.map((r) => reasonText(r, en)).join(en ? '; ' : '；');
  return en ? `${label} (${reasons})` : `${label}（${reasons}）`;
}
