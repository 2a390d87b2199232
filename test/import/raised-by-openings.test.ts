/**
 * A problem opened by who raised it before its words (针对巡察指出的“…”问题， / 关于市委巡视组反馈的“…”问题： /
 * 针对巡察发现的…问题，): a paragraph so opened is that problem, titled by its own words alone.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { quotedProblemLength } from '../../src/import/titles.js';

const report = [
  '中共某乡委员会关于巡察整改情况的通报',
  '',
  '一、乡村治理方面',
  '针对巡察指出的“村规民约修订滞后”问题，指导9个村完成村规民约修订，已完成整改。',
  '针对县委巡察组反馈的“矛盾纠纷排查不及时”问题，建立每周排查制度，正在推进。',
  '二、党风廉政方面',
  '关于巡察发现的“村干部兼职取酬”问题，清退违规报酬1.2万元，已完成整改。',
  '对于反馈指出的“村务监督委员会履职不到位”问题，开展履职培训，已完成整改。',
  '针对巡察发现的部分村集体资产底数不清问题，开展清产核资，正在推进。',
].join('\n');

describe('a problem opened by who raised it', () => {
  const { plan } = importReport(report);

  it('reads each such paragraph as a problem titled by its quoted words', () => {
    expect(plan.aspects.map((aspect) => [aspect.title, aspect.problems.map((problem) => [problem.title, problem.status])])).toEqual([
      ['乡村治理方面', [['村规民约修订滞后', 'done'], ['矛盾纠纷排查不及时', 'in-progress']]],
      ['党风廉政方面', [['村干部兼职取酬', 'done'], ['村务监督委员会履职不到位', 'done'], ['部分村集体资产底数不清', 'in-progress']]],
    ]);
  });

  it('still names no problem in 针对巡察反馈的问题 without quoted words', () => {
    const text = '针对巡察反馈的问题，局党组逐条研究。';
    expect(quotedProblemLength(text, 0, text.length)).toBe(0);
  });
});
