import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/index.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { parseJsonDocument } from '../../src/core/json-document.js';
import type { Plan } from '../../src/types/plan.js';
import { faithfulReport, fixturePlan } from '../rules/against-plan.js';
import { positionOf, toText } from '../helpers.js';

/** A finding as the comparison sees it: rule, problem and path matter, never the line. */
function finding(ruleId: string, problemId: string | undefined, path: (string | number)[], line = 1): Diagnostic {
  const position = { line, column: 1, offset: 0 };
  return { ruleId, severity: 'error', message: `${ruleId} ${problemId ?? ''}`, path, range: { start: position, end: position }, ...(problemId ? { problemId } : {}) };
}

const version = (plan: Plan, diagnostics: Diagnostic[] = []) => ({ plan, diagnostics });

describe('compareVersions: problems', () => {
  it('finds nothing between a plan and a faithful copy', () => {
    const diff = compareVersions(version(fixturePlan()), version(fixturePlan()));
    expect(diff.problems).toEqual({ added: [], dropped: [], moved: [], changed: [] });
  });

  it('names problems added and dropped, with their places when the documents are given', () => {
    const before = fixturePlan();
    const after = fixturePlan();
    after.aspects[1].problems.splice(2, 1);
    after.aspects[0].problems.push({ id: '1.4', title: '网络直播营销活动监管缺位' });
    const [beforeText, afterText] = [toText(before), toText(after)];
    const diff = compareVersions({ ...version(before), locate: parseJsonDocument(beforeText).locate }, { ...version(after), locate: parseJsonDocument(afterText).locate });
    expect(diff.problems.added.map((p) => [p.id, p.title, p.range!.start.line])).toEqual([['1.4', '网络直播营销活动监管缺位', positionOf(afterText, '{\n          "id": "1.4"').line]]);
    expect(diff.problems.dropped.map((p) => [p.id, p.path, p.range!.start.line])).toEqual([['2.3', ['aspects', 1, 'problems', 2], positionOf(beforeText, '{\n          "id": "2.3"').line]]);
  });

  it('names problems moved: renumbered (matched by title) or under another aspect', () => {
    const after = fixturePlan();
    Object.assign(after.aspects[2].problems[0], { id: '3.2', title: '年轻干部培养力度不足' });
    after.aspects[0].problems.push(after.aspects[1].problems.shift()!);
    const diff = compareVersions(version(fixturePlan()), version(after));
    expect(diff.problems.moved.map((m) => [m.from.id, m.to.id, m.by, m.similarity, m.fromAspect, m.toAspect])).toEqual([
      ['2.1', '2.1', 'id', undefined, '财务管理不规范', '落实意识形态工作责任制不到位'],
      ['3.1', '3.2', 'title', 0.8, undefined, undefined],
    ]);
  });

  it('names each changed field of a matched problem: deadline (and extension), status, responsibility, measures', () => {
    const after = fixturePlan();
    const [p11, p12] = after.aspects[0].problems;
    Object.assign(p11, { status: 'done', responsibleLeader: '党组成员、副局长', responsiblePerson: '股长 孙立' });
    p12.extension = { deadline: '2023-08-31', reason: '需消防部门复查', approvedBy: '县委巡察办', approvalDate: '2023-05-20' };
    p12.measures!.pop();
    const diff = compareVersions(version(fixturePlan()), version(after));
    expect(diff.problems.changed.map((c) => [c.problem.id, c.changes.map((f) => [f.field, f.from, f.to])])).toEqual([
      ['1.1', [['status', '正在推进', '已完成'], ['responsibleLeader', '党组书记、局长', '党组成员、副局长'], ['responsiblePerson', '股长 吴晓燕', '股长 孙立']]],
      ['1.2', [['deadline', '2023-05-31', '2023-05-31（延期至 2023-08-31）'], ['measures', '3', '2']]],
    ]);
    expect(compareVersions(version(fixturePlan()), version(after), 'en').problems.changed[0].changes[0]).toEqual({ field: 'status', from: 'in progress', to: 'done' });
  });
});

describe('compareVersions: findings', () => {
  it('splits findings into fixed, new and remaining by rule, problem and place in it, never by line', () => {
    const before = [finding('overdue', '1.2', ['aspects', 0, 'problems', 1, 'deadline'], 40), finding('require-cause-analysis', '2.2', ['aspects', 1, 'problems', 1], 80)];
    const after = [finding('overdue', '1.2', ['aspects', 0, 'problems', 1, 'deadline'], 44), finding('hollow-measure', '2.2', ['aspects', 1, 'problems', 1, 'measures', 0, 'text'], 90)];
    const { findings } = compareVersions(version(fixturePlan(), before), version(faithfulReport(), after));
    expect([findings.fixed, findings.new, findings.remaining].map((list) => list.map((d) => d.ruleId))).toEqual([['require-cause-analysis'], ['hollow-measure'], ['overdue']]);
    expect(findings.remaining[0].range.start.line).toBe(44);
  });

  it('follows a renumbered problem: its finding remains; a dropped problem’s findings are gone with it, not fixed', () => {
    const after = fixturePlan();
    Object.assign(after.aspects[2].problems[0], { id: '3.2', title: '年轻干部培养力度不足' });
    after.aspects[1].problems.splice(2, 1);
    const before = [finding('overdue', '3.1', ['aspects', 2, 'problems', 0, 'deadline']), finding('overdue', '2.3', ['aspects', 1, 'problems', 2, 'deadline'])];
    const { findings } = compareVersions(version(fixturePlan(), before), version(after, [finding('overdue', '3.2', ['aspects', 2, 'problems', 0, 'deadline'])]));
    expect([findings.remaining.length, findings.fixed.length, findings.new.length, findings.goneWithProblem.map((d) => d.problemId)]).toEqual([1, 0, 0, ['2.3']]);
  });

  it('counts repeated identical findings one for one', () => {
    const twice = [finding('meeting-frequency', undefined, ['commitments', 0]), finding('meeting-frequency', undefined, ['commitments', 0])];
    const { findings } = compareVersions(version(fixturePlan(), twice), version(fixturePlan(), twice.slice(1)));
    expect([findings.fixed.length, findings.remaining.length]).toEqual([1, 1]);
  });
});
