import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/types/plan.js';
import { independentRound } from '../fixtures/round.js';
import { positionOf } from '../helpers.js';
import { round } from './across-plans.js';

const RULE = 'template-text';
const TEMPLATE = '加强对XX领域的日常监督检查，建立健全长效机制，确保问题整改到位、不反弹';

/** Independent plans of the round fixture by file name, each first problem's first measure replaced where given. */
function plansOf(count: number, measures: Record<number, string> = {}): Record<string, Plan> {
  return Object.fromEntries(
    independentRound(count).map(({ plan }, i) => {
      if (measures[i] !== undefined) plan.aspects![0].problems![0].measures![0].text = measures[i];
      return [`${'abcdefghij'[i]}.json`, plan];
    }),
  );
}

describe(RULE, () => {
  it('passes a round whose units each wrote their own measures', async () => {
    const { results } = await round(plansOf(8));
    expect(Object.values(results).flatMap((r) => r.diagnostics)).toEqual([]);
  });

  it('reports the same passage in the plans of 6 units on each, as template text', async () => {
    const stock = '认真学习贯彻上级关于巡察整改工作的部署要求，切实提高政治站位，把整改工作作为重大政治任务抓紧抓实';
    const { results, texts } = await round(plansOf(7, { 0: stock, 1: stock, 2: stock, 3: stock, 4: stock, 5: stock }));
    const first = positionOf(texts['a.json'], `"${stock}"`);
    expect(results['b.json'].diagnostics.map((d) => [d.ruleId, d.message])).toEqual([[RULE, `整改措施与本轮另外 5 个单位方案中的文字几乎相同（如 a.json:${first.line}:${first.column}），疑为模板原文未改写`]]);
    expect(Object.keys(results).sort().map((name) => results[name].diagnostics.length)).toEqual([1, 1, 1, 1, 1, 1, 0]);
  });

  it('reports a placeholder left in by two units, naming it', async () => {
    const { results } = await round(plansOf(3, { 0: TEMPLATE, 1: TEMPLATE }));
    expect(results['a.json'].diagnostics.map((d) => d.message.replace(/（如.*?）/, ''))).toEqual(['整改措施留有模板占位符“XX”，与另外 1 个单位方案中的文字相同，模板原文未改写']);
    expect(results['c.json'].diagnostics).toEqual([]);
    expect(results['a.json'].score.byRule.find((r) => r.ruleId === RULE)).toMatchObject({ applicable: 6, passed: 5, weight: 1 });
  });
});
