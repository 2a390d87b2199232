import { describe, expect, it } from 'vitest';
import { runBatchRule, settleBatch } from '../../src/core/batch.js';
import { parseJsonDocument } from '../../src/core/json-document.js';
import { lintText, type LintOptions, type LintResult } from '../../src/core/lint.js';
import { problemIdAt } from '../../src/core/problem-key.js';
import { defineRule, isNonEmptyString, NOT_APPLICABLE, type Rule } from '../../src/rule-kit/index.js';
import type { Plan } from '../../src/types/plan.js';
import { basePlan } from '../fixtures/base-plan.js';
import { positionOf, toText } from '../helpers.js';

/** A `previous` rule: a problem whose title changed from the previous document's, and previous problems gone. */
const titleKept = defineRule({
  meta: {
    id: 'title-kept',
    scope: 'previous',
    type: 'problem',
    category: 'consistency',
    defaultSeverity: 'error',
    weight: 2,
    docs: { description: { zh: '标题不变', en: 'titles kept' } },
    messages: {
      changed: { zh: '问题 {{id}} 的标题与 {{relatedPlace}} 不同（按{{by}}对应）', en: 'problem {{id}} retitled from {{relatedPlace}} (matched by {{by}})' },
      gone: { zh: '{{relatedName}} 的问题 {{id}} 不见了', en: 'problem {{id}} of {{relatedName}} is gone' },
    },
  },
  create(context) {
    const previous = context.previous!;
    return {
      problem(problem, path) {
        const counterpart = previous.counterpartOf(problem);
        if (!counterpart) return NOT_APPLICABLE;
        if (counterpart.problem.title !== problem.title) context.report({ path: [...path, 'title'], messageId: 'changed', data: { id: problem.id, by: counterpart.by }, related: [{ in: previous, path: [...counterpart.path, 'title'] }] });
        return undefined;
      },
      'previous:problem'(problem, path) {
        if (!previous.successorOf(problem)) context.report({ path: ['aspects'], messageId: 'gone', data: { id: problem.id }, related: [{ in: previous, path }] });
      },
    };
  },
});

interface TextFact {
  path: (string | number)[];
  text: string;
}

/** A `batch` rule: a cause that is word for word another plan's. */
const sameCause = defineRule({
  meta: {
    id: 'same-cause',
    scope: 'batch',
    type: 'suggestion',
    category: 'specificity',
    defaultSeverity: 'warn',
    weight: 3,
    docs: { description: { zh: '原因雷同', en: 'same cause' } },
    messages: { same: { zh: '原因与 {{relatedPlace}} 相同', en: 'cause as in {{relatedPlace}}' } },
  },
  create(context) {
    return {
      problem(problem, path) {
        const causes = (problem.causes ?? []).filter(isNonEmptyString);
        causes.forEach((text, i) => context.collect({ path: [...path, 'causes', i], text } satisfies TextFact));
        return causes.length > 0 ? undefined : NOT_APPLICABLE;
      },
      batch(plans) {
        const first = new Map<string, { plan: (typeof plans)[number]; path: TextFact['path'] }>();
        for (const plan of plans) {
          for (const { path, text } of plan.facts as TextFact[]) {
            const earlier = first.get(text);
            if (!earlier) first.set(text, { plan, path });
            else if (earlier.plan !== plan) context.report({ plan, path, messageId: 'same', related: [{ in: earlier.plan, path: earlier.path }] });
          }
        }
      },
    };
  },
});

const RULES: Rule[] = [titleKept, sameCause];

function options(extra: Partial<LintOptions> = {}): LintOptions {
  return { registry: RULES, settings: { 'title-kept': { severity: 'error' }, 'same-cause': { severity: 'warn' } }, today: '2022-08-01', locale: 'zh-CN', ...extra };
}

/** The base plan with a second problem, so one can be dropped. */
function twoProblemPlan(): Plan {
  const plan = basePlan();
  const second = structuredClone(plan.aspects[0].problems[0]);
  second.id = '1.2';
  second.title = '审批档案管理不规范，部分档案缺失';
  second.causes = ['档案管理制度执行不严，缺少归档时限要求'];
  plan.aspects[0].problems.push(second);
  return plan;
}

function previousOf(plan: Plan, name = 'plan.json') {
  const text = toText(plan);
  return { text, previous: { filePath: `/round/${name}`, name, document: parseJsonDocument(text) } };
}

describe('previous rules', () => {
  it('do not run without a previous document, so they count no check', () => {
    const result = lintText(toText(basePlan()), options());
    expect(result.score.byRule.map((r) => r.ruleId)).not.toContain('title-kept');
    expect(result.basedOn).toBeUndefined();
  });

  it('see the previous document: a changed title is reported on this plan with the place it came from', () => {
    const plan = twoProblemPlan();
    const { text: planText, previous } = previousOf(plan);
    const report = structuredClone(plan);
    report.aspects[0].problems[0].title = '行政审批服务重视不够';
    const reportText = toText(report);
    const result = lintText(reportText, options({ previous }));
    const where = positionOf(planText, '"行政审批重视不够，工作力度不强"');
    expect(result.diagnostics.map((d) => [d.ruleId, d.message, d.range.start.line, d.related?.map((r) => [r.name, r.range.start.line, r.path.join('/')])])).toEqual([
      ['title-kept', `问题 1.1 的标题与 plan.json:${where.line}:${where.column} 不同（按id对应）`, positionOf(reportText, '"行政审批服务重视不够"').line, [['plan.json', where.line, 'aspects/0/problems/0/title']]],
    ]);
    expect(result.basedOn).toEqual({ filePath: '/round/plan.json', name: 'plan.json' });
    // Two problems checked (one failed), two previous problems walked (both found): 6 of 8 weight.
    expect(result.score.byRule.find((r) => r.ruleId === 'title-kept')).toMatchObject({ applicable: 4, passed: 3 });
  });

  it('walk the previous document’s problems: one missing here is reported, matched by title when the id changed', () => {
    const plan = twoProblemPlan();
    const { previous } = previousOf(plan);
    const report = structuredClone(plan);
    report.aspects[0].problems.pop();
    report.aspects[0].problems[0].id = '1.9';
    const result = lintText(toText(report), options({ previous }));
    expect(result.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^plan\.json 的问题 1\.2 不见了$/)]);
    expect(result.diagnostics[0].related![0].path).toEqual(['aspects', 0, 'problems', 1]);
  });

  it('a previous document that cannot be read is an error where the plan names it, and no previous rule runs', () => {
    const plan = basePlan();
    plan.report.basedOn = 'plan.json';
    const text = toText(plan);
    const result = lintText(text, options({ previous: { filePath: '/round/plan.json', name: 'plan.json', document: parseJsonDocument('{ "aspects": [ }'), namedAt: ['report', 'basedOn'] } }));
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.range.start.line])).toEqual([['based-on', 'error', positionOf(text, '"plan.json"').line]]);
    expect(result.diagnostics[0].message).toMatch(/^无法与所依据的文件 plan\.json 对照：/);
    expect(result.score.byRule.map((r) => r.ruleId)).not.toContain('title-kept');
  });
});

function deferred(plan: Plan): LintResult {
  return lintText(toText(plan), options({ deferBatch: true }));
}

describe('batch rules', () => {
  it('judge a plan alone when not deferred: its checks count, and nothing is left pending', () => {
    const result = lintText(toText(twoProblemPlan()), options());
    expect(result.batch).toBeUndefined();
    expect(result.diagnostics).toEqual([]);
    expect(result.score.byRule.find((r) => r.ruleId === 'same-cause')).toMatchObject({ applicable: 2, passed: 2 });
    expect(result.score.byProblem.map((p) => [p.problemId, p.applicable, p.applicableWeight])).toEqual([['1.1', 1, 3], ['1.2', 1, 3]]);
  });

  it('leave facts and checks pending when deferred; the score has not counted them', () => {
    const result = deferred(twoProblemPlan());
    expect(result.batch).toEqual([
      {
        ruleId: 'same-cause',
        facts: [
          { path: ['aspects', 0, 'problems', 0, 'causes', 0], text: '局领导班子思想认识不足，对营商环境建设重视不够' },
          { path: ['aspects', 0, 'problems', 1, 'causes', 0], text: '档案管理制度执行不严，缺少归档时限要求' },
        ],
        checks: [
          { path: ['aspects', 0, 'problems', 0], problem: true, problemId: '1.1' },
          { path: ['aspects', 0, 'problems', 1], problem: true, problemId: '1.2' },
        ],
      },
    ]);
    expect(result.score.byRule.map((r) => r.ruleId)).not.toContain('same-cause');
    expect(result.score.score).toBe(100);
  });

  it('judge every plan together: a finding lands in its plan, on its line, fails its problem’s check and names the other plan’s place', () => {
    const first = twoProblemPlan();
    const second = twoProblemPlan();
    second.aspects[0].problems[0].causes = ['本单位自己的原因分析，与别人无关'];
    const texts = [toText(first), toText(second)];
    const results = [deferred(first), deferred(second)];
    const documents = texts.map(parseJsonDocument);
    const files = ['/round/a.json', '/round/b.json'];
    const active = { rule: sameCause, severity: 'warn' as const, options: {}, weight: 3 };
    const outcome = runBatchRule(active, results.map((r, i) => ({ file: files[i], name: files[i].slice(7), severity: 'warn' as const, facts: r.batch![0].facts })), '2022-08-01');
    expect(outcome.applicable).toBe(true);
    const found = outcome.findings;
    expect(found.map((f) => [f.member, f.finding.path.join('/'), f.finding.related])).toEqual([[1, 'aspects/0/problems/1/causes/0', [{ document: '/round/a.json', path: ['aspects', 0, 'problems', 1, 'causes', 0] }]]]);

    const settled = results.map((result, i) =>
      settleBatch(
        result,
        [{ rule: { ruleId: 'same-cause', weight: 3, category: 'specificity' }, checks: result.batch![0].checks, findings: found.filter((f) => f.member === i).map((f) => f.finding) }],
        {
          range: (path) => documents[i].locate(path),
          problemId: (path) => problemIdAt(documents[i].value, path),
          related: ({ document, path }) => {
            const at = files.indexOf(document);
            return { filePath: document, name: document.slice(7), path, range: documents[at].locate(path) };
          },
        },
        { locale: 'zh-CN' },
      ),
    );
    const cause = positionOf(texts[0], '"档案管理制度执行不严，缺少归档时限要求"');
    expect(settled[0].diagnostics).toEqual([]);
    expect(settled[1].diagnostics.map((d) => [d.ruleId, d.severity, d.message, d.problemId, d.range.start.line])).toEqual([
      ['same-cause', 'warn', `原因与 a.json:${cause.line}:${cause.column} 相同`, '1.2', positionOf(texts[1], '"档案管理制度执行不严，缺少归档时限要求"').line],
    ]);
    expect(settled.map((r) => r.batch)).toEqual([undefined, undefined]);
    // The failed check: one of two of weight 3 (3 ÷ 6) in the rule, and problem 1.2's only check.
    expect(settled[1].score.byRule.find((r) => r.ruleId === 'same-cause')).toMatchObject({ applicable: 2, passed: 1, score: 50 });
    expect(settled[1].score.byProblem.map((p) => [p.problemId, p.score])).toEqual([['1.1', 100], ['1.2', 0]]);
    expect(settled[1].score.byCategory.specificity).toMatchObject({ applicableWeight: 6, passedWeight: 3 });
    // With the core's schema (3) and duplicate-key (1) checks: 100 × (3 + 1 + 3) ÷ (3 + 1 + 6).
    expect(settled[1].score.score).toBe(70);
    expect(settled[0].score.score).toBe(100);
    // The deferred result (which a cache entry may hold) is unchanged.
    expect(results[1].diagnostics).toEqual([]);
    expect(results[1].score.byRule.map((r) => r.ruleId)).not.toContain('same-cause');
  });

  it('a crash in batch() is a rule-error in every plan of the batch', () => {
    const crashing = defineRule({ ...sameCause, meta: { ...sameCause.meta, id: 'crashing' }, create: () => ({ batch: () => { throw new Error('boom'); } }) });
    const outcome = runBatchRule({ rule: crashing, severity: 'warn', options: {}, weight: 1 }, [0, 1].map((i) => ({ file: `${i}`, name: `${i}`, severity: 'warn' as const, facts: [] })), '2022-08-01');
    expect(outcome.findings.map((f) => [f.member, f.finding.ruleId, f.finding.internal])).toEqual([[0, 'rule-error', true], [1, 'rule-error', true]]);
    expect(outcome.applicable).toBe(false);
  });

  it('a batch that gave nothing to judge (batch() returns NOT_APPLICABLE) counts no check', () => {
    const idle = defineRule({ ...sameCause, meta: { ...sameCause.meta, id: 'same-cause' }, create: (context) => ({ ...sameCause.create(context), batch: () => NOT_APPLICABLE }) });
    const result = lintText(toText(twoProblemPlan()), { ...options(), registry: [idle] });
    expect(result.score.byRule.map((r) => r.ruleId)).not.toContain('same-cause');
    expect(result.score.byProblem).toEqual([]);
  });
});
