import type { JsonPath } from '../rule-kit/types.js';

/**
 * The key (`aspects/0/problems/2/items/1`) of the innermost problem a JSON path lies in, or undefined for
 * plan-level paths. The same keying the core uses for `problemIds`, so a finding on a measure or an evidence
 * item lands in its problem's 台账 row.
 */
export function problemKeyOf(path: JsonPath): string | undefined {
  let end = -1;
  for (let i = 1; i < path.length; i++) {
    if ((path[i - 1] === 'problems' || path[i - 1] === 'items') && typeof path[i] === 'number') end = i;
  }
  return end < 0 ? undefined : path.slice(0, end + 1).join('/');
}
