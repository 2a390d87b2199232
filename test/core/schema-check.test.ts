import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { at, lint, positionOf, ruleDiagnostics, toText } from '../helpers.js';

describe('schema findings', () => {
  it('reports a missing required property on its closest existing parent, in Chinese with the field title', () => {
    const plan = basePlan() as any;
    delete plan.inspection.feedbackDate;
    const text = toText(plan);
    const [d] = ruleDiagnostics(lint(text), 'schema');
    expect([d.message, d.path, at(d)]).toEqual(['缺少必填字段“反馈日期”（feedbackDate）', ['inspection', 'feedbackDate'], positionOf(text, '"inspection"')]);
  });

  it('reports an unknown property on its key with a did-you-mean, and allows x- extensions', () => {
    const plan = basePlan() as any;
    plan.aspects[0].problems[0].responsibleLeadr = plan.aspects[0].problems[0].responsibleLeader;
    plan.aspects[0].problems[0]['x-source'] = '第3页';
    const text = toText(plan);
    const found = ruleDiagnostics(lint(text), 'schema');
    expect(found.map((d) => [d.message, at(d)])).toEqual([['未知属性“responsibleLeadr”，是否应为“responsibleLeader”？', positionOf(text, '"responsibleLeadr"')]]);
    const [en] = ruleDiagnostics(lint(text, { locale: 'en' }), 'schema');
    expect(en.message).toBe('unknown property "responsibleLeadr"; did you mean "responsibleLeader"?');
  });

  it('suggests the status key for a Chinese status label', () => {
    const plan = basePlan() as any;
    plan.aspects[0].problems[0].status = '已完成并长期坚持';
    const text = toText(plan);
    const [d] = ruleDiagnostics(lint(text), 'schema');
    expect(d.message).toBe('“整改状态”（status）的值“已完成并长期坚持”无效，应为：not-started、in-progress、basically-done、done、done-ongoing、ongoing、not-done、postponed；“已完成并长期坚持”请写作“done-ongoing”');
    expect(at(d)).toEqual(positionOf(text, '"已完成并长期坚持"'));
  });

  it('rejects an empty text and accepts one character, even outside the BMP (minLength 1 read from the length)', () => {
    const plan = basePlan() as any;
    plan.aspects[0].problems[0].title = '';
    const [d] = ruleDiagnostics(lint(toText(plan)), 'schema');
    expect(d.path).toEqual(['aspects', 0, 'problems', 0, 'title']);
    plan.aspects[0].problems[0].title = '𠀀';
    expect(ruleDiagnostics(lint(toText(plan)), 'schema')).toEqual([]);
  });

  it('rejects impossible and non-ISO dates', () => {
    const plan = basePlan() as any;
    plan.report.date = '2022-02-30';
    plan.inspection.feedbackDate = '2022年2月18日';
    const found = ruleDiagnostics(lint(toText(plan)), 'schema');
    expect(found.map((d) => d.message)).toEqual([
      '“反馈日期”（feedbackDate）应为 YYYY-MM-DD 格式的有效日期，实际为“2022年2月18日”',
      '“报告日期”（date）应为 YYYY-MM-DD 格式的有效日期，实际为“2022-02-30”',
    ]);
  });

  it('words type errors and falls back to localized ajv text for other keywords', () => {
    const plan = basePlan() as any;
    plan.aspects[0].problems[0].causes = '认识不足';
    plan.declared = { problems: -1 };
    plan.commitments[0].satisfiedBy.kinds = [];
    const found = ruleDiagnostics(lint(toText(plan)), 'schema');
    expect(found.map((d) => d.message)).toEqual(['“原因分析”（causes）应为数组', '“会议类别”（kinds）不应少于 1 个项', '“问题数”（problems）应不小于 0']);
  });

  it('still runs the rules on a plan that fails the schema', () => {
    const plan = basePlan() as any;
    plan.aspects[0].problems[0].causes = '认识不足';
    const result = lint(toText(plan));
    // Same place: ordered by rule id.
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['require-cause-analysis', 'schema']);
    expect(result.fatal).toBe(false);
  });
});

describe('schema: people by name or post', () => {
  it('accepts a person given only by post, and says what is missing when neither is given', () => {
    const plan = basePlan() as any;
    plan.organization.firstResponsible = { post: '党组书记' };
    expect(ruleDiagnostics(lint(toText(plan)), 'schema')).toEqual([]);
    plan.organization.firstResponsible = {};
    const text = toText(plan);
    const found = ruleDiagnostics(lint(text), 'schema');
    expect(found.map((d) => [d.message, at(d)])).toEqual([['“第一责任人”（firstResponsible）应至少填写姓名（name）或职务（post）之一，实际为{}', positionOf(text, '"firstResponsible"')]]);
  });
});
