/**
 * Status wordings reports use that were not read: on schedule (正在按计划推进, 正按序时进度推进, 按计划有序推进中),
 * a stage reached (已完成阶段性任务: basically done, not done), fixed at once (已立行立改), carried out (该项任务已落实).
 * 已落实 followed by what was carried out (已落实“三会一课”制度，…) is an account, not a status.
 */
import { describe, expect, it } from 'vitest';
import { closingStatus } from '../../src/import/status-words.js';

const statusOf = (sentence: string) => closingStatus(sentence, 0, sentence.length)?.status;

describe('more status wordings', () => {
  it('reads each as its status', () => {
    expect(['目前该项工作正在按计划推进。', '各项任务正按序时进度推进。', '剩余工作按计划有序推进中。'].map(statusOf)).toEqual(['in-progress', 'in-progress', 'in-progress']);
    expect(statusOf('目前已完成阶段性任务，持续推进中。')).toBe('basically-done');
    expect(statusOf('该问题已立行立改。')).toBe('done');
    expect(statusOf('此项任务已落实。')).toBe('done');
  });

  it('leaves an account that carries on after 已落实 alone', () => {
    expect(statusOf('已落实党费收缴台账制度，每月核对。')).toBeUndefined();
  });
});
