import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { lintWithRule, ruleDiagnostics, toText } from '../helpers.js';
import { importAndLint } from '../import/helpers.js';

const RULE = 'import-layout';
const REPORTS = join(import.meta.dirname, '../import/reports');

describe(RULE, () => {
  it('says once, on the first problem, what an unsure reading took for aspects and problems and why', () => {
    const text = readFileSync(join(REPORTS, 'listed-measures-no-labels.txt'), 'utf8');
    const { result } = importAndLint(text, { asOf: '2022-03-15' });
    const found = ruleDiagnostics(result, RULE);
    expect(found.map((d) => [d.severity, d.message, d.range.start.line])).toEqual([
      ['info', '导入时对结构的判断不确定：把（一）读作方面，把1．读作问题（依据：“一是…二是…”或逐条列出的措施（3）、标题写明问题或不足（3））；请核对导入结果', 8],
    ]);
    expect(result.score.byRule.find((tally) => tally.ruleId === RULE)).toBeUndefined();
  });

  it('is silent when labels or status sentences made every problem', () => {
    const text = readFileSync(join(REPORTS, 'parts-and-aspects.txt'), 'utf8');
    expect(ruleDiagnostics(importAndLint(text).result, RULE)).toEqual([]);
  });

  it('speaks English, naming heading levels and the evidence', () => {
    const plan = basePlan() as ReturnType<typeof basePlan> & Record<string, unknown>;
    plan['x-layout'] = { aspects: ['h2'], problems: ['bullet:★'], basis: { level: 2, shortcoming: 1 }, unplaced: 1, certain: false };
    const [d] = ruleDiagnostics(lintWithRule(toText(plan), RULE, { locale: 'en' }), RULE);
    expect(d.message).toBe(
      'the importer was not sure of the layout: it read level-2 headings as aspects and ★ as problems (by standing beside other problems (2), titles naming a shortcoming (1)), and 1 numbered items fitted nowhere (see the unrecognised text); check the imported plan',
    );
  });
});
