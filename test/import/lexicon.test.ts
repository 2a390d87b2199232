import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.js';
import { loadConfig } from '../../src/config/load-config.js';
import { importReport } from '../../src/import/import-report.js';
import { FIELD_IDS, FIELDS, Lexicon } from '../../src/import/lexicon.js';
import { foldWidth } from '../../src/import/width.js';
import { tempProject } from '../temp-project.js';

describe('the field lexicon', () => {
  const lexicon = Lexicon.of();

  it.each([
    ['原因分析', 'causes'],
    ['问题根源', 'causes'],
    ['整改措施：', 'measures'],
    ['整改任务', 'measures'],
    ['整改目标', 'goal'],
    ['问题表现', 'feedback'],
    ['整改完成情况', 'progress'],
    ['牵头领导', 'leader'],
    ['责任科室', 'department'],
    ['配合单位', 'cooperating'],
    ['具体责任人', 'person'],
    ['时间节点', 'deadline'],
    ['佐证资料', 'evidence'],
    ['整 改 时 限', 'deadline'],
  ])('%s names %s', (label, field) => {
    expect(lexicon.fieldOfLabel(label)).toBe(field);
  });

  it('finds the longest label at a position, in width-folded text', () => {
    const text = foldWidth('■整改完成情况：已完成');
    expect(lexicon.labelAt(text, 1)).toEqual({ field: 'progress', label: '整改完成情况' });
    expect(lexicon.labelAt(text, 0)).toBeUndefined();
    expect(lexicon.labelAt('具体责任人:张三', 0)).toEqual({ field: 'person', label: '具体责任人' });
  });

  it('does not read words that only begin like a label as one', () => {
    expect(lexicon.fieldOfLabel('整改措施落实')).toBeUndefined();
    expect(lexicon.fieldOfLabel('序号')).toBeUndefined();
  });

  it.each([
    ['序号', 'sequence'],
    ['问题类别', 'aspect'],
    ['反馈问题', 'feedback'],
    ['整改时限（年月）', 'deadline'],
    ['具体整改措施', 'measures'],
    ['责任单位*', 'department'],
    ['是否完成', 'status'],
    ['佐证资料清单', 'evidence'],
    ['责任人姓名', 'person'],
    ['整改时限要求', 'deadline'],
  ])('reads the column header %s as %s', (header, field) => {
    expect(lexicon.fieldOfHeader(header)).toBe(field);
  });

  it('takes an office’s own words, as labels and headers (fields) or as headers only (columns)', () => {
    const office = Lexicon.of({ fields: { causes: ['问题症结'] }, columns: { deadline: ['限办日'] } });
    expect(office.fieldOfLabel('问题症结')).toBe('causes');
    expect(office.fieldOfHeader('问题症结')).toBe('causes');
    expect(office.fieldOfLabel('限办日')).toBeUndefined();
    expect(office.fieldOfHeader('限办日')).toBe('deadline');
    expect(lexicon.fieldOfLabel('问题症结')).toBeUndefined();
    expect(Lexicon.of({ fields: { causes: ['问题症结'] }, columns: { deadline: ['限办日'] } })).toBe(office);
  });

  it('lets an office move a word to another field: its own mapping wins', () => {
    expect(Lexicon.of({ fields: { outcome: ['完成情况'] } }).fieldOfLabel('完成情况')).toBe('outcome');
  });

  it('gives every field a Chinese and an English name, and no label to two fields', () => {
    const owner = new Map<string, string>();
    for (const id of FIELD_IDS) {
      expect(FIELDS[id].zh).toMatch(/[\u4e00-\u9fff]/u);
      expect(FIELDS[id].en).not.toBe('');
      for (const label of FIELDS[id].labels) {
        expect(owner.get(label), label).toBeUndefined();
        owner.set(label, id);
      }
    }
  });
});

describe('the config’s import section', () => {
  it('joins the words of every layer', async () => {
    const root = tempProject({
      'base.json': { import: { fields: { causes: ['问题症结'] } } },
      'rectlint.config.json': { extends: ['./base.json'], import: { fields: { causes: ['根源'], goal: ['工作目标'] }, columns: { deadline: ['限办日'] } } },
    });
    const config = await loadConfig(join(root, 'rectlint.config.json'));
    expect(config.import).toEqual({ fields: { causes: ['问题症结', '根源'], goal: ['工作目标'] }, columns: { deadline: ['限办日'] } });
  });

  it('rejects an unknown field, naming it', async () => {
    const root = tempProject({ 'rectlint.config.json': { import: { fields: { reasons: ['原因'] } } } });
    const error = await loadConfig(join(root, 'rectlint.config.json')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain('reasons');
  });
});

describe('label words units use for owners and dates', () => {
  it('reads 整改责任人 as the person, 完成时间节点 / 时间要求 / 计划完成时间 as the deadline', () => {
    const text = [
      '县气象台党支部关于巡察整改情况的报告',
      '',
      '一、业务方面',
      '1.预警信息发布滞后',
      '整改责任人：副台长 云舒',
      '完成时间节点：2025年4月底',
      '2.观测设备维护不及时',
      '时间要求：2025年6月',
      '3.值班制度执行不严',
      '计划完成时间：2025年2月28日',
    ].join('\n');
    const [first, second, third] = importReport(text).plan.aspects[0].problems;
    expect([first.responsiblePerson, first.deadline, second.deadline, third.deadline]).toEqual(['副台长 云舒', '2025-04-30', '2025-06-30', '2025-02-28']);
  });
});
