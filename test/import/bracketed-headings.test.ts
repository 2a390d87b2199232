/**
 * Aspects set in brackets on a line of their own (【安全生产方面】), their problems unnumbered blocks opened by a
 * label (存在问题：…): the bracketed line is the aspect's heading, not words of the first problem; a bracketed
 * label (【整改措施】) stays a label. A bracketed title followed by labels on its line is a problem told on one line.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { problems } from './helpers.js';

const report = [
  '县应急管理局党委巡察整改落实情况报告',
  '',
  '【安全生产监管方面】',
  '',
  '反馈问题：危化品企业执法检查频次偏低',
  '【整改措施】一是制定年度执法计划；二是对全县23家危化品企业开展全覆盖检查。',
  '【整改结果】已完成整改。',
  '',
  '反馈问题：应急预案演练走过场',
  '【整改措施】组织乡镇开展实战化演练9场。',
  '【整改结果】正在推进。',
  '',
  '〖机关作风建设方面〗',
  '',
  '反馈问题：值班备勤制度执行不严',
  '【整改措施】修订值班管理规定，每周抽查一次。',
  '【整改结果】长期坚持。',
].join('\n');

describe('aspect headings in brackets', () => {
  const { plan, spans } = importReport(report);

  it('reads the bracketed lines as aspects and the label blocks as their problems', () => {
    expect(plan.aspects.map((aspect) => aspect.title)).toEqual(['安全生产监管方面', '机关作风建设方面']);
    expect(problems(plan).map((problem) => [problem.id, problem.title, problem.measures?.length, problem.status])).toEqual([
      ['1.1', '危化品企业执法检查频次偏低', 2, 'done'],
      ['1.2', '应急预案演练走过场', 1, 'in-progress'],
      ['2.1', '值班备勤制度执行不严', 1, 'ongoing'],
    ]);
    const title = spans.get(['aspects', 1, 'title'])!;
    expect(report.slice(title.start, title.end)).toBe('机关作风建设方面');
  });
});

describe('a bracketed problem title followed by its labels', () => {
  const text = [
    '县科协党组巡察整改情况报告',
    '',
    '一、服务科技工作者方面',
    '【学会党建工作覆盖不全】整改措施：一是在7个学会建立功能型党支部；二是选派党建指导员。整改情况：已完成整改。',
    '【科普阵地使用率低】整改措施：推行科普馆预约开放。整改情况：正在推进。',
  ].join('\n');
  const { plan } = importReport(text);

  it('reads the bracket as the title and the labels as its fields', () => {
    expect(problems(plan).map((problem) => [problem.id, problem.title, problem.measures?.length, problem.status])).toEqual([
      ['1.1', '学会党建工作覆盖不全', 2, 'done'],
      ['1.2', '科普阵地使用率低', 1, 'in-progress'],
    ]);
  });
});
