import { relative, sep } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import type { JsonPath } from '../rule-kit/types.js';

/**
 * What makes a finding the same finding after edits elsewhere in the file: the file, the rule, the problem it
 * concerns (by its id) and where inside that problem it is. Line numbers are deliberately not part of it, and
 * neither are array positions above the problem, so inserting or reordering problems changes nothing.
 */
export interface FindingIdentity {
  /** Relative to the base directory, with forward slashes. */
  file: string;
  ruleId: string;
  problemId?: string;
  /** A JSON pointer: inside the problem when there is a problem id, else from the plan's root. */
  path: string;
}

/** The length of the innermost problem's path within `path` (0 when the path is not inside a problem). */
function problemPathLength(path: JsonPath): number {
  let length = 0;
  for (let i = 1; i < path.length; i++) {
    if ((path[i - 1] === 'problems' || path[i - 1] === 'items') && typeof path[i] === 'number') length = i + 1;
  }
  return length;
}

export function jsonPointer(path: JsonPath): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export function relativeFile(file: string, baseDir: string): string {
  return relative(baseDir, file).split(sep).join('/');
}

export function findingIdentity(file: string, d: Diagnostic, baseDir: string): FindingIdentity {
  const inside = d.problemId !== undefined ? d.path.slice(problemPathLength(d.path)) : d.path;
  return { file: relativeFile(file, baseDir), ruleId: d.ruleId, ...(d.problemId !== undefined ? { problemId: d.problemId } : {}), path: jsonPointer(inside) };
}

/** One string per identity, for maps and fingerprints. */
export function identityKey(identity: FindingIdentity): string {
  return JSON.stringify([identity.file, identity.ruleId, identity.problemId ?? null, identity.path]);
}
