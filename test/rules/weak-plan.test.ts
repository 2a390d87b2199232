import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, settingsFor } from '../helpers.js';

const FILE = resolve(import.meta.dirname, '../../examples/weak-plan.json');
const text = readFileSync(FILE, 'utf8');
const lines = text.split('\n');

/** Each finding as [rule, line, column, what the source holds there], so a moved finding shows what it moved to. */
function findingsUnder(preset: 'recommended' | 'strict' | 'publish') {
  return lint(text, { settings: settingsFor(preset) }).diagnostics.map((d) => {
    const { line, column } = d.range.start;
    return [d.ruleId, line, column, lines[line - 1].slice(column - 1, column - 1 + 12)];
  });
}

describe('examples/weak-plan.json: complete on paper, hollow in substance', () => {
  const recommended = findingsUnder('recommended');

  it('passes every core check: the hollowness is all the new rules find', () => {
    expect(recommended.filter(([rule]) => ['schema', 'parse', 'require-cause-analysis', 'require-responsible-leader', 'require-deadline', 'require-measures', 'completed-requires-evidence', 'meeting-frequency'].includes(String(rule)))).toEqual([]);
  });

  it('gets exactly the findings a careful reviewer would make, under rectlint:recommended', () => {
    expect(recommended).toEqual([
      ['report-timeliness', 17, 13, '"2023-03-10"'], // the final report is 18 days past the 2-month window
      ['principal-is-first-responsible', 28, 50, '"党组副书记、副局长" '], // the deputy, not the secretary, is named first responsible
      ['hollow-measure', 53, 38, '"进一步加强校园食品安全'], // 1.1.1 is a slogan
      ['completed-after-deadline', 59, 29, '"2023-02-10"'], // 1.1 finished 10 days late, no extension
      ['status-contradiction', 78, 23, '"11部电梯已全部完成检'], // 1.2 is "done" but 下一步将建立台账
      ['principal-owns-key-problems', 95, 32, '"党组成员、副局长 孙某'], // 三重一大 owned by a deputy
      ['overdue', 98, 23, '"2023-02-28"'], // 2.1 still open 10 days after its deadline
      ['immediate-fix-done', 123, 29, '"2023-01-15"'], // 立行立改, but finished after the feedback
      ['formalism-only', 137, 11, '"measures": '], // 2.3: a meeting, a study session and a circular
      ['vague-responsibility', 163, 36, '"各科室、各市场监管所"'], // 3.1 owned by everyone
      ['evidence-date-range', 173, 72, '"2021-06-01"'], // 3.1's only evidence is a 2021 rule
      ['open-status-needs-plan', 176, 9, '{'], // 3.2 持续整改 with no next milestone (placed on the problem)
      ['vague-deadline', 187, 99, '"近期" }'], // 3.2.2 "近期"
      ['open-status-needs-plan', 192, 25, '"执法人员多、分散在各所'], // 人手紧 is not a ground for 持续整改
      ['duplicate-evidence', 208, 23, '"经过集中整改，该问题已'], // 3.3's progress pasted from 1.1
      ['duplicate-evidence', 211, 86, '"云市监党组纪〔2023'], // 3.3's only evidence is 2.3's minutes
    ]);
  });

  it('and nothing on what a reviewer would accept: the 《制度》 measures, 已将 (object marker), the 缴款书 serial', () => {
    const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    const flagged = new Set(findingsUnder('publish').map(([, line]) => line));
    for (const needle of ['修订《云溪区市场监督管理局“三重一大”', '制定2023年度执法人员培训计划', 'No.13907712346', '对全区62家学校食堂开展全覆盖']) {
      expect(lineOf(needle), needle).toBeGreaterThan(0);
      expect(flagged.has(lineOf(needle)), needle).toBe(false);
    }
  });

  it('fails one check per problem a rule finds fault with, and counts only the problems each rule applies to', () => {
    const { score } = lint(text, { settings: settingsFor('recommended') });
    const tallies = Object.fromEntries(score.byRule.map((t) => [t.ruleId, `${t.passed}/${t.applicable}`]));
    expect(tallies).toMatchObject({
      'report-timeliness': '0/1',
      'principal-is-first-responsible': '0/1',
      overdue: '0/1', // only 2.1 is open with a dated deadline
      'completed-after-deadline': '4/5', // the five completed problems with a dated deadline
      'immediate-fix-done': '0/1',
      'vague-deadline': '0/1', // only 3.2.2 words its deadline
      'open-status-needs-plan': '0/1', // its two findings fail one check
      'status-contradiction': '5/6',
      'evidence-date-range': '5/6',
      'duplicate-evidence': '7/8', // its two findings on 3.3 fail one check
      'hollow-measure': '7/8',
      'formalism-only': '7/8',
      'vague-responsibility': '7/8',
      'principal-owns-key-problems': '1/2', // 2.1 and 2.3 concern key topics
    });
    // The one error returns the plan, so it is 不合格 whatever the score.
    expect(score.grade.key).toBe('fail');
  });

  it('adds the publication gate under rectlint:publish: the personal phone number and the missing supervision contact', () => {
    const added = findingsUnder('publish').filter((f) => !recommended.some((r) => r[0] === f[0] && r[1] === f[1] && r[2] === f[2]));
    expect(added).toEqual([
      ['disclosure-contact', 13, 3, '"report": {'],
      ['no-personal-data', 122, 23, '"已将违规发放的加班补贴'],
    ]);
  });

  it('adds the systemic-measure suggestions under rectlint:strict', () => {
    const added = findingsUnder('strict').filter((f) => !recommended.some((r) => r[0] === f[0] && r[1] === f[1] && r[2] === f[2]));
    expect(added).toEqual([
      ['disclosure-contact', 13, 3, '"report": {'],
      ['systemic-measure', 52, 11, '"measures": '],
      ['systemic-measure', 73, 11, '"measures": '],
      ['systemic-measure', 117, 11, '"measures": '],
      ['no-personal-data', 122, 23, '"已将违规发放的加班补贴'],
      ['systemic-measure', 137, 11, '"measures": '],
      ['systemic-measure', 185, 11, '"measures": '],
      ['systemic-measure', 203, 11, '"measures": '],
    ]);
  });
});
