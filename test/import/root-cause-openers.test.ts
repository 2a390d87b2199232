/**
 * Cause analyses written as the root of the problem (问题根源在于…, 造成这一问题的主要原因是…, 深挖根源，主要是…,
 * 原因在于…) open a cause analysis in prose as 经剖析 does; the measures after them stay measures.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { problems } from './helpers.js';

const report = [
  '县司法局党组巡察整改情况报告',
  '',
  '一、法治建设方面',
  '1.普法宣传针对性不强。造成这一问题的主要原因是普法需求调研不够。一是开展普法需求问卷调查；二是编印以案释法读本。已完成整改。',
  '2.法律援助案件质量不高。问题根源在于案件质量评估机制缺失。一是建立案件质量评查制度；二是开展援助律师培训。正在推进。',
  '3.人民调解员队伍老化。深挖根源，主要是调解员补贴偏低。一是提高调解补贴标准；二是招录专职调解员。已完成整改。',
].join('\n');

describe('causes named as the root', () => {
  const { plan } = importReport(report);

  it('reads the root as the cause and the rest as measures', () => {
    expect(problems(plan).map((problem) => [problem.title, problem.causes, problem.measures?.length, problem.status])).toEqual([
      ['普法宣传针对性不强', ['普法需求调研不够'], 2, 'done'],
      ['法律援助案件质量不高', ['案件质量评估机制缺失'], 2, 'in-progress'],
      ['人民调解员队伍老化', ['调解员补贴偏低'], 2, 'done'],
    ]);
  });
});
