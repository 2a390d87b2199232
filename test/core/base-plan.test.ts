import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { lint, settingsFor, toText } from '../helpers.js';

const CORE_IDS = ['require-cause-analysis', 'require-responsible-leader', 'require-deadline', 'require-measures', 'completed-requires-evidence', 'meeting-frequency', 'schema', 'parse', 'duplicate-key'];

describe('the base fixture', () => {
  it('passes every core rule in every preset, and scores 100 with no finding under recommended', () => {
    for (const preset of ['recommended', 'strict', 'publish'] as const) {
      const result = lint(toText(basePlan()), { settings: settingsFor(preset) });
      expect(result.diagnostics.filter((d) => CORE_IDS.includes(d.ruleId))).toEqual([]);
    }
    const result = lint(toText(basePlan()));
    expect(result.diagnostics).toEqual([]);
    expect(result.score.score).toBe(100);
    expect(result.score.grade.key).toBe('excellent');
    expect(result.asOf).toBe('2022-07-10');
  });
});
