import type { Category, JsonPath, LocalizedText } from '../rule-kit/types.js';

export interface Grade {
  key: 'excellent' | 'good' | 'pass' | 'fail';
  label: LocalizedText;
  /** Lowest score that earns the grade. */
  min: number;
}

export const GRADES: readonly Grade[] = [
  { key: 'excellent', label: { zh: '优秀', en: 'excellent' }, min: 90 },
  { key: 'good', label: { zh: '良好', en: 'good' }, min: 75 },
  { key: 'pass', label: { zh: '合格', en: 'pass' }, min: 60 },
  { key: 'fail', label: { zh: '不合格', en: 'fail' }, min: 0 },
];

export const CATEGORY_LABELS: Record<Category, LocalizedText> = {
  completeness: { zh: '完整性', en: 'completeness' },
  timeliness: { zh: '时效性', en: 'timeliness' },
  verifiability: { zh: '可核查性', en: 'verifiability' },
  specificity: { zh: '具体性', en: 'specificity' },
  accountability: { zh: '责任落实', en: 'accountability' },
  consistency: { zh: '一致性', en: 'consistency' },
  publication: { zh: '公开规范', en: 'publication' },
};

/** Weighted tallies behind a score, kept so a reviewer can recompute it. */
export interface Tally {
  passedWeight: number;
  applicableWeight: number;
  passed: number;
  applicable: number;
  score: number;
}

export interface RuleTally extends Tally {
  ruleId: string;
  weight: number;
  category: string;
}

export interface ProblemScore extends Tally {
  path: JsonPath;
  problemId?: string;
}

/** The score's figures, before the verdict gives it a grade (see verdict.ts). */
export interface ScoreTotals extends Tally {
  /**
   * How many problems had a check of their own. Kept apart from `byProblem`, which a run that prints no
   * per-problem tallies empties, since the verdict says when it is none (verdict.ts).
   */
  problemsChecked: number;
  byCategory: Record<string, Tally>;
  byRule: RuleTally[];
  byProblem: ProblemScore[];
}

export interface ScoreReport extends ScoreTotals {
  /** Decided with the verdict (verdict.ts), so it never says a returned plan passes. */
  grade: Grade;
}

function emptyTally(): Tally {
  return { passedWeight: 0, applicableWeight: 0, passed: 0, applicable: 0, score: 100 };
}

// Written out rather than spread from emptyTally(): a spread followed by more properties builds each object on
// V8's slow path, which made scoring cost seven times what it does.
/** A rule's tally before its first check. */
export function ruleTally(ruleId: string, weight: number, category: string): RuleTally {
  return { passedWeight: 0, applicableWeight: 0, passed: 0, applicable: 0, score: 100, ruleId, weight, category };
}

/** A problem's tally before its first check. */
export function problemTally(path: JsonPath, problemId: string | undefined): ProblemScore {
  return { passedWeight: 0, applicableWeight: 0, passed: 0, applicable: 0, score: 100, path, problemId };
}

/** Counts one check (one rule applied to one plan item or one problem) of this weight. */
export function addCheck(tally: Tally, weight: number, failed: boolean): void {
  tally.applicable++;
  tally.applicableWeight += weight;
  if (!failed) {
    tally.passed++;
    tally.passedWeight += weight;
  }
}

/** 100 × passed weight ÷ applicable weight, to one decimal; nothing applicable scores 100. */
function finish<T extends Tally>(tally: T): T {
  tally.score = tally.applicableWeight === 0 ? 100 : Math.round((1000 * tally.passedWeight) / tally.applicableWeight) / 10;
  return tally;
}

const PASS = GRADES.find((g) => g.key === 'pass')!;
const FAIL = GRADES.find((g) => g.key === 'fail')!;

/**
 * The grade a plan prints: 不合格 when the verdict returns it, whatever its score; otherwise its score's grade,
 * and at least 合格 (an accepted plan under 60 is one whose run lowered the pass mark with --min-score).
 */
export function gradeFor(score: number, verdict: 'accepted' | 'returned'): Grade {
  if (verdict === 'returned') return FAIL;
  const grade = GRADES.find((g) => score >= g.min) ?? FAIL;
  return grade === FAIL ? PASS : grade;
}

/** The grade a score alone would earn, for explaining a grade the verdict decided. */
export function gradeOfScore(score: number): Grade {
  return GRADES.find((g) => score >= g.min) ?? FAIL;
}

/** Adds the tallies `parts` into `into`. */
function addTallies(into: Tally, parts: Iterable<Tally>): Tally {
  for (const part of parts) {
    into.passed += part.passed;
    into.applicable += part.applicable;
    into.passedWeight += part.passedWeight;
    into.applicableWeight += part.applicableWeight;
  }
  return into;
}

/**
 * The score from the tallies the walk kept (see runner.ts): each check went to its rule and, within a problem, to
 * that problem. Categories and the total are sums of rules (a rule has one category).
 */
export function computeScore(rules: readonly RuleTally[], problems: readonly ProblemScore[], outcome: { fatal: boolean }): ScoreTotals {
  const byCategory = new Map<string, Tally>();
  for (const rule of rules) byCategory.set(rule.category, addTallies(byCategory.get(rule.category) ?? emptyTally(), [rule]));
  const total = finish(addTallies(emptyTally(), rules));
  if (outcome.fatal) total.score = 0;
  return {
    ...total,
    problemsChecked: checkedCount(problems),
    byCategory: Object.fromEntries([...byCategory].map(([category, tally]) => [category, finish(tally)])),
    byRule: rules.map(finish),
    byProblem: problems.map(finish),
  };
}

/** A check decided after the walk (a batch rule's), for the problem at `path` when it is one. */
export interface LateCheck {
  weight: number;
  failed: boolean;
  /** The problem's path, joined with "/", when the check is of a problem. */
  problemKey?: string;
}

/**
 * The score with a rule's late checks added (see batch.ts): to the total, the rule's category, the rule's own
 * tally (when the score keeps per-rule tallies) and each problem's. A new score; the old one is left as it was
 * (a cache entry may hold it). Its grade is set again when the result is judged (verdict.ts).
 */
export function withLateChecks<T extends ScoreTotals>(score: T, rule: { ruleId: string; weight: number; category: string }, checks: readonly LateCheck[]): T {
  if (checks.length === 0) return score;
  const tally = ruleTally(rule.ruleId, rule.weight, rule.category);
  const byProblem = new Map<string, LateCheck[]>();
  for (const check of checks) {
    addCheck(tally, check.weight, check.failed);
    if (check.problemKey !== undefined) byProblem.set(check.problemKey, [...(byProblem.get(check.problemKey) ?? []), check]);
  }
  const { passedWeight, applicableWeight, passed, applicable } = score;
  const total = finish(addTallies({ passedWeight, applicableWeight, passed, applicable, score: 100 }, [tally]));
  const category = finish(addTallies({ ...(score.byCategory[rule.category] ?? emptyTally()) }, [tally]));
  const problems = score.byProblem.map((problem) => {
    const late = byProblem.get(problem.path.join('/'));
    if (!late) return problem;
    const updated = { ...problem };
    for (const check of late) addCheck(updated, check.weight, check.failed);
    return finish(updated);
  });
  return {
    ...score,
    passedWeight: total.passedWeight,
    applicableWeight: total.applicableWeight,
    passed: total.passed,
    applicable: total.applicable,
    score: total.score,
    // A problem only this rule checked is checked now (known only while per-problem tallies are kept).
    problemsChecked: problems.length > 0 ? checkedCount(problems) : score.problemsChecked,
    byCategory: { ...score.byCategory, [rule.category]: category },
    // Empty per-rule and per-problem tallies were dropped for a run whose formats print none: they stay empty.
    byRule: score.byRule.length > 0 ? [...score.byRule, finish(tally)] : score.byRule,
    byProblem: problems,
  };
}

/** How many of the problems had a check of their own. */
function checkedCount(problems: readonly Tally[]): number {
  let checked = 0;
  for (const problem of problems) if (problem.applicable > 0) checked++;
  return checked;
}
