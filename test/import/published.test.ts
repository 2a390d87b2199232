/**
 * Reports as units publish them after an inspection (整改进展情况的通报, 巡视整改情况的报告), often copied from the
 * government web page that shows them, with the page's menus, fields and footer (test/import/published/): what a
 * careful reader takes from each, and which findings a correct checker gives and must not give.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportedPlan } from '../../src/import/import-report.js';
import { importAndLint } from './helpers.js';

const PUBLISHED = join(import.meta.dirname, 'published');
const read = (name: string) => readFileSync(join(PUBLISHED, name), 'utf8');

function imported(name: string, asOf: string) {
  const { imported: report, result } = importAndLint(read(name), { markdown: name.endsWith('.md'), asOf });
  const findings = result.diagnostics.filter((d) => d.ruleId !== 'import-unrecognized');
  return { plan: report.plan, findings, unrecognized: result.diagnostics.filter((d) => d.ruleId === 'import-unrecognized') };
}

/** Every word the plan took from the page's chrome. */
const chromeText = (plan: ImportedPlan) => Object.entries(plan.report['x-chrome' as keyof typeof plan.report] ?? {}).join('\n');

describe('page chrome of a published report', () => {
  it('a plain-text copy of a web page: menus, breadcrumb, page fields, controls and footer are chrome, never items', () => {
    const { plan, unrecognized, findings } = imported('web-copy-heavy-chrome.txt', '2024-03-05');
    expect(plan.report).toMatchObject({
      kind: 'progress-report',
      title: '中共丰川县市场监督管理局党组关于县委第四巡察组巡察反馈意见整改进展情况的通报',
      issuer: '中共丰川县市场监督管理局党组',
      date: '2024-03-04',
      publicationDate: '2024-03-05',
      contacts: [
        { kind: 'phone', value: '0739-5821046' },
        { kind: 'mailbox', value: '丰川县城南大道18号县市场监管局办公室' },
        { kind: 'email', value: 'fcscjg@163.com' },
      ],
    });
    expect(plan.report['x-chrome' as keyof typeof plan.report]).toMatchObject({
      当前位置: '首页 > 信息公开 > 法定主动公开内容 > 巡察整改',
      发布时间: '2024-03-05 10:21',
      来源: '丰川县市场监督管理局',
      版权所有: '丰川县人民政府',
    });
    // Every line of the page's own words is kept as chrome: none is unrecognised, none is in a section or an item.
    for (const line of ['机构概况', '无障碍浏览', '【字体：大 中 小】', '【打印本页】【关闭窗口】', '扫一扫在手机打开当前页', '相关链接', '中国政府网', '湘公网安备']) {
      expect(chromeText(plan)).toContain(line);
    }
    expect(unrecognized).toEqual([]);
    const body = JSON.stringify([plan.aspects, plan['x-sections']]);
    for (const words of ['打印', '扫一扫', '版权所有', 'ICP', '首页', '相关链接']) expect(body).not.toContain(words);
    expect(findings.filter((d) => d.range.start.line <= 7 || d.range.start.line >= 46)).toEqual([]);
  });

  it('a totals-only notice under a site’s menu: its title, page date and totals, and no finding about a list it never gives', () => {
    const { plan, findings, unrecognized } = imported('totals-only-notice.txt', '2024-01-12');
    expect(plan.report).toMatchObject({
      kind: 'notice',
      title: '中共云栖县教育局党组关于县委第一巡察组巡察反馈意见整改进展情况的通报',
      issuer: '中共云栖县教育局党组',
      date: '2024-01-10',
      publicationDate: '2024-01-12',
    });
    expect(plan.inspection).toMatchObject({ team: '县委第一巡察组', inspectedUnit: '县教育局党组', feedbackDate: '2023-08-29' });
    expect(plan.declared).toMatchObject({ aspects: 4, problems: 15, measures: 48, completed: 12, inProgress: 3, completionRate: '80%' });
    expect(plan.aspects).toEqual([]);
    expect(chromeText(plan)).toContain('上一篇');
    expect(chromeText(plan)).toContain('网站地图 | 联系我们 | 隐私声明');
    expect(findings.filter((d) => d.severity !== 'info')).toEqual([]);
    for (const rule of ['require-problems', 'declared-count', 'declared-arithmetic', 'disclosure-contact']) expect(findings.map((d) => d.ruleId)).not.toContain(rule);
    expect(unrecognized.map((d) => d.range.start.line).filter((line) => line <= 5 || line >= 17)).toEqual([]);
  });

  it('an information-disclosure table above the title: 索引号, 名　　称, 文　　号 are page fields; the title is the document’s', () => {
    const { plan } = imported('gov-index-table-quoted-titles.txt', '2024-04-22');
    expect(plan.report).toMatchObject({
      title: '中共白沙镇委员会关于县委第二巡察组巡察反馈意见整改进展情况的通报',
      issuer: '中共白沙镇委员会',
      date: '2024-04-20',
    });
    expect(plan.report['x-chrome' as keyof typeof plan.report]).toMatchObject({ 索引号: '11430521MB1234567X/2024-00031', 分类: '党务公开', 发文日期: '2024-04-22' });
    expect(plan.inspection).toMatchObject({ team: '县委第二巡察组', inspectedUnit: '白沙镇党委', feedbackDate: '2023-12-15' });
    expect(plan.declared).toMatchObject({ aspects: 2, problems: 5, completed: 3, inProgress: 2 });
    expect(plan['x-unrecognized']).toBeUndefined();
  });
});

