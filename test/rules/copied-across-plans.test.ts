import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/types/plan.js';
import { copyRound, independentRound } from '../fixtures/round.js';
import { positionOf } from '../helpers.js';
import { BATCH_CONFIG, round } from './across-plans.js';

const RULE = 'copied-across-plans';
const CAUSE = '党组对巡察整改的重要性认识不足，把整改当作一般性业务工作，研究部署不多，督促检查不够';

/** Independent plans of the round fixture (units 0, 1, …), by file name; `cause` replaces the first problem's causes. */
function plansOf(count: number, causes: Record<number, string> = {}): Record<string, Plan> {
  return Object.fromEntries(
    independentRound(count).map(({ plan }, i) => {
      if (causes[i] !== undefined) plan.aspects![0].problems![0].causes = [causes[i]];
      return [`${'abcdefghij'[i]}.json`, plan];
    }),
  );
}

const unitOf = (i: number) => independentRound(i + 1)[i].unit;

describe(RULE, () => {
  it('passes units that write their own plans, and makes no check in a round of one unit', async () => {
    const { results } = await round(plansOf(2));
    expect(Object.values(results).flatMap((r) => r.diagnostics)).toEqual([]);
    // One check per problem with texts to compare: six problems.
    expect(results['a.json'].score.byRule.find((r) => r.ruleId === RULE)).toMatchObject({ applicable: 6, passed: 6 });
    const alone = await round({ 'a.json': plansOf(1, { 0: CAUSE })['a.json'] });
    expect(alone.results['a.json'].score.byRule.map((r) => r.ruleId)).not.toContain(RULE);
  });

  it('reports a text two units share on each copy, with the other unit and its place, and fails that problem’s check', async () => {
    const { results, texts } = await round(plansOf(2, { 0: CAUSE, 1: CAUSE }));
    const at = (name: string) => positionOf(texts[name], `"${CAUSE}"`);
    expect(results['a.json'].diagnostics.map((d) => [d.ruleId, d.severity, d.message, d.range.start.line, d.range.start.column])).toEqual([
      [RULE, 'warn', `原因分析与${unitOf(1)}党组方案中的文字完全相同（见 b.json:${at('b.json').line}:${at('b.json').column}），疑为照搬照抄`, at('a.json').line, at('a.json').column],
    ]);
    expect(results['b.json'].diagnostics.map((d) => d.message)).toEqual([`原因分析与${unitOf(0)}党组方案中的文字完全相同（见 a.json:${at('a.json').line}:${at('a.json').column}），疑为照搬照抄`]);
    expect(results['b.json'].diagnostics[0].related!.map((r) => [r.filePath.endsWith('a.json'), r.path])).toEqual([[true, ['aspects', 0, 'problems', 0, 'causes', 0]]]);
    expect(results['b.json'].score.byRule.find((r) => r.ruleId === RULE)).toMatchObject({ applicable: 6, passed: 5 });
    expect(results['b.json'].score.byProblem.map((p) => p.applicable - p.passed)).toEqual([1, 0, 0, 0, 0, 0]);
  });

  it('finds a copy with the unit’s name put in and a figure changed, and says how similar', async () => {
    const plans = plansOf(2, {
      0: '临江县教育局对校外培训机构的日常巡查流于形式，2022年仅开展2次现场检查，发现的14个问题未跟踪销号',
      1: '临江县卫生健康局对校外培训机构的日常巡查流于形式，2022年仅开展3次现场检查，发现的14个问题未跟踪销号',
    });
    const { results } = await round(plans);
    expect(results['b.json'].diagnostics.map((d) => d.message.replace(/（见.*?）/, ''))).toEqual([`原因分析与${unitOf(0)}党组方案中的文字几乎相同（相似度 71%），疑为照搬照抄`]);
  });

  it('does not compare plans of one unit: two versions, or a report and the plan it is based on', async () => {
    const first = plansOf(1)['a.json'];
    const second = structuredClone(first);
    expect(Object.values((await round({ 'v1.json': first, 'v2.json': second })).results).flatMap((r) => r.diagnostics)).toEqual([]);
    // A report whose unit is spelled differently is still its plan's, through basedOn.
    const report = structuredClone(first);
    report.inspection.inspectedUnit = '教育局党组';
    report.report = { kind: 'progress-report', date: '2023-06-01', basedOn: 'plan.json' };
    expect(Object.values((await round({ 'plan.json': first, 'report.json': report })).results).flatMap((r) => r.diagnostics)).toEqual([]);
  });

  it('50 plans, 5 of them copied from one another with light edits: every copied text is found, no independent pair is flagged', async () => {
    const copies = [3, 11, 19, 27, 42];
    const plans = copyRound(independentRound(50), copies[0], copies.slice(1));
    const { results } = await round(Object.fromEntries(plans.map(({ plan }, i) => [`p${String(i).padStart(2, '0')}.json`, plan])));
    const names = Object.keys(results).sort();
    const flagged = names.filter((name) => results[name].diagnostics.length > 0);
    expect(flagged).toEqual(copies.map((i) => `p${String(i).padStart(2, '0')}.json`));
    for (const name of flagged) {
      const result = results[name];
      // Every cause, measure and progress text of a copy is reported. Its evidence, whose titles name the copying
      // unit, is another document: evidence is the same evidence only when title, 文号 and date are.
      expect(result.diagnostics.every((d) => d.ruleId === RULE)).toBe(true);
      const expected = plans[Number(name.slice(1, 3))].plan.aspects!.flatMap((aspect, a) =>
        aspect.problems!.flatMap((problem, p) => [
          ...problem.causes!.map((_, c) => ['aspects', a, 'problems', p, 'causes', c]),
          ...problem.measures!.map((_, m) => ['aspects', a, 'problems', p, 'measures', m, 'text']),
          ['aspects', a, 'problems', p, 'progress'],
        ]),
      );
      expect(result.diagnostics.map((d) => d.path.join('/')).sort()).toEqual(expected.map((path) => path.join('/')).sort());
      // …and every one points into another copy.
      expect(result.diagnostics.every((d) => d.related!.some((r) => flagged.some((other) => other !== name && r.filePath.endsWith(other))))).toBe(true);
    }
  }, 30_000);

  it('leaves text shared by many units to template-text, unless told otherwise by templatePlans', async () => {
    const plans = plansOf(6, { 0: CAUSE, 1: CAUSE, 2: CAUSE, 3: CAUSE, 4: CAUSE, 5: CAUSE });
    const { results } = await round(plans);
    expect(Object.values(results).flatMap((r) => r.diagnostics.map((d) => d.ruleId))).toEqual(Array(6).fill('template-text'));
    const wider = { extends: [], rules: { [RULE]: { severity: 'warn', options: { templatePlans: 10 } }, 'template-text': { severity: 'warn', options: { templatePlans: 10 } } } };
    expect(Object.values((await round(plans, wider)).results).flatMap((r) => r.diagnostics.map((d) => d.ruleId))).toEqual(Array(6).fill(RULE));
    expect(BATCH_CONFIG.rules[RULE]).toBe('warn');
  });
});
