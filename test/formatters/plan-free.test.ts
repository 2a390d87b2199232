import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/api.js';
import { loadFormatter, PLAN_FREE_FORMATS } from '../../src/formatters/index.js';

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
