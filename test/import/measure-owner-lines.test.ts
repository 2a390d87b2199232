/**
 * A plan that gives each numbered measure its own owner and time limit on the lines after it (not in a bracketed
 * aside): the labels belong to the measure above them, the first measure's as much as the later ones'. Labels after
 * a list's last measure, with no next measure, are the problem's own.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { problems } from './helpers.js';

const plan = [
  '县财政局党组巡察整改方案',
  '',
  '二、财务管理方面',
  '1.公务接待超标准的问题',
  '整改措施：',
  '（1）清退超标准接待费用。',
  '责任科室：财务科',
  '完成时限：2024年5月31日',
  '（2）修订公务接待管理办法。',
  '责任科室：办公室',
  '完成时限：2024年8月31日',
  '2.固定资产账实不符的问题',
  '整改措施：',
  '（1）开展资产清查。',
  '（2）建立资产台账。',
  '责任科室：资产科',
  '完成时限：2024年9月30日',
].join('\n');

describe('owner labels on the lines after each numbered measure', () => {
  const { plan: read, spans } = importReport(plan);
  const [first, second] = problems(read);

  it('give every measure its own owner and time limit, the first one included', () => {
    expect(first.measures?.map((m) => [m.text, m.owner, m.deadline])).toEqual([
      ['清退超标准接待费用', '财务科', '2024-05-31'],
      ['修订公务接待管理办法', '办公室', '2024-08-31'],
    ]);
    // The problem is due when its last measure is, and answers to the departments its measures name.
    expect([first.deadline, first.responsibleDepartment]).toEqual(['2024-08-31', '财务科；办公室']);
    const owner = spans.get(['aspects', 0, 'problems', 0, 'measures', 0, 'owner'])!;
    expect(plan.slice(owner.start, owner.end)).toBe('财务科');
  });

  it('leave labels after a list\'s last measure to the problem', () => {
    expect(second.measures?.map((m) => [m.text, m.owner, m.deadline])).toEqual([
      ['开展资产清查', undefined, undefined],
      ['建立资产台账', undefined, undefined],
    ]);
    expect([second.deadline, second.responsibleDepartment]).toEqual(['2024-09-30', '资产科']);
  });
});

describe('measures listed without markers', () => {
  it('are parted at the semicolons of a 整改措施 label, each placed on its words', () => {
    const text = ['县农业农村局党组巡察整改方案', '', '一、资金管理方面', '1.农机补贴审核不严', '整改措施：逐户复核补贴对象；追回违规资金；建立公示制度。'].join('\n');
    const { plan: read, spans } = importReport(text);
    expect(problems(read)[0].measures?.map((m) => m.text)).toEqual(['逐户复核补贴对象', '追回违规资金', '建立公示制度']);
    const second = spans.get(['aspects', 0, 'problems', 0, 'measures', 1, 'text'])!;
    expect(text.slice(second.start, second.end)).toBe('追回违规资金');
  });
});
