/**
 * Which problem of one document is which problem of another (a plan and its report, two versions of a plan):
 * first by id, then the problems left over on both sides by the similarity of their titles, best pairs first. An id
 * pair whose titles share next to nothing gives way when either title matches another problem (renumbering).
 * Pure; used by the `previous` rules (through their context) and by `rectlint diff`.
 */
import type { Aspect, Plan, Problem } from '../types/plan.js';
import { arrayOf, isObject } from '../rule-kit/helpers.js';
import type { JsonPath } from '../rule-kit/types.js';

export interface PlacedProblem {
  problem: Problem;
  path: JsonPath;
  aspect: Aspect;
  aspectPath: JsonPath;
  /** The enclosing problem's, for a sub-item. */
  parent?: PlacedProblem;
}

export interface ProblemPair {
  before: PlacedProblem;
  after: PlacedProblem;
  by: 'id' | 'title';
  /** The titles' similarity (0–1), when matched by title. */
  similarity?: number;
}

export interface PlanMatch {
  /** Matched problems, in the later document's order. */
  pairs: ProblemPair[];
  /** Problems of the earlier document with no match, in its order. */
  dropped: PlacedProblem[];
  /** Problems of the later document with no match, in its order. */
  added: PlacedProblem[];
  pairOfBefore(problem: Problem): ProblemPair | undefined;
  pairOfAfter(problem: Problem): ProblemPair | undefined;
}

export interface MatchOptions {
  /** Jaccard similarity of the titles' character pairs from which two problems left over after the ids are one (default 0.5). */
  titleThreshold?: number;
}

/** Every problem and sub-item, in document order. */
export function placedProblems(plan: Plan): PlacedProblem[] {
  const found: PlacedProblem[] = [];
  const walk = (problem: Problem, path: JsonPath, aspect: Aspect, aspectPath: JsonPath, parent?: PlacedProblem) => {
    const placed: PlacedProblem = { problem, path, aspect, aspectPath, ...(parent ? { parent } : {}) };
    found.push(placed);
    arrayOf<Problem>(problem.items).forEach((item, i) => isObject(item) && walk(item, [...path, 'items', i], aspect, aspectPath, placed));
  };
  arrayOf<Aspect>(plan.aspects).forEach((aspect, a) => {
    if (!isObject(aspect)) return;
    arrayOf<Problem>(aspect.problems).forEach((problem, p) => isObject(problem) && walk(problem, ['aspects', a, 'problems', p], aspect, ['aspects', a]));
  });
  return found;
}

/** A title's letters, digits and characters, without punctuation or spaces. */
function normalTitle(title: unknown): string {
  return typeof title === 'string' ? title.replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase() : '';
}

/** The distinct character pairs of a normalised title (a one-character title is its own pair). */
function pairsOf(text: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) pairs.add(text.slice(i, i + 2));
  if (text.length === 1) pairs.add(text);
  return pairs;
}

/** Jaccard similarity of two titles' character pairs (0 when either is empty). */
export function titleSimilarity(a: unknown, b: unknown): number {
  const x = pairsOf(normalTitle(a));
  const y = pairsOf(normalTitle(b));
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const pair of x) if (y.has(pair)) shared++;
  return shared / (x.size + y.size - shared);
}

/** Character pairs more common than this among the leftovers say nothing about which title is which; they are not indexed. */
const COMMON_PAIR = 256;

/** Title matches among the problems the ids left over: every pair at or above the threshold, best first, each problem once. */
function matchByTitle(before: PlacedProblem[], after: PlacedProblem[], threshold: number): ProblemPair[] {
  if (before.length === 0 || after.length === 0) return [];
  // An index from character pairs to the later titles holding them, so only titles that share one are compared.
  const afterPairs = after.map((placed) => pairsOf(normalTitle(placed.problem.title)));
  const holders = new Map<string, number[]>();
  afterPairs.forEach((pairs, index) => {
    for (const pair of pairs) {
      const list = holders.get(pair);
      if (list) list.push(index);
      else holders.set(pair, [index]);
    }
  });
  const candidates: { b: number; a: number; similarity: number }[] = [];
  before.forEach((placed, b) => {
    const pairs = pairsOf(normalTitle(placed.problem.title));
    const shared = new Map<number, number>();
    for (const pair of pairs) {
      const list = holders.get(pair);
      if (!list || list.length > COMMON_PAIR) continue;
      for (const a of list) shared.set(a, (shared.get(a) ?? 0) + 1);
    }
    for (const [a] of shared) {
      // Counted exactly, common pairs included: the index only chose whom to compare.
      const similarity = titleSimilarity(placed.problem.title, after[a].problem.title);
      if (similarity >= threshold) candidates.push({ b, a, similarity });
    }
  });
  candidates.sort((x, y) => y.similarity - x.similarity || x.b - y.b || x.a - y.a);
  const usedBefore = new Set<number>();
  const usedAfter = new Set<number>();
  const pairs: ProblemPair[] = [];
  for (const { b, a, similarity } of candidates) {
    if (usedBefore.has(b) || usedAfter.has(a)) continue;
    usedBefore.add(b);
    usedAfter.add(a);
    pairs.push({ before: before[b], after: after[a], by: 'title', similarity: Math.round(similarity * 100) / 100 });
  }
  return pairs;
}

/**
 * Below this title similarity an id match is doubtful: a report that renumbers after dropping a problem gives its
 * id to the next one. Such a pair stands only when neither title matches another problem better.
 */
const DOUBTFUL_ID_MATCH = 0.3;

/** Matches the problems of `before` (a plan, an earlier version) with those of `after` (its report, a later version). */
export function matchProblems(before: Plan, after: Plan, options: MatchOptions = {}): PlanMatch {
  const threshold = options.titleThreshold ?? 0.5;
  const earlier = placedProblems(before);
  const later = placedProblems(after);
  const byId = new Map<string, PlacedProblem>();
  for (const placed of later) {
    const id = placed.problem.id;
    if (typeof id === 'string' && id !== '' && !byId.has(id)) byId.set(id, placed);
  }
  const sure: ProblemPair[] = [];
  const doubtful: ProblemPair[] = [];
  const pairedById = new Set<PlacedProblem>();
  for (const placed of earlier) {
    const id = placed.problem.id;
    const other = typeof id === 'string' ? byId.get(id) : undefined;
    if (!other || pairedById.has(other)) continue;
    pairedById.add(placed).add(other);
    const titled = normalTitle(placed.problem.title) !== '' && normalTitle(other.problem.title) !== '';
    const pair: ProblemPair = { before: placed, after: other, by: 'id' };
    (titled && titleSimilarity(placed.problem.title, other.problem.title) < DOUBTFUL_ID_MATCH ? doubtful : sure).push(pair);
  }
  const inSure = new Set(sure.flatMap((pair) => [pair.before, pair.after]));
  const titlePairs = matchByTitle(
    earlier.filter((placed) => !inSure.has(placed)),
    later.filter((placed) => !inSure.has(placed)),
    threshold,
  );
  const byTitle = new Set(titlePairs.flatMap((pair) => [pair.before, pair.after]));
  const pairs = [...sure, ...titlePairs, ...doubtful.filter((pair) => !byTitle.has(pair.before) && !byTitle.has(pair.after))];
  const pairOfBefore = new Map(pairs.map((pair) => [pair.before.problem, pair]));
  const pairOfAfter = new Map(pairs.map((pair) => [pair.after.problem, pair]));
  const order = new Map(later.map((placed, index) => [placed, index]));
  pairs.sort((x, y) => order.get(x.after)! - order.get(y.after)!);
  return {
    pairs,
    dropped: earlier.filter((placed) => !pairOfBefore.has(placed.problem)),
    added: later.filter((placed) => !pairOfAfter.has(placed.problem)),
    pairOfBefore: (problem) => pairOfBefore.get(problem),
    pairOfAfter: (problem) => pairOfAfter.get(problem),
  };
}
