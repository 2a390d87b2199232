/**
 * An official document prints its 文号 on a line under the title (某统党〔2024〕15号), then the addressee: the 文号
 * is kept with the page's words and the addressee is still read as the addressee, not left unrecognised.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';

const report = [
  '中共某县档案馆党支部关于巡察整改情况的报告',
  '某档党〔2025〕3号',
  '',
  '县委巡察办：',
  '县委第一巡察组于2025年3月4日向党支部反馈了巡察意见。现将整改情况报告如下。',
  '一、档案安全方面',
  '1.库房温湿度监测不到位。更换监测设备6台，已完成整改。',
].join('\n');

describe('a 文号 line under the title', () => {
  const { plan } = importReport(report);

  it('keeps the number with the page and reads the addressee', () => {
    expect(plan.report).toMatchObject({ 'x-chrome': { 页面: '某档党〔2025〕3号' }, 'x-addressee': '县委巡察办' });
    expect(plan['x-unrecognized']).toBeUndefined();
    expect(plan.aspects[0].problems.map((problem) => [problem.title, problem.status])).toEqual([['库房温湿度监测不到位', 'done']]);
  });
});
