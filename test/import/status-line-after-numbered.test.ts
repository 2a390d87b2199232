/**
 * Under a heading naming a problem, numbered lines one measure each and then a status paragraph of its own with no
 * label (目前该问题已办结。): the lines are the problem's measures, the paragraph its status; the lines are no problems.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { problems } from './helpers.js';

const report = [
  '县退役军人事务局党组关于巡察整改情况的报告',
  '',
  '一、反馈问题整改情况',
  '（一）关于优抚对象信息更新不及时的问题',
  '1.对全县优抚对象信息逐户核对。',
  '2.建立信息季度更新制度。',
  '目前该问题已办结。',
  '（二）关于服务站建设不达标的问题',
  '1.为9个村级服务站配齐办公设备。',
  '2.开展服务站标准化验收。',
  '该问题正在整改中。',
].join('\n');

describe('a status paragraph after numbered measure lines', () => {
  const { plan, spans } = importReport(report);

  it('makes the heading the problem, the numbered lines its measures, the paragraph its status', () => {
    expect(problems(plan).map((problem) => [problem.title, problem.measures?.map((m) => m.text), problem.status])).toEqual([
      ['优抚对象信息更新不及时', ['对全县优抚对象信息逐户核对', '建立信息季度更新制度'], 'done'],
      ['服务站建设不达标', ['为9个村级服务站配齐办公设备', '开展服务站标准化验收'], 'in-progress'],
    ]);
    const status = spans.get(['aspects', 0, 'problems', 0, 'statusText'])!;
    expect(report.slice(status.start, status.end)).toBe('已办结');
    expect(report.slice(0, status.start).split('\n').length).toBe(7);
  });
});
