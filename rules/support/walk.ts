import { arrayOf, isObject, type JsonPath } from '../../src/rule-kit/index.js';
import type { Evidence, Measure, Plan, Problem } from '../../src/types/plan.js';

/** The key the runner's paths produce for a node: its path segments joined with "/". */
export function pathKey(path: JsonPath): string {
  return path.join('/');
}

export interface ProblemVisit {
  problem: Problem;
  path: JsonPath;
  /** The top-level problem the node belongs to (itself, or the problem holding a sub-item). */
  top: Problem;
  topPath: JsonPath;
}

/**
 * Every problem and sub-item in document order, for the few rules that must see the whole plan before the
 * runner's walk reaches the nodes they judge (a pre-pass from the `plan` visitor). A list rather than a
 * generator: it is read once, and a generator's suspensions cost more than the list.
 */
export function problemsOf(plan: Plan): ProblemVisit[] {
  const visits: ProblemVisit[] = [];
  const walk = (problem: Problem, path: JsonPath, top: Problem, topPath: JsonPath) => {
    visits.push({ problem, path, top, topPath });
    const items = arrayOf<Problem>(problem.items);
    for (let i = 0; i < items.length; i++) if (isObject(items[i])) walk(items[i], [...path, 'items', i], top, topPath);
  };
  const aspects = arrayOf<{ problems?: Problem[] }>(plan.aspects);
  for (let a = 0; a < aspects.length; a++) {
    if (!isObject(aspects[a])) continue;
    const problems = arrayOf<Problem>(aspects[a].problems);
    for (let p = 0; p < problems.length; p++) {
      const path = ['aspects', a, 'problems', p];
      if (isObject(problems[p])) walk(problems[p], path, problems[p], path);
    }
  }
  return visits;
}

export interface EvidenceVisit {
  evidence: Evidence;
  path: JsonPath;
}

/** A problem's own evidence and its measures' evidence (not its sub-items'), with their paths. */
export function evidenceOf(problem: Problem, problemPath: JsonPath): EvidenceVisit[] {
  const found: EvidenceVisit[] = [];
  for (const [m, measure] of arrayOf<Measure>(problem.measures).entries()) {
    if (!isObject(measure)) continue;
    for (const [e, evidence] of arrayOf<Evidence>(measure.evidence).entries()) {
      if (isObject(evidence)) found.push({ evidence, path: [...problemPath, 'measures', m, 'evidence', e] });
    }
  }
  for (const [e, evidence] of arrayOf<Evidence>(problem.evidence).entries()) {
    if (isObject(evidence)) found.push({ evidence, path: [...problemPath, 'evidence', e] });
  }
  return found;
}
