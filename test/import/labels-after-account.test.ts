/**
 * Labels that follow an account on the same paragraph (…：一是…；二是…。完成时限：…。办结情况：…), on a problem's
 * heading or on the paragraph under it, are the problem's fields: the account stays its measures, no value carries
 * a label's words.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { problems } from './helpers.js';

const report = [
  '县医保局党组关于巡察整改落实情况的报告',
  '',
  '一、基金监管方面',
  '（1）定点药店违规刷卡查处不力：一是开展定点药店专项检查；二是约谈违规药店负责人9人。完成时限：2024年7月底。办结情况：已办结。',
  '（2）异地就医备案流程繁琐',
  '一是推行线上备案；二是压缩办理时限至1个工作日。时间节点：2024年9月底。整改状态：正在推进。',
].join('\n');

describe('labels after an account on its paragraph', () => {
  const { plan, spans } = importReport(report);
  const [first, second] = problems(plan);

  it('on the heading: the title, then the measures, then the fields', () => {
    expect(first).toMatchObject({ title: '定点药店违规刷卡查处不力', deadline: '2024-07-31', status: 'done', statusText: '已办结' });
    expect(first.measures?.map((m) => m.text)).toEqual(['开展定点药店专项检查', '约谈违规药店负责人9人']);
    const deadline = spans.get(['aspects', 0, 'problems', 0, 'deadlineText'])!;
    expect(report.slice(deadline.start, deadline.end)).toBe('2024年7月底');
  });

  it('on the paragraph under the heading alike', () => {
    expect(second).toMatchObject({ title: '异地就医备案流程繁琐', deadline: '2024-09-30', status: 'in-progress' });
    expect(second.measures?.map((m) => m.text)).toEqual(['推行线上备案', '压缩办理时限至1个工作日']);
    expect(JSON.stringify(plan)).not.toMatch(/时间节点|整改状态|完成时限|办结情况/u);
  });
});
