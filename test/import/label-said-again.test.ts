/**
 * A label said again with no other label between (完成情况：已完成完成情况：已完成, a paste doubled) is the same
 * item's field, not a list of items: only a repeat after other labels, or of the problem's own label
 * (问题：A 问题：B), starts the next item.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { problems } from './helpers.js';

const heading = ['市水务局党组关于巡察整改情况的报告', '', '一、工程管理方面'];

describe('a label said again', () => {
  it('keeps a doubled status label in its one problem', () => {
    const { plan } = importReport(
      [...heading, '1.河道保洁外包合同未公开招标', '完成情况：已完成完成情况：已完成完成情况：已完成', '整改措施：重新组织公开招标。'].join('\n'),
    );
    const all = problems(plan);
    expect(all).toHaveLength(1);
    expect(all[0].status).toBe('done');
    expect(all[0].measures?.map((m) => m.text)).toEqual(['重新组织公开招标']);
  });

  it('still parts records whose label comes back after others', () => {
    const { plan } = importReport(
      [...heading, '整改措施：补签合同。完成情况：已完成。整改措施：清退多付款项。完成情况：正在推进。'].join('\n'),
    );
    expect(problems(plan).map((p) => [p.measures?.map((m) => m.text), p.status])).toEqual([
      [['补签合同'], 'done'],
      [['清退多付款项'], 'in-progress'],
    ]);
  });

  it('still lists problems named one after another by their own label', () => {
    const { plan } = importReport([...heading, '问题：泵站巡检记录缺失。问题：闸门维保台账不全。'].join('\n'));
    expect(problems(plan).map((p) => p.feedback)).toEqual(['泵站巡检记录缺失', '闸门维保台账不全']);
  });
});
