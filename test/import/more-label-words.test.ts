/**
 * Label words units write that were not read as labels: 主要表现 (the feedback), 责任主体 (the department, as in a
 * ledger's header), 责任人员 / 具体负责人 (the person), 包案领导 (the leader).
 */
import { describe, expect, it } from 'vitest';
import { onlyProblem } from './helpers.js';

describe('more label words', () => {
  it('reads each as its field', () => {
    const problem = onlyProblem(
      [
        '县信访局党组巡察整改方案',
        '',
        '一、信访工作方面',
        '（一）关于重复信访化解不力的问题',
        '主要表现：部分重复信访事项三年未结。',
        '整改措施：实行领导包案化解。',
        '包案领导：副局长 岑溪',
        '责任主体：办信科',
        '具体负责人：科长 古道',
        '完成时限：2025年6月30日',
      ].join('\n'),
    );
    expect([problem.feedback, problem.responsibleLeader, problem.responsibleDepartment, problem.responsiblePerson, problem.deadline]).toEqual([
      '部分重复信访事项三年未结',
      '副局长 岑溪',
      '办信科',
      '科长 古道',
      '2025-06-30',
    ]);
  });
});
