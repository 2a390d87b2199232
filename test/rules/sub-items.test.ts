import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/types/plan.js';
import { basePlan } from '../fixtures/base-plan.js';
import { lint, toText } from '../helpers.js';

const CORE = ['require-cause-analysis', 'require-responsible-leader', 'require-deadline', 'require-measures', 'completed-requires-evidence'];

/** A problem split into sub-items: the parent gives nothing of its own, each item gives everything. */
function splitProblem(): Problem {
  const whole = basePlan().aspects[0].problems[0];
  const { id, title, status, ...fields } = whole;
  return {
    id,
    title,
    status,
    items: [
      { id: '1.1.1', title: '审批时间超限', ...structuredClone(fields) },
      { id: '1.1.2', title: '体外循环', ...structuredClone(fields) },
    ],
  };
}

function findings(problem: Problem) {
  const plan = basePlan();
  plan.aspects[0].problems = [problem];
  return lint(toText(plan)).diagnostics.filter((d) => CORE.includes(d.ruleId)).map((d) => [d.problemId, d.ruleId]);
}

describe('sub-items, the same way for every field', () => {
  it('a parent split into sub-items that each answer passes every core rule', () => {
    expect(findings(splitProblem())).toEqual([]);
  });

  it('a sub-item that leaves a field out takes its parent’s', () => {
    const problem = splitProblem();
    const item = problem.items![0];
    for (const field of ['causes', 'responsibleLeader', 'deadline', 'measures'] as const) {
      (problem as any)[field] = structuredClone((item as any)[field]);
      delete (item as any)[field];
    }
    expect(findings(problem)).toEqual([]);
  });

  it('when neither the parent nor a sub-item answers, the sub-item is reported', () => {
    const problem = splitProblem();
    const item = problem.items![1];
    delete item.causes;
    delete item.responsibleLeader;
    delete item.deadline;
    item.measures = [];
    expect(findings(problem)).toEqual([
      ['1.1.2', 'require-cause-analysis'],
      ['1.1.2', 'require-deadline'],
      ['1.1.2', 'require-responsible-leader'],
      ['1.1.2', 'require-measures'],
    ]);
  });

  it('a completed parent counts the evidence of its sub-items and their measures', () => {
    const problem = splitProblem();
    problem.status = 'done';
    for (const item of problem.items!) delete item.evidence;
    expect(findings(problem)).toEqual([]);
    for (const item of problem.items!) delete item.measures![0].evidence;
    // The parent, and each sub-item's completed measure.
    expect(findings(problem).filter(([, rule]) => rule === 'completed-requires-evidence')).toEqual([
      ['1.1', 'completed-requires-evidence'],
      ['1.1.1', 'completed-requires-evidence'],
      ['1.1.2', 'completed-requires-evidence'],
    ]);
  });

  it('a sub-sub-item takes what the nearest enclosing problem gives', () => {
    const problem = splitProblem();
    const item = problem.items![0];
    const { responsibleLeader } = item;
    delete problem.items![1].responsibleLeader;
    (problem as any).responsibleLeader = responsibleLeader;
    delete item.responsibleLeader;
    item.items = [{ id: '1.1.1.1', title: '审批超时的具体事项', causes: ['未建立超时预警'] }];
    expect(findings(problem)).toEqual([]);
  });
});
