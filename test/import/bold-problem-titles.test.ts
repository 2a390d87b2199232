/**
 * A Word report whose problems are titled by paragraphs set in bold, with no number and no style (their aspects
 * numbered 一、 above them, their labels in plain paragraphs below): each bold paragraph is a problem's heading. A bold
 * run inside a paragraph, or a bold paragraph that is a sentence or a label, stays what it is.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/import/read-report.js';
import { docxFromXml, escapeXml, p } from './docx-fixture.js';

const bold = (words: string) => `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escapeXml(words)}</w:t></w:r></w:p>`;
const partlyBold = (strong: string, rest: string) =>
  `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escapeXml(strong)}</w:t></w:r><w:r><w:t xml:space="preserve">${escapeXml(rest)}</w:t></w:r></w:p>`;

describe('bold paragraphs as problem titles', () => {
  it('reads each bold paragraph as a problem under the numbered aspect above it', async () => {
    const body = [
      p('县人力资源和社会保障局党组巡察整改情况报告'),
      bold('局党组召开专题会议3次，逐项研究整改。'),
      p('一、就业服务方面'),
      bold('零工市场信息发布不及时'),
      p('整改措施：开通零工信息小程序，每日更新岗位。'),
      p('整改进展：已完成整改。'),
      bold('职业技能培训补贴审核不严'),
      p('整改措施：对补贴申领材料实行双人复核。'),
      partlyBold('整改进展：', '正在推进。'),
      p('二、作风建设方面'),
      bold('窗口工作人员脱岗'),
      p('整改措施：推行窗口巡查通报制度。'),
      p('整改进展：长期坚持。'),
    ].join('');
    const read = await readReport(await docxFromXml(body), 'report.docx');
    if ('error' in read) throw new Error(read.error.en);
    const { plan } = read.imported;
    expect(plan.aspects.map((aspect) => [aspect.title, aspect.problems.map((problem) => [problem.id, problem.title, problem.status])])).toEqual([
      ['就业服务方面', [['1.1', '零工市场信息发布不及时', 'done'], ['1.2', '职业技能培训补贴审核不严', 'in-progress']]],
      ['作风建设方面', [['2.1', '窗口工作人员脱岗', 'ongoing']]],
    ]);
    // The bold sentence before the aspects is kept as words, not taken for a problem.
    expect(plan['x-unrecognized']).toEqual(['局党组召开专题会议3次，逐项研究整改']);
  });
});
