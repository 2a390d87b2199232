/**
 * Which findings a later version fixed, kept or brought, given the problem matching: a finding is the same finding
 * when its rule, its problem (an earlier finding on a renumbered problem counts under the problem's new id) and
 * its place inside the problem are the same (the baseline's identity, without the file).
 */
import { findingIdentity, identityKey } from '../baseline/finding-identity.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { PlanMatch } from '../core/plan-match.js';

export interface FindingDiff {
  /** Findings of the earlier version that the later one no longer has, on a problem it still has (or the plan). */
  fixed: Diagnostic[];
  /** Findings of the later version that the earlier one did not have. */
  new: Diagnostic[];
  /** Findings of the later version that the earlier one had too. */
  remaining: Diagnostic[];
  /** Findings of the earlier version on a problem the later one dropped: gone with it, not fixed. */
  goneWithProblem: Diagnostic[];
}

function keyOf(d: Diagnostic): string {
  return identityKey({ ...findingIdentity('', d, ''), file: '' });
}

export function diffFindings(before: readonly Diagnostic[], after: readonly Diagnostic[], match: PlanMatch): FindingDiff {
  const renamed = new Map<string, string>();
  for (const pair of match.pairs) {
    const [was, now] = [pair.before.problem.id, pair.after.problem.id];
    if (typeof was === 'string' && typeof now === 'string') renamed.set(was, now);
  }
  const droppedIds = new Set(match.dropped.map((placed) => placed.problem.id).filter((id) => typeof id === 'string'));
  const earlier = new Map<string, Diagnostic[]>();
  const goneWithProblem: Diagnostic[] = [];
  for (const d of before) {
    if (d.problemId !== undefined && droppedIds.has(d.problemId) && !renamed.has(d.problemId)) {
      goneWithProblem.push(d);
      continue;
    }
    const key = keyOf(d.problemId !== undefined && renamed.has(d.problemId) ? { ...d, problemId: renamed.get(d.problemId) } : d);
    earlier.set(key, [...(earlier.get(key) ?? []), d]);
  }
  const fresh: Diagnostic[] = [];
  const remaining: Diagnostic[] = [];
  for (const d of after) {
    const same = earlier.get(keyOf(d));
    if (same?.length) {
      same.shift();
      remaining.push(d);
    } else fresh.push(d);
  }
  return { fixed: [...earlier.values()].flat(), new: fresh, remaining, goneWithProblem };
}
