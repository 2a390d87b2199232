/**
 * 问题（一）/ 任务(2) opening a problem's line with its title straight after the bracket is a problem mark: the
 * title is the words after it, not 问题（一）… itself.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { readMark } from '../../src/import/marks.js';
import { problems } from './helpers.js';

describe('问题（一） as a mark', () => {
  it('is read with its ordinal and noun, its length the mark only', () => {
    const line = '问题(三)车辆台账不全';
    expect(readMark(line, 0, line.length, {})).toMatchObject({ style: 'wenti', ordinal: 3, noun: '问题', span: { start: 0, end: 5 } });
  });

  it('gives problems titled by the words after it', () => {
    const text = '县机关事务局党组关于巡察整改情况的报告\n\n一、资产管理方面\n问题（一）公物仓调剂使用率低\n整改措施：建立调剂台账。\n问题（二）车辆台账不全\n整改措施：补登车辆信息。\n';
    const { plan, spans } = importReport(text);
    expect(problems(plan).map((problem) => problem.title)).toEqual(['公物仓调剂使用率低', '车辆台账不全']);
    const title = spans.get(['aspects', 0, 'problems', 1, 'title'])!;
    expect(text.slice(title.start, title.end)).toBe('车辆台账不全');
  });
});
