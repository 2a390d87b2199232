import { isObject } from '../rule-kit/helpers.js';
import type { JsonPath } from '../rule-kit/types.js';

/**
 * The key (`aspects/0/problems/2/items/1`) of the innermost problem a JSON path lies in, or undefined for
 * plan-level paths. The problem `problemIdAt` names, so a finding on a measure or an evidence
 * item lands in its problem's 台账 row.
 */
export function problemKeyOf(path: JsonPath): string | undefined {
  const end = innermostProblemEnd(path);
  return end < 0 ? undefined : path.slice(0, end + 1).join('/');
}

/** The position of the innermost problem's index in the path (after "problems" or "items"), or -1. */
function innermostProblemEnd(path: JsonPath): number {
  let end = -1;
  for (let i = 1; i < path.length; i++) {
    if ((path[i - 1] === 'problems' || path[i - 1] === 'items') && typeof path[i] === 'number') end = i;
  }
  return end;
}

/**
 * The id of the innermost problem a path lies in, read from the plan, when the runner walked that problem
 * (aspects/N/problems/N, then items/N, each an object) and its id is a string. Looked up only for the few
 * findings placed, rather than recorded for every problem walked.
 */
export function problemIdAt(plan: unknown, path: JsonPath): string | undefined {
  const end = innermostProblemEnd(path);
  let node = plan;
  for (let i = 0; i < end; i += 2) {
    const name = i === 0 ? 'aspects' : i === 2 ? 'problems' : 'items';
    const list = path[i] === name && isObject(node) ? node[name] : undefined;
    if (!Array.isArray(list)) return undefined;
    node = list[path[i + 1] as number];
  }
  return end > 0 && isObject(node) && typeof node.id === 'string' ? node.id : undefined;
}
