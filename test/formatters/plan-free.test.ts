import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/api.js';
import { loadFormatter, PLAN_FREE_FORMATS, SCORE_DETAIL_FREE_FORMATS } from '../../src/formatters/index.js';

const ROOT = resolve(import.meta.dirname, '../..');

describe('formats that keep no plan in memory', () => {
  it.each([...PLAN_FREE_FORMATS])('%s prints the same whether or not the parsed plans were kept', async (format) => {
    const options = { cwd: ROOT, today: '2026-11-24', locale: 'zh-CN' as const };
    const kept = await lintFiles(['examples'], { ...options, retainPlans: true });
    const dropped = await lintFiles(['examples'], { ...options, retainPlans: false });
    expect(dropped.results.every((r) => r.plan === undefined)).toBe(true);
    const formatter = (await loadFormatter(format))!;
    const context = { cwd: ROOT, locale: 'zh-CN' as const, chalk: new Chalk({ level: 0 }), explainScore: false, rules: kept.rules, version: '0.0.0' };
    expect(formatter(dropped.results, context)).toBe(formatter(kept.results, context));
  });
});

describe('formats that print no per-rule or per-problem tallies', () => {
  const options = { cwd: ROOT, today: '2026-11-24', locale: 'zh-CN' as const };
  const context = (rules: Awaited<ReturnType<typeof lintFiles>>['rules']) => ({ cwd: ROOT, locale: 'zh-CN' as const, chalk: new Chalk({ level: 0 }), explainScore: false, rules, version: '0.0.0' });

  it.each([...SCORE_DETAIL_FREE_FORMATS])('%s prints the same whether or not the score detail was kept', async (format) => {
    const kept = await lintFiles(['examples'], options);
    const dropped = await lintFiles(['examples'], { ...options, retainScoreDetail: false });
    expect(kept.results.some((r) => r.score.byProblem.length > 0 && r.score.byRule.length > 0)).toBe(true);
    expect(dropped.results.every((r) => r.score.byProblem.length === 0 && r.score.byRule.length === 0)).toBe(true);
    expect(dropped.results.map((r) => [r.score.score, r.score.grade.key, r.diagnostics.length])).toEqual(kept.results.map((r) => [r.score.score, r.score.grade.key, r.diagnostics.length]));
    const formatter = (await loadFormatter(format))!;
    expect(formatter(dropped.results, context(kept.rules))).toBe(formatter(kept.results, context(kept.rules)));
  });

  it('leaves out junit, which has a test case per problem', async () => {
    expect(SCORE_DETAIL_FREE_FORMATS.has('junit')).toBe(false);
    const kept = await lintFiles(['examples'], options);
    const dropped = await lintFiles(['examples'], { ...options, retainScoreDetail: false });
    const junit = (await loadFormatter('junit'))!;
    expect(junit(dropped.results, context(kept.rules))).not.toBe(junit(kept.results, context(kept.rules)));
  });
});
