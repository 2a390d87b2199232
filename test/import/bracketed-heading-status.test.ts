/**
 * A problem's heading that ends with its status in brackets (3.食堂采购台账不全（已完成）, then the account on the
 * lines below): the bracket is the problem's status, not part of its title, and it is what makes the numbered
 * line a problem. A bracket holding anything else (a count, 已完成3个) stays in the title.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { trailingBracketStatus } from '../../src/import/status-words.js';
import { problems } from './helpers.js';

const report = [
  '中共柳湾乡委员会关于巡察整改进展情况的通报',
  '',
  '一、意识形态工作方面',
  '1.乡村宣传阵地管理缺位（已完成）',
  '清理过期宣传栏42块，明确各村阵地管理员。',
  '2.网络舆情研判不及时(正在整改中)',
  '组建舆情信息员队伍，剩余培训计划于2025年9月底前完成。',
  '二、财经纪律方面',
  '3.食堂采购台账不全【已整改到位】',
  '建立食材采购验收双人签字制度。',
  '4.差旅费报销审核偏松（长期坚持）',
  '财务人员每季度交叉复核一次报销单据。',
].join('\n');

describe('a status in brackets ending a problem heading', () => {
  const { plan, spans } = importReport(report);

  it('reads each numbered heading as a problem with that status and a title without the bracket', () => {
    expect(plan.aspects.map((aspect) => aspect.title)).toEqual(['意识形态工作方面', '财经纪律方面']);
    expect(problems(plan).map((problem) => [problem.id, problem.title, problem.status, problem.statusText])).toEqual([
      ['1.1', '乡村宣传阵地管理缺位', 'done', '已完成'],
      ['1.2', '网络舆情研判不及时', 'in-progress', '正在整改中'],
      ['2.3', '食堂采购台账不全', 'done', '已整改到位'],
      ['2.4', '差旅费报销审核偏松', 'ongoing', '长期坚持'],
    ]);
  });

  it('reads the account under the heading as the measures', () => {
    expect(problems(plan).map((problem) => problem.measures?.map((measure) => measure.text))).toEqual([
      ['清理过期宣传栏42块，明确各村阵地管理员'],
      ['组建舆情信息员队伍，剩余培训计划于2025年9月底前完成'],
      ['建立食材采购验收双人签字制度'],
      ['财务人员每季度交叉复核一次报销单据'],
    ]);
  });

  it('places the status on the bracket and still reads the planned finish below it', () => {
    const status = spans.get(['aspects', 0, 'problems', 1, 'statusText'])!;
    expect(report.slice(status.start, status.end)).toBe('正在整改中');
    expect(report.slice(0, status.start).split('\n').length).toBe(6);
    expect(problems(plan)[1].deadline).toBe('2025-09-30');
  });

  it('leaves a bracket that is no status alone', () => {
    const text = '党的建设方面（已完成3个）';
    expect(trailingBracketStatus(text, 0, text.length)).toBeUndefined();
    const count = '组织建设方面（4个）';
    expect(trailingBracketStatus(count, 0, count.length)).toBeUndefined();
    const status = '干部档案管理混乱（基本完成）';
    expect(trailingBracketStatus(status, 0, status.length)).toBe(8);
  });
});
