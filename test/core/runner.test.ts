import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/core/lint.js';
import { defineRule, NOT_APPLICABLE, type Rule } from '../../src/rule-kit/index.js';
import { basePlan } from '../fixtures/base-plan.js';
import { BUILTIN_RULES, settingsFor, toText } from '../helpers.js';

const exploding = defineRule({
  meta: {
    id: 'exploding',
    type: 'problem',
    category: 'completeness',
    defaultSeverity: 'error',
    weight: 1,
    docs: { description: { zh: '总是出错', en: 'always throws' } },
    messages: {},
  },
  create() {
    return {
      problem() {
        throw new Error('boom');
      },
    };
  },
});

function recorder(log: string[]): Rule {
  return defineRule({
    meta: { id: 'recorder', type: 'suggestion', category: 'completeness', defaultSeverity: 'warn', weight: 1, docs: { description: { zh: '记录', en: 'records' } }, messages: { seen: { zh: '{{kind}}', en: '{{kind}}' } } },
    create(context) {
      const visit = (kind: string) => (_node: unknown, path: readonly (string | number)[]) => {
        log.push(`${kind}:${path.join('.')}`);
        return kind === 'meeting' ? NOT_APPLICABLE : undefined;
      };
      return {
        plan: visit('plan'),
        aspect: visit('aspect'),
        problem: visit('problem'),
        measure: visit('measure'),
        evidence: visit('evidence'),
        commitment(_commitment, path) {
          log.push(`commitment:${path.join('.')}`);
          context.report({ path: [...path, 'text'], messageId: 'seen', data: { kind: 'commitment' } });
        },
        meeting: visit('meeting'),
        'plan:exit': visit('plan:exit'),
      };
    },
  });
}

describe('the rule runner', () => {
  it('walks the plan once, in document order, calling each visitor', () => {
    const log: string[] = [];
    const rule = recorder(log);
    lintText(toText(basePlan()), { registry: [rule], settings: { recorder: { severity: 'warn' } }, today: '2026-11-24' });
    expect(log).toEqual([
      'plan:',
      'aspect:aspects.0',
      'problem:aspects.0.problems.0',
      'measure:aspects.0.problems.0.measures.0',
      'evidence:aspects.0.problems.0.measures.0.evidence.0',
      'evidence:aspects.0.problems.0.evidence.0',
      'commitment:commitments.0',
      'meeting:meetings.0',
      'meeting:meetings.1',
      'plan:exit:',
    ]);
  });

  it('counts one check per plan-level visit and per problem, leaves NOT_APPLICABLE out, fails a check that reported', () => {
    const rule = recorder([]);
    const result = lintText(toText(basePlan()), { registry: [rule], settings: { recorder: { severity: 'warn' } }, today: '2026-11-24' });
    const tally = result.score.byRule.find((r) => r.ruleId === 'recorder')!;
    // plan, aspect, problem 1.1 (with its measure and evidence), commitment (reported), plan:exit.
    expect([tally.applicable, tally.passed]).toEqual([5, 4]);
  });

  it('turns a crashing rule into a rule-error diagnostic naming it; other rules go on', () => {
    const plan = basePlan();
    delete plan.aspects[0].problems[0].causes;
    const result = lintText(toText(plan), {
      registry: [exploding, ...BUILTIN_RULES],
      settings: { ...settingsFor(), exploding: { severity: 'error' } },
      today: '2026-11-24',
    });
    expect(result.internalError).toBe(true);
    expect(result.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([
      ['require-cause-analysis', '问题 1.1 缺少原因分析'],
      ['rule-error', '规则 exploding 运行出错：boom'],
    ]);
  });

  it('fills option defaults and lets settings override them', () => {
    const seen: unknown[] = [];
    const rule = defineRule<{ minimum: number; words: string[] }>({
      meta: {
        id: 'options',
        type: 'suggestion',
        category: 'completeness',
        defaultSeverity: 'warn',
        weight: 1,
        docs: { description: { zh: '选项', en: 'options' } },
        messages: {},
        options: { type: 'object', properties: { minimum: { type: 'integer', default: 1 }, words: { type: 'array', default: ['进一步'] } } },
      },
      create(context) {
        seen.push(context.options);
        return {};
      },
    });
    lintText('{}', { registry: [rule], settings: { options: { severity: 'warn', options: { minimum: 3 } } }, today: '2026-11-24' });
    expect(seen).toEqual([{ minimum: 3, words: ['进一步'] }]);
  });

  it('uses --as-of, else the report date, else today', () => {
    const text = toText(basePlan());
    const run = (asOf?: string) => lintText(text, { registry: [], settings: {}, today: '2026-11-24', asOf }).asOf;
    expect(run('2022-05-01')).toBe('2022-05-01');
    expect(run()).toBe('2022-07-10');
    expect(lintText('{"report": {}}', { registry: [], settings: {}, today: '2026-11-24' }).asOf).toBe('2026-11-24');
  });
});
