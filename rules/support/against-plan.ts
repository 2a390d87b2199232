/** Shared by the `previous` rules, which hold a report (or a later version) to the plan it is based on. */
import { arrayOf, isNonEmptyString, isObject, titleSimilarity, type JsonPath } from '../../src/rule-kit/index.js';
import type { Aspect, Measure, Plan, Problem } from '../../src/types/plan.js';

/**
 * Where in this plan to show a finding about something of the previous document it lacks: the aspect matching
 * the previous one's (by id, else by title), else the list of aspects.
 */
export function aspectPlace(plan: Plan, previousAspect: Aspect): JsonPath {
  const aspects = arrayOf<Aspect>(plan.aspects);
  let best = -1;
  let bestSimilarity = 0.5;
  for (let a = 0; a < aspects.length; a++) {
    if (!isObject(aspects[a])) continue;
    if (isNonEmptyString(previousAspect.id) && aspects[a].id === previousAspect.id) return ['aspects', a];
    const similarity = titleSimilarity(aspects[a].title, previousAspect.title);
    if (similarity >= bestSimilarity) [best, bestSimilarity] = [a, similarity];
  }
  return best >= 0 ? ['aspects', best] : ['aspects'];
}

/** A problem's measures that are objects, with their positions. */
export function measuresOf(problem: Problem): { measure: Measure; index: number }[] {
  return arrayOf<Measure>(problem.measures)
    .map((measure, index) => ({ measure, index }))
    .filter(({ measure }) => isObject(measure));
}

/**
 * A task's id within its problem: task 2.4.1 of problem 2.4 is its task "1". A report that renumbers a problem
 * (2.4 → 2.3, matched by title) renumbers its tasks with it (2.3.1), and they are still the plan's tasks.
 */
export function taskNumber(problem: Problem, id: string): string {
  const prefix = isNonEmptyString(problem.id) ? `${problem.id}.` : '';
  return prefix && id.startsWith(prefix) && id.length > prefix.length ? id.slice(prefix.length) : id;
}

/** The task of `problem` that is task `id` of `other` (its counterpart in the other document), if it has one. */
export function counterpartTask(problem: Problem, other: Problem, id: string): { measure: Measure; index: number } | undefined {
  const wanted = taskNumber(other, id);
  return measuresOf(problem).find(({ measure }) => isNonEmptyString(measure.id) && taskNumber(problem, measure.id) === wanted);
}

/** Whether a problem's measures are identified by id (every one of them has one). */
export function measuresHaveIds(problem: Problem): boolean {
  const measures = measuresOf(problem);
  return measures.length > 0 && measures.every(({ measure }) => isNonEmptyString(measure.id));
}

/** A short quotation of a long text, for messages. */
export function quoted(text: unknown, length = 24): string {
  const value = typeof text === 'string' ? text.trim() : '';
  return value.length > length ? `${value.slice(0, length)}…` : value;
}
