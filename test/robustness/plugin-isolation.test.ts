import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/core/lint.js';
import { runBatchRule } from '../../src/core/batch.js';
import { MAX_REPORTS_PER_RULE } from '../../src/core/runner.js';
import type { Rule } from '../../src/rule-kit/index.js';
import { basePlan } from '../fixtures/base-plan.js';
import { BUILTIN_RULES, toText } from '../helpers.js';

/** A plugin rule with the given create(), as a third party might write it (no types to keep it honest). */
function plugin(id: string, create: (context: any) => unknown): Rule {
  return {
    meta: { id, type: 'problem', category: 'completeness', defaultSeverity: 'error', weight: 1, docs: { description: { zh: id, en: id } }, messages: { found: { zh: '问题 {{id}}', en: 'problem {{id}}' } } },
    create: create as Rule['create'],
  };
}

/** A plan where require-cause-analysis has one finding (problem 1.1), so "every other finding" can be checked. */
function planText(): string {
  const plan: any = basePlan();
  plan.aspects[0].problems[0].causes = [];
  return toText(plan);
}

function lintWith(rule: Rule) {
  const settings = { 'require-cause-analysis': { severity: 'error' as const }, [rule.meta.id]: { severity: 'error' as const } };
  return lintText(planText(), { registry: [...BUILTIN_RULES, rule], settings, today: '2026-11-24', asOf: '2022-07-10', locale: 'en' });
}

/** The rule-error findings and the others, by rule id. */
function outcome(rule: Rule) {
  const result = lintWith(rule);
  return {
    errors: result.diagnostics.filter((d) => d.ruleId === 'rule-error').map((d) => d.message),
    others: result.diagnostics.filter((d) => d.ruleId !== 'rule-error').map((d) => d.ruleId),
    internalError: result.internalError,
    score: result.score,
  };
}

describe('a failing plugin rule is one rule-error for that rule in that file; every other finding is kept', () => {
  const cases: [string, (context: any) => unknown, RegExp][] = [
    ['create returns null', () => null, /rule bad crashed: create\(\) returned null, not an object of visitors/],
    ['create returns a string', () => 'visitors', /create\(\) returned string visitors/],
    ['create returns a promise', async () => ({}), /create\(\) returned a promise: rules run synchronously/],
    ['create returns a visitor that is not a function', () => ({ problem: 42 }), /"problem" visitor that is number 42, not a function/],
    ['create throws a string', () => { throw 'nope'; }, /rule bad crashed: nope$/],
    ['create throws an object whose toString throws', () => { throw { toString() { throw new Error('again'); } }; }, /rule bad crashed: \{\}$/],
    ['a visitor throws null', () => ({ problem() { throw null; } }), /rule bad crashed: null$/],
    ['a visitor throws a revoked proxy', () => ({ problem() { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); throw proxy; } }), /rule bad crashed: /],
    ['a visitor returns a rejected promise', () => ({ problem: async () => { throw new Error('late'); } }), /a visitor returned a promise: rules run synchronously/],
    ['a report without a path', (context) => ({ problem() { context.report({ messageId: 'found', data: { id: 1 } }); } }), /report\(\) needs "path", an array of keys and indexes, not undefined/],
    ['a report with a null path', (context) => ({ problem() { context.report({ path: null, messageId: 'found' }); } }), /not null/],
    ['a report with a path of objects', (context) => ({ problem(_p: unknown, path: unknown[]) { context.report({ path: [...path, {}], messageId: 'found' }); } }), /path\[4\] is an object, not a key or an index/],
    ['a report with an unknown messageId', (context) => ({ problem(_p: unknown, path: unknown) { context.report({ path, messageId: 'nope' }); } }), /messageId nope, which meta.messages does not declare/],
    ['a report that is not an object', (context) => ({ problem() { context.report(null); } }), /report\(\) takes a descriptor object, not null/],
    ['a report whose getter throws', (context) => ({ problem() { context.report({ get path() { throw new Error('getter'); }, messageId: 'found' }); } }), /could not read its descriptor: getter/],
    ['a report it catches and ignores', (context) => ({ problem() { try { context.report({ messageId: 'found' }); } catch { /* swallowed */ } } }), /needs "path"/],
  ];

  for (const [name, create, message] of cases) {
    it(name, () => {
      const { errors, others, internalError, score } = outcome(plugin('bad', create));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(message);
      expect(others).toEqual(['require-cause-analysis']);
      expect(internalError).toBe(true);
      // The failed rule is not judged: it is in no tally of the score.
      expect(score.byRule.map((r) => r.ruleId)).not.toContain('bad');
      expect(Number.isFinite(score.score)).toBe(true);
    });
  }

  it('a rule that reports without end stops at the limit as one rule-error, without its findings', () => {
    const { errors, others } = outcome(plugin('bad', (context) => ({ plan() { for (;;) context.report({ path: [], messageId: 'found', data: { id: 1 } }); } })));
    expect(errors).toEqual([`rule bad crashed: reported more than ${MAX_REPORTS_PER_RULE} findings on one file`]);
    expect(others).toEqual(['require-cause-analysis']);
  });

  it('a report cannot set its line, column, rule id or severity: the core places and names every finding', () => {
    const result = lintWith(plugin('sneaky', (context) => ({ problem(_p: unknown, path: unknown[]) { context.report({ path: [...path, 'title'], messageId: 'found', data: { id: 'x' }, line: -5, column: 99999, ruleId: 'schema', severity: 'info', range: { start: { line: -5 } } }); } })));
    const sneaky = result.diagnostics.filter((d) => d.ruleId === 'sneaky');
    expect(sneaky.length).toBeGreaterThan(0);
    for (const d of sneaky) {
      expect(d.severity).toBe('error');
      expect(d.range.start.line).toBeGreaterThan(1);
      expect(d.range.start.column).toBeGreaterThan(1);
    }
    expect(result.diagnostics.filter((d) => d.ruleId === 'schema')).toEqual([]);
  });

  it('data that is not text is shown as JSON, never by calling its methods; {{constructor}} is not Object’s', () => {
    const rule: Rule = {
      ...plugin('odd-data', (context) => ({ plan() { context.report({ path: [], messageId: 'found', data: { id: { toString: 1 }, other: null } }); } })),
    };
    rule.meta.messages.found = { zh: '{{id}} {{constructor}} {{other}}', en: '{{id}} {{constructor}} {{other}}' };
    const d = lintWith(rule).diagnostics.find((x) => x.ruleId === 'odd-data')!;
    expect(d.message).toBe('{"toString":1} {{constructor}} null');
  });

  it('a report from a timer the rule left behind is ignored; the run has ended', async () => {
    let late: (() => void) | undefined;
    const result = lintWith(plugin('late', (context) => ({ plan() { late = () => context.report({ path: [], messageId: 'found', data: { id: 1 } }); } })));
    expect(() => late!()).not.toThrow();
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['require-cause-analysis']);
  });
});

describe('a failing batch rule is one rule-error in every plan of its batch, as a per-file rule is in its file', () => {
  /** A batch rule whose create() is given; as a third party might write it. */
  function batchPlugin(create: (context: any) => unknown): Rule {
    const rule = plugin('bad-batch', create);
    (rule.meta as { scope?: string }).scope = 'batch';
    return rule;
  }
  const members = [0, 1].map((i) => ({ file: `/plans/${i}.json`, name: `${i}.json`, severity: 'warn' as const, facts: [{ path: ['aspects', 0] }] }));
  const run = (create: (context: any) => unknown) => runBatchRule({ rule: batchPlugin(create), severity: 'warn', options: {}, weight: 1 }, members, '2022-08-01');

  const cases: [string, (context: any) => unknown, RegExp][] = [
    ['create returns null', () => null, /create\(\) returned null, not an object of visitors/],
    ['create returns a batch visitor that is not a function', () => ({ batch: 'later' }), /"batch" visitor that is string later, not a function/],
    ['batch() throws an object whose toString throws', () => ({ batch() { throw { toString() { throw new Error('again'); } }; } }), /crashed: \{\}$/],
    ['batch() returns a promise that rejects', () => ({ batch: async () => { throw new Error('late'); } }), /a batch visitor returned a promise: rules run synchronously/],
    ['a report that names no plan of the batch', (context) => ({ batch() { context.report({ path: ['aspects', 0], messageId: 'found', data: { id: 1 } }); } }), /must name one of the plans given to batch\(\)/],
    ['a report with a null path', (context) => ({ batch(plans: any[]) { context.report({ plan: plans[0], path: null, messageId: 'found' }); } }), /needs "path", an array of keys and indexes, not null/],
    ['a report with an unknown messageId, caught and ignored', (context) => ({ batch(plans: any[]) { try { context.report({ plan: plans[0], path: [], messageId: 'nope' }); } catch { /* swallowed */ } } }), /messageId nope, which meta.messages does not declare/],
    ['a related place in no plan of the batch', (context) => ({ batch(plans: any[]) { context.report({ plan: plans[0], path: [], messageId: 'found', related: [{ in: {}, path: [] }] }); } }), /must name one of the plans/],
    ['reports without end', (context) => ({ batch(plans: any[]) { for (;;) context.report({ plan: plans[0], path: [], messageId: 'found', data: { id: 1 } }); } }), new RegExp(`reported more than ${MAX_REPORTS_PER_RULE} findings in one batch`)],
  ];
  for (const [name, create, message] of cases) {
    it(name, () => {
      const outcome = run(create);
      expect(outcome.applicable).toBe(false);
      expect(outcome.findings.map((f) => [f.member, f.finding.ruleId, f.finding.internal])).toEqual([[0, 'rule-error', true], [1, 'rule-error', true]]);
      expect((outcome.findings[0].finding.message as { en: string }).en).toMatch(/^rule bad-batch crashed: /);
      expect((outcome.findings[0].finding.message as { en: string }).en).toMatch(message);
    });
  }

  it('a report cannot set its line, rule id or severity; what it may say is kept', () => {
    const outcome = run((context) => ({ batch(plans: any[]) { context.report({ plan: plans[1], path: ['aspects', 0], messageId: 'found', data: { id: 7 }, line: -5, ruleId: 'parse', severity: 'error', related: [{ in: plans[0], path: ['aspects', 0] }] }); } }));
    expect(outcome.findings).toEqual([{ member: 1, finding: { ruleId: 'bad-batch', severity: 'warn', category: 'completeness', message: { zh: '问题 {{id}}', en: 'problem {{id}}' }, messageId: 'found', path: ['aspects', 0], data: { id: 7 }, related: [{ document: '/plans/0.json', path: ['aspects', 0] }] } }]);
  });
});
