/**
 * A report that tells its problems in words and then restates them in an annex table (附件：整改进展情况表, the same
 * problems by title): the table's rows are those problems again, not more of them (doubling them made a declared
 * "3个问题" disagree with six listed). Each row fills what its told problem lacks (a deadline, a status, a leader),
 * placed at its cell, and the table adds no problem.
 */
import type { JsonPath } from '../../rule-kit/types.js';
import type { Problem } from '../../types/plan.js';
import type { ImportedAspect } from '../assemble.js';
import type { ImportContext } from '../context.js';
import { foldWidth } from '../width.js';

/** Fields a row may give its told problem, with their text twins. */
const FILLED: readonly (keyof Problem)[] = ['deadline', 'deadlineText', 'status', 'statusText', 'responsibleLeader', 'responsibleDepartment', 'responsiblePerson', 'completionDate'];
/** A title shorter than this matches only itself. */
const SHORTEST_CONTAINED = 4;

/**
 * Whether the tables' problems (`tabled`, read as aspects from index `first` on) restate the told ones, each matched
 * by title; if so, each fills its told problem's blanks and true is returned (the tables' aspects are not to be
 * added).
 */
export function mergeRestated(ctx: ImportContext, told: readonly ImportedAspect[], tabled: readonly ImportedAspect[], first: number): boolean {
  const toldProblems = told.flatMap((aspect, a) => aspect.problems.map((problem, p) => ({ problem, path: ['aspects', a, 'problems', p] as JsonPath, key: titleKey(problem.title) })));
  const rows = tabled.flatMap((aspect, a) => aspect.problems.map((problem, p) => ({ problem, path: ['aspects', first + a, 'problems', p] as JsonPath, key: titleKey(problem.title) })));
  if (rows.length === 0 || toldProblems.length < rows.length) return false;
  const used = new Set<number>();
  const pairs: [(typeof toldProblems)[number], (typeof rows)[number]][] = [];
  for (const row of rows) {
    const index = toldProblems.findIndex((candidate, i) => !used.has(i) && sameTitle(candidate.key, row.key));
    if (index < 0) return false;
    used.add(index);
    pairs.push([toldProblems[index], row]);
  }
  for (const [toldOne, row] of pairs) fillBlanks(ctx, toldOne.problem, toldOne.path, row.problem, row.path);
  return true;
}

function fillBlanks(ctx: ImportContext, target: Problem, targetPath: JsonPath, source: Problem, sourcePath: JsonPath): void {
  const into = target as unknown as Record<string, unknown>;
  const from = source as unknown as Record<string, unknown>;
  for (const key of FILLED) {
    if (into[key] !== undefined || from[key] === undefined) continue;
    into[key] = from[key];
    const span = ctx.spans.get([...sourcePath, key]);
    if (span) ctx.spans.set([...targetPath, key], span);
  }
}

function titleKey(title: string): string {
  return foldWidth(title).replace(/[\s“”"'‘’。，,；;：:]/gu, '');
}

function sameTitle(a: string, b: string): boolean {
  if (a === b) return a.length > 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= SHORTEST_CONTAINED && long.includes(short);
}
