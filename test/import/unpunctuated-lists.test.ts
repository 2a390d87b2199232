/**
 * A label alone on its line over lines written without stops (整改措施： / 一行一项，无句号) lists one item a line up
 * to the next label: the last line is an item too, not the title of an item that the next label would open.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { problems } from './helpers.js';

describe('a list without stops under a label alone', () => {
  it('keeps its last line before the next label as an item', () => {
    const text = [
      '县林业局党组关于巡察整改情况的报告',
      '',
      '一、关于护林员管理松散的问题',
      '具体措施：',
      '重新核定护林员巡护区域，明确巡护路线',
      '推行巡护轨迹手机定位，每月通报一次',
      '对连续两月不达标的护林员予以解聘',
      '责任领导：副局长 艾青',
    ].join('\n');
    const { plan, spans } = importReport(text);
    const [only] = problems(plan);
    expect(only.measures?.map((measure) => measure.text)).toEqual(['重新核定护林员巡护区域，明确巡护路线', '推行巡护轨迹手机定位，每月通报一次', '对连续两月不达标的护林员予以解聘']);
    expect(only.responsibleLeader).toBe('副局长 艾青');
    const last = spans.get(['aspects', 0, 'problems', 0, 'measures', 2, 'text'])!;
    expect(text.slice(0, last.start).split('\n').length).toBe(7);
  });

  it('still takes a short line after stopped sentences as the next item title', () => {
    const text = [
      '县林业局党组关于巡察整改情况的报告',
      '',
      '一、队伍建设方面',
      '问题：护林员巡护不到位。',
      '整改措施：',
      '重新核定巡护区域。',
      '推行轨迹定位。',
      '防火物资储备不足',
      '问题：部分站点灭火器材过期。',
      '整改措施：更新灭火器材。',
    ].join('\n');
    const titles = problems(importReport(text).plan).map((problem) => problem.title);
    expect(titles).toEqual(['护林员巡护不到位', '防火物资储备不足']);
  });
});
