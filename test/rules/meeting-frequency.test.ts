import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { at, lintWithRule, positionOf, ruleDiagnostics, toText } from '../helpers.js';

const RULE = 'meeting-frequency';

describe(RULE, () => {
  it('passes when every complete quarter has its meeting; the current quarter is not yet due', () => {
    // As of 2022-07-10: Q1 and Q2 are complete and held; Q3 is still running.
    expect(ruleDiagnostics(lintWithRule(toText(basePlan()), RULE), RULE)).toEqual([]);
  });

  it('reports the missed periods of a commitment as one finding listing them with their counts, on the commitment text', () => {
    const plan = basePlan();
    plan.meetings = [{ date: '2022-03-10', kind: '安全生产工作分析会' }];
    const text = toText(plan);
    const found = ruleDiagnostics(lintWithRule(text, RULE, { asOf: '2022-10-01' }), RULE);
    expect(found.map((d) => [d.messageId, d.message, at(d)])).toEqual([
      ['missedPeriods', '2 个周期未达到要求：2022年第二季度（0次）、2022年第三季度（0次）（每个周期要求至少1次；每季度至少召开一次安全生产工作分析会）', positionOf(text, '"每季度至少召开一次')],
    ]);
    const [english] = ruleDiagnostics(lintWithRule(text, RULE, { asOf: '2022-10-01', locale: 'en' }), RULE);
    expect(english.message).toBe('2 periods short of the commitment: 2022 Q2 (none held), 2022 Q3 (none held) (required at least 1 each; 每季度至少召开一次安全生产工作分析会)');
  });

  it('six missed quarters are one finding, not six at one place; a long run names the first twelve and how many more', () => {
    const plan = basePlan();
    plan.meetings = [{ date: '2022-03-10', kind: '安全生产工作分析会' }, { date: '2022-11-10', kind: '安全生产工作分析会' }];
    const found = ruleDiagnostics(lintWithRule(toText(plan), RULE, { asOf: '2024-01-01' }), RULE);
    expect(found.map((d) => d.message)).toEqual(['6 个周期未达到要求：2022年第二季度（0次）、2022年第三季度（0次）、2023年第一季度（0次）、2023年第二季度（0次）、2023年第三季度（0次）、2023年第四季度（0次）（每个周期要求至少1次；每季度至少召开一次安全生产工作分析会）']);
    plan.commitments![0].frequency = { count: 1, per: 'month' };
    plan.meetings = [];
    const [monthly] = ruleDiagnostics(lintWithRule(toText(plan), RULE, { asOf: '2024-01-01' }), RULE);
    expect(monthly.message).toMatch(/^24 个周期未达到要求：2022年1月（0次）、.*、2022年12月（0次），另有 12 个周期（每个周期要求至少1次；/);
  });

  it('counts the periods of a span of eight thousand years from the meetings, without listing them all', () => {
    // A monthly commitment since 1950 checked as of 9999-12-31 spans 96 599 complete months: 3 met, the rest missed.
    const plan = basePlan();
    plan.commitments![0] = { ...plan.commitments![0], frequency: { count: 1, per: 'month' }, start: '1950-01-01' };
    plan.meetings = ['1950-01-10', '1950-03-10', '2022-03-10'].map((date) => ({ date, kind: '安全生产工作分析会' }));
    const [d] = ruleDiagnostics(lintWithRule(toText(plan), RULE, { asOf: '9999-12-31' }), RULE);
    expect(d.message).toMatch(/^96596 个周期未达到要求：1950年2月（0次）、1950年4月（0次）、1950年5月（0次）、.*、1951年2月（0次），另有 96584 个周期（/);
    // Held exactly twice a year: only periods with meetings can be off, and a span with none held in it misses each.
    plan.commitments![0].frequency = { count: 0, per: 'year', bound: 'exactly' };
    const [exactlyNone] = ruleDiagnostics(lintWithRule(toText(plan), RULE, { asOf: '9999-12-31' }), RULE);
    expect(exactlyNone.message).toMatch(/^2 个周期未达到要求：1950年（2次）、2022年（1次）（每个周期要求0次；/);
  });

  it('counts only meetings of the kinds that satisfy the commitment, with their count', () => {
    const plan = basePlan();
    plan.commitments = [{ id: 'c2', text: '每半年召开一次党风廉政工作会议', frequency: { count: 2, per: 'half-year' }, start: '2022-01-01', satisfiedBy: { kinds: ['党风廉政工作会议'] } }];
    plan.meetings = [
      { date: '2022-02-10', kind: '党风廉政工作会议', count: 2 },
      { date: '2022-03-10', kind: '党组会议', count: 5 },
    ];
    expect(ruleDiagnostics(lintWithRule(toText(plan), RULE, { asOf: '2022-07-01' }), RULE)).toEqual([]);
    const [d] = ruleDiagnostics(lintWithRule(toText(plan), RULE, { asOf: '2023-01-01', locale: 'en' }), RULE);
    expect(d.message).toBe('2022 H2: required at least 2, none held (每半年召开一次党风廉政工作会议)');
  });

  it('also counts a meeting of another kind that names the commitment', () => {
    const plan = basePlan();
    plan.meetings = [
      { date: '2022-03-10', kind: '安全生产工作分析会' },
      { date: '2022-05-20', kind: '党组会议', title: '研究安全生产工作', commitments: ['c1'] },
      { date: '2022-05-21', kind: '党组会议', commitments: ['other'] },
    ];
    expect(ruleDiagnostics(lintWithRule(toText(plan), RULE), RULE)).toEqual([]);
    plan.meetings[1].commitments = ['other'];
    expect(ruleDiagnostics(lintWithRule(toText(plan), RULE), RULE).map((d) => d.message.slice(0, 9))).toEqual(['2022年第二季度']);
  });

  it('does not judge a plan that keeps no meeting log; an empty log says none were held', () => {
    const plan = basePlan();
    delete plan.meetings;
    const result = lintWithRule(toText(plan), RULE, { asOf: '2022-10-01' });
    expect(ruleDiagnostics(result, RULE)).toEqual([]);
    expect(result.score.byRule.find((tally) => tally.ruleId === RULE)).toBeUndefined();
    plan.meetings = [];
    expect(ruleDiagnostics(lintWithRule(toText(plan), RULE, { asOf: '2022-10-01' }), RULE).map((d) => d.message.slice(0, 9))).toEqual(['3 个周期未达到要']);
  });

  it('skips a partial first period unless asked, and stops at the commitment’s end', () => {
    const plan = basePlan();
    plan.commitments![0].start = '2022-02-18';
    plan.meetings = [];
    const quarters = (options = {}) => ruleDiagnostics(lintWithRule(toText(plan), RULE, { asOf: '2022-07-10', ...options }), RULE).map((d) => d.message.replace(/（每个周期.*|：要求.*/, ''));
    expect(quarters()).toEqual(['2022年第二季度']);
    expect(quarters({ ruleOptions: { includePartialFirstPeriod: true } })).toEqual(['2 个周期未达到要求：2022年第一季度（0次）、2022年第二季度（0次）']);
    plan.commitments![0].end = '2022-03-31';
    expect(quarters({ ruleOptions: { includePartialFirstPeriod: true } })).toEqual(['2022年第一季度']);
  });

  it('holds an exact frequency both ways', () => {
    const plan = basePlan();
    plan.commitments![0].frequency = { count: 1, per: 'quarter', bound: 'exactly' };
    plan.meetings!.push({ date: '2022-06-20', kind: '安全生产工作分析会' });
    const found = ruleDiagnostics(lintWithRule(toText(plan), RULE), RULE);
    expect(found.map((d) => d.message)).toEqual(['2022年第二季度：要求1次，实际2次（每季度至少召开一次安全生产工作分析会）']);
  });

  it('does not count a period that ends on the as-of date as complete', () => {
    const plan = basePlan();
    plan.meetings = [{ date: '2022-03-10', kind: '安全生产工作分析会' }];
    expect(ruleDiagnostics(lintWithRule(toText(plan), RULE, { asOf: '2022-06-30' }), RULE)).toEqual([]);
    expect(ruleDiagnostics(lintWithRule(toText(plan), RULE, { asOf: '2022-07-01' }), RULE)).toHaveLength(1);
  });
});
