/** Which problems a later version added, dropped, moved or changed, through the core's problem matching. */
import type { JsonDocument } from '../core/json-document.js';
import { matchProblems, type PlacedProblem, type PlanMatch, type ProblemPair } from '../core/plan-match.js';
import type { SourceRange } from '../core/source-range.js';
import { statusInfo } from '../core/status.js';
import { arrayOf, isObject } from '../rule-kit/helpers.js';
import type { JsonPath, Locale } from '../rule-kit/types.js';
import type { Plan, Problem } from '../types/plan.js';

/** A problem as the comparison names it: its id and title, where it is, and its place when the document was given. */
export interface ProblemRef {
  id: string;
  title: string;
  path: JsonPath;
  range?: SourceRange;
}

export interface ProblemMove {
  from: ProblemRef;
  to: ProblemRef;
  /** How the two were matched; a renumbered problem is matched by its title. */
  by: 'id' | 'title';
  similarity?: number;
  /** The aspects' titles, when the problem moved to another aspect. */
  fromAspect?: string;
  toAspect?: string;
}

export type ComparedField = 'title' | 'deadline' | 'status' | 'responsibleLeader' | 'responsibleDepartment' | 'responsiblePerson' | 'measures';

export interface FieldChange {
  field: ComparedField;
  from: string;
  to: string;
}

export interface ProblemChange {
  problem: ProblemRef;
  changes: FieldChange[];
}

export interface ProblemDiff {
  added: ProblemRef[];
  dropped: ProblemRef[];
  moved: ProblemMove[];
  changed: ProblemChange[];
}

/** What the comparison is given of one version. */
export interface VersionInput {
  plan: Plan;
  /** For places: a document read from a file (JSON or an imported report). */
  locate?: JsonDocument['locate'];
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function ref(placed: PlacedProblem, version: VersionInput): ProblemRef {
  return { id: text(placed.problem.id), title: text(placed.problem.title), path: placed.path, ...(version.locate ? { range: version.locate(placed.path) } : {}) };
}

/** The deadline as the 台账 reads it: the problem's own, with the extension's when there is one. */
function deadlineOf(problem: Problem, locale: Locale): string {
  const extension = isObject(problem.extension) ? text(problem.extension.deadline) : '';
  if (!extension) return text(problem.deadline);
  return locale === 'en' ? `${text(problem.deadline)} (extended to ${extension})` : `${text(problem.deadline)}（延期至 ${extension}）`;
}

function statusOf(problem: Problem, locale: Locale): string {
  const info = statusInfo(problem.status);
  return info ? info[locale === 'en' ? 'en' : 'zh'] : text(problem.statusText ?? problem.status);
}

const FIELDS: { field: ComparedField; read: (problem: Problem, locale: Locale) => string }[] = [
  { field: 'title', read: (p) => text(p.title) },
  { field: 'deadline', read: deadlineOf },
  { field: 'status', read: statusOf },
  { field: 'responsibleLeader', read: (p) => text(p.responsibleLeader) },
  { field: 'responsibleDepartment', read: (p) => text(p.responsibleDepartment) },
  { field: 'responsiblePerson', read: (p) => text(p.responsiblePerson) },
  { field: 'measures', read: (p) => String(arrayOf(p.measures).length) },
];

/** An aspect is the same aspect when its id is, or (without ids) its title. */
function sameAspect(pair: ProblemPair): boolean {
  const [was, now] = [pair.before.aspect, pair.after.aspect];
  if (isObject(was) && isObject(now) && was.id !== undefined && now.id !== undefined) return was.id === now.id;
  return text(was?.title) === text(now?.title);
}

export function diffProblems(before: VersionInput, after: VersionInput, locale: Locale, match: PlanMatch = matchProblems(before.plan, after.plan)): ProblemDiff {
  const moved: ProblemMove[] = [];
  const changed: ProblemChange[] = [];
  for (const pair of match.pairs) {
    const [from, to] = [ref(pair.before, before), ref(pair.after, after)];
    const otherAspect = !sameAspect(pair);
    if (pair.by === 'title' || from.id !== to.id || otherAspect) {
      moved.push({
        from,
        to,
        by: pair.by,
        ...(pair.similarity !== undefined ? { similarity: pair.similarity } : {}),
        ...(otherAspect ? { fromAspect: text(pair.before.aspect?.title), toAspect: text(pair.after.aspect?.title) } : {}),
      });
    }
    const changes = FIELDS.map(({ field, read }) => ({ field, from: read(pair.before.problem, locale), to: read(pair.after.problem, locale) })).filter((c) => c.from !== c.to);
    if (changes.length > 0) changed.push({ problem: to, changes });
  }
  return { added: match.added.map((p) => ref(p, after)), dropped: match.dropped.map((p) => ref(p, before)), moved, changed };
}
