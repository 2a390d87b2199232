/**
 * A report with no 下一步工作打算 heading says its outlook in a plain paragraph (下一步，局党组将…) after its last
 * problem and before its signature: that paragraph closes the report, so it is no measure of the last problem and
 * does not hide that problem's own last words (its status). Its commitments are still read, and its words kept.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { problems } from './helpers.js';

const problemsPart = [
  '县林业局党组关于巡察整改情况的报告',
  '',
  '一、生态保护方面',
  '1.护林员巡护不到位',
  '整改情况：推行巡护打卡，清退不在岗护林员9人。',
  '下一步，将对打卡数据每月通报一次。',
  '已完成整改。',
  '2.林地占用审批把关不严',
  '整改情况：对2021年以来占用林地项目全面复核，补办手续4宗。整改完成。',
];
const outlook = '今后，局党组将持续巩固整改成果，每季度至少召开一次巡察整改工作推进会。';
const closing = ['县林业局党组', '2025年3月6日'];

describe('a closing outlook after the last problem', () => {
  const text = [...problemsPart, outlook, ...closing].join('\n');
  const { plan, spans } = importReport(text);

  it('is not the last problem’s measure, and leaves that problem’s status where it stood', () => {
    expect(problems(plan).map((p) => [p.id, p.measures?.length, p.status])).toEqual([
      ['1.1', 2, 'done'],
      ['1.2', 1, 'done'],
    ]);
  });

  it('is kept as the report’s closing words, at its line, and its commitment is read', () => {
    expect(plan.report?.['x-closing' as never]).toEqual([outlook.replace(/。$/u, '')]);
    const at = spans.get(['report', 'x-closing', 0])!;
    expect(text.slice(at.start, at.end)).toBe(outlook.replace(/。$/u, ''));
    expect(plan.commitments?.map((c) => [c.text, c.frequency, c.problemId ?? null])).toEqual([
      ['每月通报一次', { count: 1, per: 'month' }, '1.1'],
      ['每季度至少召开一次巡察整改工作推进会', { count: 1, per: 'quarter', bound: 'at-least' }, null],
    ]);
  });

  it('a 下一步 paragraph inside a problem stays that problem’s; with no closing after it, the last problem keeps it', () => {
    // Problem 1's 下一步 line above is its own (a second measure); so is a last paragraph the report ends on.
    const unsigned = importReport([...problemsPart, outlook].join('\n'));
    expect(problems(unsigned.plan).map((p) => p.measures?.length)).toEqual([2, 2]);
  });
});
