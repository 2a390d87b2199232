import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { lintDocument } from '../../src/core/lint.js';
import { importedDocument } from '../../src/import/document.js';
import { importReport } from '../../src/import/import-report.js';
import { BUILTIN_RULES, lint, positionOf, ruleDiagnostics, settingsFor, toText } from '../helpers.js';
import { importAndLint } from './helpers.js';

/** A progress report in words of its own: no feedback date anywhere, no date line, three standing commitments. */
const UNDATED = [
  '区市场监管局党组关于巡察整改进展情况的报告',
  '区委第二巡察组对区市场监管局党组开展了常规巡察，并向我局反馈了巡察意见。现将整改进展报告如下。',
  '一、整改工作推进情况',
  '局党组每季度至少召开一次整改工作推进会，每半年至少开展一次整改督查，每年至少召开两次专题民主生活会。',
  '二、反馈问题整改情况',
  '（一）落实主体责任方面',
  '1.针对“党组研究部署不够”的问题',
  '原因分析：党组对主体责任认识不深。',
  '整改措施：修订党组议事规则，明确每月研究一次党建工作。',
  '责任领导：党组书记王某某',
  '整改时限：2023年6月30日',
  '区市场监管局党组',
].join('\n');

describe('a fact the report does not print: one finding, in the report’s words, at the place that would hold it', () => {
  const { result } = importAndLint(UNDATED);
  const schema = ruleDiagnostics(result, 'schema');

  it('says once that the feedback date is not stated, on the paragraph about the inspection, and nothing about each commitment', () => {
    const feedback = schema.filter((d) => d.path.join('/') === 'inspection/feedbackDate');
    expect(feedback).toHaveLength(1);
    expect(feedback[0].message).toBe('报告未写明巡察反馈日期：无法判断报告是否按时报送、立行立改问题是否按时完成，长效机制承诺也无从起算');
    expect(feedback[0].range.start.line).toBe(positionOf(UNDATED, '区委第二巡察组').line);
    expect(schema.filter((d) => d.path.includes('commitments'))).toEqual([]);
    expect(schema.some((d) => /缺少必填字段/.test(d.message))).toBe(false);
  });

  it('says the report is undated where a date belongs: its last line, under the signature', () => {
    const date = schema.filter((d) => d.path.join('/') === 'report/date');
    expect(date.map((d) => [d.message, d.range.start.line])).toEqual([['报告未写明成文日期：无法判断报告是否按时报送，佐证材料和完成情况只能以检查基准日衡量', UNDATED.split('\n').length]]);
  });

  it('leaves the checks that need the fact out of the score (not applicable), instead of passing or failing them', () => {
    const applicable = (id: string) => result.score.byRule.find((r) => r.ruleId === id)?.applicable ?? 0;
    expect(result.plan?.commitments?.length).toBe(3);
    expect(applicable('meeting-frequency')).toBe(0);
    expect(applicable('report-timeliness')).toBe(0);
    expect(ruleDiagnostics(result, 'meeting-frequency')).toEqual([]);
  });

  it('says it in English too', () => {
    const english = lintDocument(importedDocument(importReport(UNDATED)), { registry: BUILTIN_RULES, settings: settingsFor(), today: '2026-11-24', locale: 'en' });
    expect(ruleDiagnostics(english, 'schema').map((d) => d.message)).toEqual([
      'the report does not say when the inspection gave its feedback: whether it was submitted in time and immediate fixes were done in time cannot be judged, nor from when its commitments count',
      'the report is not dated: whether it was submitted in time cannot be judged, and evidence and completions are measured against the as-of date',
    ]);
  });
});

describe('a plan written as JSON keeps the schema’s words, and a commitment counts from the feedback date unless it says otherwise', () => {
  it('reports a missing feedback date as a missing required property', () => {
    const plan: any = basePlan();
    delete plan.inspection.feedbackDate;
    const [finding] = ruleDiagnostics(lint(toText(plan)), 'schema');
    expect(finding.message).toBe('缺少必填字段“反馈日期”（feedbackDate）');
  });

  it('checks a commitment without `start` from the feedback date', () => {
    const plan: any = basePlan();
    plan.inspection.feedbackDate = '2022-01-01';
    plan.commitments = [{ id: 'c1', text: '每季度至少召开一次专题会议', frequency: { count: 1, per: 'quarter' }, satisfiedBy: { kinds: ['专题会议'] } }];
    plan.meetings = [];
    const result = lint(toText(plan), { asOf: '2022-07-01' });
    expect(ruleDiagnostics(result, 'schema')).toEqual([]);
    expect(ruleDiagnostics(result, 'meeting-frequency').length).toBeGreaterThan(0);
  });
});
