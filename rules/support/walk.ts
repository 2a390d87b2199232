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
 * runner's walk reaches the nodes they judge (a pre-pass from the `plan` visitor).
 */
export function* problemsOf(plan: Plan): Generator<ProblemVisit> {
  function* walk(problem: Problem, path: JsonPath, top: Problem, topPath: JsonPath): Generator<ProblemVisit> {
    yield { problem, path, top, topPath };
    for (const [i, item] of arrayOf<Problem>(problem.items).entries()) {
      if (isObject(item)) yield* walk(item, [...path, 'items', i], top, topPath);
    }
  }
  for (const [a, aspect] of arrayOf<{ problems?: Problem[] }>(plan.aspects).entries()) {
    if (!isObject(aspect)) continue;
    for (const [p, problem] of arrayOf<Problem>(aspect.problems).entries()) {
      const path = ['aspects', a, 'problems', p];
      if (isObject(problem)) yield* walk(problem, path, problem, path);
    }
  }
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
