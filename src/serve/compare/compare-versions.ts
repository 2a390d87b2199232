/**
 * Version 2 against version 1 of one unit's plan: which findings were fixed, which are new and which remain;
 * which problems were added or dropped; whose deadline moved and whose status changed. Pure: two results in, the
 * differences out. Problems are paired by the core's matching (by id, else by title), and a finding is the same
 * finding when its rule, its problem (through that pairing, so renumbering fixes nothing) and its place inside
 * the problem are the same. When `rectlint diff` lands, this is the piece it replaces.
 */
import type { Diagnostic } from '../../core/diagnostic.js';
import { matchProblems, type PlacedProblem } from '../../core/plan-match.js';
import { statusInfo } from '../../core/status.js';
import { asText } from '../../formatters/report/as-text.js';
import { isObject } from '../../rule-kit/helpers.js';
import type { Locale } from '../../rule-kit/types.js';
import type { FileResult } from '../../run/file-result.js';
import type { Plan } from '../../types/plan.js';
import { findingKey } from '../model/finding-key.js';

export interface ProblemRef {
  id: string;
  title: string;
}

export interface FieldChange extends ProblemRef {
  from: string;
  to: string;
}

export interface VersionComparison {
  /** Findings of the earlier version that the later one no longer has. */
  fixed: Diagnostic[];
  /** Findings of the later version that the earlier one did not have. */
  added: Diagnostic[];
  /** Findings of the later version that the earlier one had too. */
  remaining: Diagnostic[];
  problemsAdded: ProblemRef[];
  problemsDropped: ProblemRef[];
  deadlinesMoved: FieldChange[];
  statusesChanged: FieldChange[];
}

const ref = (placed: PlacedProblem): ProblemRef => ({ id: asText(placed.problem.id), title: asText(placed.problem.title) });

/** The deadline as the 台账 reads it: the problem's own, and the approved extension when there is one. */
function deadlineOf(problem: unknown): string {
  if (!isObject(problem)) return '';
  const extension = isObject(problem.extension) ? asText(problem.extension.deadline) : '';
  const own = asText(problem.deadline);
  return extension ? `${own} → ${extension}` : own;
}

function statusOf(problem: unknown, locale: Locale): string {
  if (!isObject(problem)) return '';
  const info = statusInfo(problem.status);
  return info ? info[locale === 'en' ? 'en' : 'zh'] : asText(problem.statusText ?? problem.status);
}

/** Splits the later findings into new and remaining, and names the earlier ones that are gone. */
function compareFindings(before: readonly Diagnostic[], after: readonly Diagnostic[], renamed: ReadonlyMap<string, string>): Pick<VersionComparison, 'fixed' | 'added' | 'remaining'> {
  const earlier = new Map<string, Diagnostic[]>();
  for (const d of before) {
    // An earlier finding on a problem that was renumbered is keyed by the problem's new id.
    const moved = d.problemId !== undefined && renamed.has(d.problemId) ? { ...d, problemId: renamed.get(d.problemId) } : d;
    const key = findingKey(moved);
    earlier.set(key, [...(earlier.get(key) ?? []), d]);
  }
  const added: Diagnostic[] = [];
  const remaining: Diagnostic[] = [];
  for (const d of after) {
    const same = earlier.get(findingKey(d));
    if (same?.length) {
      same.shift();
      remaining.push(d);
    } else added.push(d);
  }
  return { fixed: [...earlier.values()].flat(), added, remaining };
}

export function compareVersions(before: FileResult, after: FileResult, locale: Locale): VersionComparison {
  const planBefore = (before.plan ?? {}) as Plan;
  const planAfter = (after.plan ?? {}) as Plan;
  const match = matchProblems(planBefore, planAfter);
  const renamed = new Map<string, string>();
  const deadlinesMoved: FieldChange[] = [];
  const statusesChanged: FieldChange[] = [];
  for (const pair of match.pairs) {
    const [was, now] = [pair.before.problem, pair.after.problem];
    if (typeof was.id === 'string' && typeof now.id === 'string' && was.id !== now.id) renamed.set(was.id, now.id);
    const [deadlineWas, deadlineNow] = [deadlineOf(was), deadlineOf(now)];
    if (deadlineWas !== deadlineNow) deadlinesMoved.push({ ...ref(pair.after), from: deadlineWas, to: deadlineNow });
    const [statusWas, statusNow] = [statusOf(was, locale), statusOf(now, locale)];
    if (statusWas !== statusNow) statusesChanged.push({ ...ref(pair.after), from: statusWas, to: statusNow });
  }
  return {
    ...compareFindings(before.diagnostics, after.diagnostics, renamed),
    problemsAdded: match.added.map(ref),
    problemsDropped: match.dropped.map(ref),
    deadlinesMoved,
    statusesChanged,
  };
}
