import { describe, expect, it } from 'vitest';
import { completePeriods } from '../../src/core/periods.js';
import { basePlan } from '../fixtures/base-plan.js';
import { lint, settingsFor, toText } from '../helpers.js';

/** Every rule of every preset, as the fuzzer runs them. */
const EVERY_RULE = { ...settingsFor('strict'), ...{ 'no-personal-data': { severity: 'error' as const }, 'disclosure-contact': { severity: 'error' as const, options: { always: true } } } };

/** A plan with `value` (parsed from JSON, so `__proto__` is an own key) at `path`. */
function planWith(path: (string | number)[], json: string): string {
  const plan: any = basePlan();
  plan.commitments = [{ id: 'c1', text: '每季度至少召开一次党组会议', frequency: { count: 1, per: 'quarter', bound: 'at-least' }, start: '2022-01-01', satisfiedBy: { kinds: ['党组会议'] } }];
  plan.meetings = [{ date: '2022-03-01', kind: '党组会议', title: '党组会议' }];
  let node = plan;
  for (const segment of path.slice(0, -1)) node = node[segment];
  Object.defineProperty(node, path[path.length - 1], { value: JSON.parse(json), enumerable: true, writable: true, configurable: true });
  return toText(plan);
}

function crashes(text: string, asOf?: string): string[] {
  const result = lint(text, { settings: EVERY_RULE, asOf });
  return result.diagnostics.filter((d) => d.ruleId === 'rule-error').map((d) => d.message);
}

const PROBLEM = ['aspects', 0, 'problems', 0];

describe('rules read plan values through guards that cannot throw on any JSON value', () => {
  it('an object whose toString is not callable, wherever text is expected', () => {
    for (const field of ['id', 'title', 'feedback', 'deadline', 'status', 'responsibleLeader', 'progress']) {
      for (const json of ['{"toString": 1}', '{"__proto__": {"toString": 1}}', '[[]]']) {
        expect(crashes(planWith([...PROBLEM, field], json)), `${field} = ${json}`).toEqual([]);
      }
    }
    expect(crashes(planWith(['aspects', 0, 'id'], '{"toString": 1}'))).toEqual([]);
    expect(crashes(planWith([...PROBLEM, 'evidence'], '[{"type": "文件", "title": {"toString": 1}}]'))).toEqual([]);
    expect(crashes(planWith(['report', 'contacts'], '[{"kind": {"toString": 1}, "value": "x"}]'))).toEqual([]);
  });

  it('…and the schema says what is wrong with the value the rules read past', () => {
    const result = lint(planWith([...PROBLEM, 'deadline'], '{"toString": 1}'), { settings: EVERY_RULE });
    expect(result.diagnostics.filter((d) => d.ruleId === 'schema').map((d) => d.path.join('.'))).toContain('aspects.0.problems.0.deadline');
  });

  it('meeting-frequency: impossible dates, unknown periods, huge and negative counts, the last ISO year', () => {
    const cases: [(string | number)[], string][] = [
      [['commitments', 0, 'start'], '"2023-02-30"'],
      [['commitments', 0, 'frequency'], '{"count": 1, "per": "week"}'],
      [['commitments', 0, 'frequency'], '{"count": 1, "per": {"toString": 1}}'],
      [['commitments', 0, 'frequency'], '{"count": 1e308, "per": "quarter"}'],
      [['commitments', 0, 'frequency'], '{"count": -3, "per": "month"}'],
      [['meetings', 0, 'date'], '"2023-02-30"'],
      [['meetings', 0, 'count'], '"2"'],
      [['report', 'date'], '"9999-12-31"'],
    ];
    for (const [path, json] of cases) expect(crashes(planWith(path, json)), `${path.join('.')} = ${json}`).toEqual([]);
    expect(crashes(planWith(['commitments', 0, 'start'], '"9999-10-01"'), '9999-12-31')).toEqual([]);
  });

  it('a commitment missed for centuries is one finding naming the first 12 periods and how many more', () => {
    const text = planWith(['commitments', 0, 'start'], '"1900-01-01"');
    const missed = lint(text, { settings: { 'meeting-frequency': { severity: 'error' } }, asOf: '2022-07-01' }).diagnostics;
    expect(missed).toHaveLength(1);
    expect(missed[0].message).toMatch(/^489 个周期未达到要求：1900年第一季度（0次）、1900年第二季度（0次）、.*、1902年第四季度（0次），另有 477 个周期（每个周期要求至少1次；每季度至少召开一次党组会议）$/);
  });

  it('calendar periods run to the end of year 9999 and stop', () => {
    const periods = completePeriods('9999-01-01', '9999-12-31', 'quarter');
    expect(periods.map((p) => p.end)).toEqual(['9999-03-31', '9999-06-30', '9999-09-30']);
    expect(completePeriods('2022-01-01', '2023-01-01', 'week' as never)).toEqual([]);
  });
});
