import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { importAndLint, onlyProblem } from './helpers.js';

describe('the document’s own facts', () => {
  it('reads title, issuer and kind from a title line, and the date from the line under the signature', () => {
    const { plan } = importReport('中共某某局党组关于区委第二巡察组反馈意见整改进展情况的报告\n一、反馈问题整改情况\n1.针对甲问题\n整改措施：建立制度\n中共某某局党组\n2023年6月12日\n');
    expect(plan.report).toEqual({ kind: 'progress-report', title: '中共某某局党组关于区委第二巡察组反馈意见整改进展情况的报告', issuer: '中共某某局党组', date: '2023-06-12' });
    // The signature is no stray text of the last problem.
    expect(plan.aspects[0].problems[0]).not.toHaveProperty('x-unrecognized');
  });

  it.each([
    ['关于落实区委第一巡察组反馈意见的整改方案', 'plan'],
    ['关于区委第一巡察组反馈意见整改情况的报告', 'final-report'],
  ])('%s is a %s', (title, kind) => {
    expect(importReport(`${title}\n一、反馈问题整改情况\n`).plan.report.kind).toBe(kind);
  });

  it('takes the unit from a title about its own rectification where the opening does not name it', () => {
    const body = '\n一、管理方面\n1.台账不全\n整改措施：补齐台账。\n';
    const own = importReport(`县气象局党组落实市委第三巡察组反馈意见整改方案${body}`);
    expect(own.plan.inspection.inspectedUnit).toBe('县气象局党组');
    const span = own.spans.get(['inspection', 'inspectedUnit'])!;
    expect([span.start, span.end]).toEqual([0, '县气象局党组'.length]);
    // The opening's own words win; an inspection office's notice names no unit of its own.
    const stated = importReport(`中共县气象局党组关于市委巡察组反馈意见整改情况的报告\n市委第三巡察组对县气象台党支部开展了巡察。${body}`);
    expect(stated.plan.inspection.inspectedUnit).toBe('县气象台党支部');
    expect(importReport(`县委巡察办关于巡察反馈意见整改情况的通报${body}`).plan.inspection.inspectedUnit).toBeUndefined();
    // A title that names the inspection but not its feedback reports the same unit's rectification.
    expect(importReport(`县交通运输局党组关于巡察整改情况的报告${body}`).plan.inspection.inspectedUnit).toBe('县交通运输局党组');
    expect(importReport(`中共县林业局党组关于市委巡视整改进展情况的通报${body}`).plan.inspection.inspectedUnit).toBe('中共县林业局党组');
    expect(importReport(`县林业局党组关于2024年度安全生产整改情况的报告${body}`).plan.inspection.inspectedUnit).toBeUndefined();
  });

  it('takes page chrome as metadata, never as items', () => {
    const { plan } = importReport('索引号：11370/2023-00012\n发布机构：某某区交通运输局\n成文日期：2023-06-12\n发布日期：2023年6月20日\n一、反馈问题整改情况\n1.针对甲问题\n整改措施：建立制度\n责编：张三\n');
    expect(plan.report).toMatchObject({ issuer: '某某区交通运输局', date: '2023-06-12', publicationDate: '2023-06-20' });
    expect(plan['x-unrecognized']).toBeUndefined();
  });

  it('reads 佐证材料 as evidence, guessing each item’s type', () => {
    const problem = onlyProblem('1.针对甲问题\n整改措施：建立制度\n整改状态：已完成\n佐证材料：一是《财务管理制度》；二是党组会议纪要；三是整改台账。\n');
    expect(problem.evidence).toEqual([
      { type: '文件', title: '《财务管理制度》' },
      { type: '会议纪要', title: '党组会议纪要' },
      { type: '台账', title: '整改台账' },
    ]);
  });

  it('keeps text after a problem’s labels, and an aspect’s own words, as unrecognised on their lines', () => {
    const report = '二、反馈问题整改情况\n（一）党建方面\n这一方面共有两个问题。\n1.针对甲问题\n整改措施：建立制度\n整改状态：已完成\n另附说明一则。\n';
    const { imported, result } = importAndLint(report);
    const aspect = imported.plan.aspects[0] as unknown as Record<string, unknown>;
    expect(aspect['x-unrecognized']).toEqual(['这一方面共有两个问题']);
    expect(result.diagnostics.filter((d) => d.ruleId === 'import-unrecognized').map((d) => [d.range.start.line, d.message])).toEqual([
      [3, '未能识别的文字，已原样保留在方面 1：“这一方面共有两个问题”'],
      [7, '未能识别的文字，已原样保留在问题 1.1：“另附说明一则”'],
    ]);
  });

  it('keeps a section that is neither problems nor organisation whole, as one unrecognised passage', () => {
    const { plan } = importReport('一、反馈问题整改情况\n1.针对甲问题\n整改措施：建立制度\n二、附件\n附件1：整改台账。\n');
    expect(plan['x-sections']).toEqual([
      { title: '反馈问题整改情况', kind: 'problems' },
      { title: '附件', kind: 'other' },
    ]);
    expect(plan['x-unrecognized']).toEqual(['二、附件\n附件1：整改台账']);
  });
});
