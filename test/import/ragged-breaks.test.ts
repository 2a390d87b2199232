/**
 * Text copied from a web page breaks lines where the page's column ended, at no fixed width: a line stopping on a
 * comma, inside 《…》, or (in such a text) on bare words after a clause runs on into the next, so a measure, a
 * unit's name or a sentence is not cut in two. Lines that end a sentence, headings and short lists stay apart.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { problems } from './helpers.js';

const copied = [
  '区档案局党组关于巡察整改进展情况的通报',
  '',
  '2024年2月26日至4月19日，区委第一巡察组对区档案局党组开展了常规',
  '巡察，并于6月3日反馈了巡察意见。现将整改进展情况公布如下。',
  '一、巡察反馈问题整改情况',
  '（一）关于档案安全管理不到位的问题',
  '1．库房温湿度监测缺失。一是购置温湿度自动监测设备8台，',
  '实现全天候监测；二是修订《区档案局库房管理规定（2024',
  '年修订）》。已完成整改。',
  '2．数字化成果备份不及时。一是对已数字化的档案进行异地备份，共备份数据',
  '3.6TB；二是建立每月增量备份制度。已完成整改。',
].join('\n');

describe('lines broken mid-clause, at no fixed width', () => {
  const { plan, spans } = importReport(copied);
  const [first, second] = problems(plan);

  it('join where a line stops on a comma, inside a bracket, or on bare words after a clause', () => {
    expect(plan.inspection).toMatchObject({ inspectedUnit: '区档案局党组', feedbackDate: '2024-06-03' });
    expect(first.measures?.map((measure) => measure.text)).toEqual(['购置温湿度自动监测设备8台，实现全天候监测', '修订《区档案局库房管理规定（2024年修订）》']);
    expect(second.measures?.map((measure) => measure.text)).toEqual(['对已数字化的档案进行异地备份，共备份数据3.6TB', '建立每月增量备份制度']);
    expect([first.status, second.status]).toEqual(['done', 'done']);
  });

  it('a value run over a break spans both source lines', () => {
    const measure = spans.get(['aspects', 0, 'problems', 1, 'measures', 0, 'text'])!;
    expect(copied.slice(measure.start, measure.end)).toBe('对已数字化的档案进行异地备份，共备份数据\n3.6TB');
  });

  it('leave apart lines that end their sentence, headings, and a list written without full stops', () => {
    const listed = [
      '县民政局党组关于巡察整改情况的报告',
      '',
      '一、关于养老服务监管不严的问题',
      '整改措施：',
      '开展养老机构安全隐患排查，建立问题清单',
      '对排查出的隐患逐项整改，实行销号管理',
      '组织养老护理员培训，提升服务水平',
      '整改状态：已完成',
    ].join('\n');
    const [only] = problems(importReport(listed).plan);
    expect(only.title).toBe('养老服务监管不严');
    expect(only.measures?.map((measure) => measure.text)).toEqual(['开展养老机构安全隐患排查，建立问题清单', '对排查出的隐患逐项整改，实行销号管理', '组织养老护理员培训，提升服务水平']);
    expect(only.status).toBe('done');
  });
});
