/**
 * Two labels joined into one (牵头领导/责任科室：…/…, 责任领导及责任单位：…) give each its own value when a slash parts
 * the values; without one (两位领导、一个科室 could not be told apart) the first label takes them all.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { problems } from './helpers.js';

const report = [
  '县档案馆党支部关于巡察整改情况的报告',
  '',
  '一、档案管理方面',
  '1.档案借阅登记不全',
  '整改措施：补登借阅记录。',
  '牵头领导/责任科室：副馆长 宗杰／利用科',
  '2.库房钥匙管理松散',
  '整改措施：实行双人双锁。',
  '责任领导及责任单位：馆长 巫山、保管科',
].join('\n');

describe('two labels joined into one', () => {
  const { plan, spans } = importReport(report);
  const [first, second] = problems(plan);

  it('parts the values at the slash, each placed on its own words', () => {
    expect([first.responsibleLeader, first.responsibleDepartment]).toEqual(['副馆长 宗杰', '利用科']);
    const department = spans.get(['aspects', 0, 'problems', 0, 'responsibleDepartment'])!;
    expect(report.slice(department.start, department.end)).toBe('利用科');
  });

  it('gives the first label everything when no slash parts the values', () => {
    expect([second.responsibleLeader, second.responsibleDepartment]).toEqual(['馆长 巫山、保管科', undefined]);
    expect(second.measures?.map((m) => m.text)).toEqual(['实行双人双锁']);
  });
});
