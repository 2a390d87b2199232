/**
 * Reports as units publish them after an inspection (整改进展情况的通报, 巡视整改情况的报告), often copied from the
 * government web page that shows them, with the page's menus, fields and footer (test/import/published/): what a
 * careful reader takes from each, and which findings a correct checker gives and must not give.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/core/lint.js';
import type { ImportedPlan } from '../../src/import/import-report.js';
import { readReport } from '../../src/import/read-report.js';
import { BUILTIN_RULES, settingsFor } from '../helpers.js';
import { docx } from './docx-fixture.js';
import type { Problem } from '../../src/types/plan.js';
import { importAndLint, problems } from './helpers.js';

const PUBLISHED = join(import.meta.dirname, 'published');
const read = (name: string) => readFileSync(join(PUBLISHED, name), 'utf8');

function imported(name: string, asOf: string) {
  const { imported: report, result } = importAndLint(read(name), { markdown: name.endsWith('.md'), asOf });
  const findings = result.diagnostics.filter((d) => d.ruleId !== 'import-unrecognized');
  return { plan: report.plan, findings, unrecognized: result.diagnostics.filter((d) => d.ruleId === 'import-unrecognized') };
}

/** Aspects as [id, title, [problem id, title]…]. */
function outline(plan: ImportedPlan) {
  return plan.aspects.map((aspect) => [aspect.id ?? null, aspect.title, aspect.problems.map((problem) => [problem.id, problem.title])]);
}

/** What each problem says: measures, deadline, status, whether it has evidence. */
function fields(problem: Problem) {
  const evidence = (problem.evidence?.length ?? 0) + (problem.measures ?? []).reduce((n, measure) => n + (measure.evidence?.length ?? 0), 0);
  return [problem.measures?.length ?? 0, problem.deadline ?? null, problem.status ?? null, evidence > 0];
}

/** The findings of a rule, as the ids of the problems they are on (or the plan-level message). */
const ruleFindings = (findings: { ruleId: string; message: string }[], rule: string) => findings.filter((d) => d.ruleId === rule).map((d) => d.message);

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

  it('page fields in other shapes: a date opening the line, fields between bars, 浏览：, a share bar, 【我要纠错】, Copyright', () => {
    const { plan, unrecognized } = imported('web-copy-date-first.txt', '2024-03-05');
    expect(plan.report).toMatchObject({ date: '2024-03-04', publicationDate: '2024-03-05', title: '中共丰川县农业农村局党组关于县委第三巡察组巡察反馈意见整改情况的通报' });
    expect(plan.report['x-chrome' as keyof typeof plan.report]).toMatchObject({ 发布时间: '2024-03-05 10:21', 来源: '县农业农村局', 浏览: '128次', 时间: '2024年03月05日', 分享到: '微信 微博 QQ空间' });
    expect(chromeText(plan)).toContain('Copyright © 2024');
    expect(unrecognized).toEqual([]);
    expect(outline(plan)).toEqual([[null, '反馈问题整改情况', [['1', '高标准农田建设项目管护不到位'], ['2', '农机购置补贴审核把关不严']]]]);
    expect(problems(plan).map(fields)).toEqual([
      [2, null, 'done', false],
      [2, null, 'done', true],
    ]);
  });

  it('in the body, a line is no chrome for a word it shares with a page: a measure naming 技术支持, a row between bars', () => {
    const { imported: plan } = importAndLint('一、反馈问题整改情况\n1.针对甲问题不到位\n整改措施：\n邀请专家提供技术支持\n序号 | 问题 | 措施 | 责任单位\n整改进展：已完成\n');
    const [problem] = problems(plan.plan);
    expect(problem.measures?.map((m) => m.text)).toEqual(['邀请专家提供技术支持']);
    expect((problem as { 'x-unrecognized'?: string[] })['x-unrecognized']).toEqual(['序号 | 问题 | 措施 | 责任单位']);
    expect(plan.plan.report).not.toHaveProperty('x-chrome');
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

describe('problems as published reports give them', () => {
  it('（一）关于“…”的问题 over measures one a numbered line and a closing 整改情况： is one problem with its measures', () => {
    const { plan, findings } = imported('web-copy-heavy-chrome.txt', '2024-03-05');
    expect(outline(plan)).toEqual([
      [
        null,
        '巡察反馈问题的整改情况',
        [
          ['1', '落实食品安全‘两个责任’不够到位'],
          ['2', '特种设备安全隐患排查不彻底'],
          ['3', '行政处罚案件办理不规范'],
          ['4', '基层党支部‘三会一课’制度落实不严'],
          ['5', '干部队伍年龄结构老化，专业人才缺乏'],
        ],
      ],
    ]);
    expect(problems(plan).map(fields)).toEqual([
      [3, null, 'done', true],
      [2, null, 'done', false],
      [2, null, 'done', true],
      [2, null, 'done-ongoing', false],
      [2, '2024-12-31', 'in-progress', false],
    ]);
    expect(problems(plan)[4]).toMatchObject({ statusText: '正在整改中', progress: '计划于2024年12月底前完成', measures: [{ text: '制定年度干部培训计划，开展业务大练兵' }, { text: '向县委组织部申请公开招录食品、药品专业人员' }] });
    expect(plan.declared).toMatchObject({ problems: 5, completed: 4, inProgress: 1 });
    expect(plan.organization?.leadingGroup?.leader).toEqual({ name: '邓国华', post: '党组书记、局长' });
    expect(ruleFindings(findings, 'completed-requires-evidence')).toEqual(['问题 2 标为“已完成”，但没有佐证材料', '问题 4 标为“已完成并长期坚持”，但没有佐证材料']);
    for (const rule of ['declared-count', 'declared-arithmetic', 'require-measures', 'disclosure-contact', 'overdue']) expect(ruleFindings(findings, rule)).toEqual([]);
  });

  it('the status closing the last numbered line under a 关于“…”的问题 heading is the problem’s, its lines the measures', () => {
    const { plan, findings } = imported('quoted-headings-status-on-last-line.txt', '2023-09-01');
    expect(outline(plan)).toEqual([[null, '反馈问题整改情况', [['1', '统计数据质量把关不严'], ['2', '统计人员业务能力不足'], ['3', '基层统计基础工作薄弱']]]]);
    expect(problems(plan).map(fields)).toEqual([
      [2, null, 'done', true],
      [2, null, 'done', false],
      [2, '2023-12-31', 'in-progress', false],
    ]);
    expect(problems(plan)[1].measures?.map((m) => m.text)).toEqual(['组织全员业务培训4期', '选派2名业务骨干到市统计局跟班学习']);
    expect(plan.declared).toMatchObject({ problems: 3, completed: 2, inProgress: 1 });
    for (const rule of ['declared-count', 'declared-arithmetic', 'require-measures']) expect(ruleFindings(findings, rule)).toEqual([]);
  });

  it('problems quoted only in their measures’ paragraph (针对“…”的问题，一是…二是…) are problems, their 一是… the measures', () => {
    const { plan, findings } = imported('quoted-problems-in-measures.txt', '2023-11-30');
    expect(outline(plan)).toEqual([
      ['1', '贯彻落实党的路线方针政策和区委决策部署方面', [['1.1', '老旧小区改造项目推进缓慢'], ['1.2', '建筑工地扬尘治理不到位'], ['1.3', '燃气安全监管存在薄弱环节']]],
      ['2', '落实全面从严治党责任方面', [['2.1', '工程招投标监管不严'], ['2.2', '公务用车管理不规范']]],
      ['3', '基层党组织建设和干部队伍建设方面', [['3.1', '机关党支部组织生活不规范'], ['3.2', '干部轮岗交流不够']]],
    ]);
    expect(problems(plan).map(fields)).toEqual([
      [3, null, 'done', false],
      [2, null, 'done', true],
      [3, '2024-06-30', 'in-progress', false],
      [2, null, 'done', true],
      [2, null, 'done-ongoing', false],
      [2, null, 'done', false],
      [2, null, 'in-progress', true],
    ]);
    expect(problems(plan)[0].measures?.map((m) => m.text)).toEqual([
      '成立老旧小区改造工作专班，实行一个项目一名领导包保',
      '倒排工期，对12个未开工小区逐一明确开工时间',
      '每月召开一次调度会，通报进度',
    ]);
    expect(plan.inspection).toMatchObject({ team: '区委第二巡察组', inspectedUnit: '区住房和城乡建设局党组', feedbackDate: '2023-07-14', period: { start: '2023-04-06', end: '2023-06-02' } });
    expect(plan.report).toMatchObject({ publicationDate: '2023-11-30', date: '2023-11-28' });
    expect(plan.declared).toMatchObject({ aspects: 3, problems: 7, completed: 5, inProgress: 2 });
    // 每月召开一次调度会 is a measure told in prose: a report that keeps no meeting log is not short of meetings.
    for (const rule of ['declared-count', 'declared-arithmetic', 'require-measures', 'meeting-frequency', 'disclosure-contact']) expect(ruleFindings(findings, rule)).toEqual([]);
    expect(plan.commitments?.map((c) => c.text)).toEqual(['每月召开一次调度会']);
  });

  it('a Markdown report: bold numbered 关于“…”问题 lines, 一是…。二是…。 sentences as measures, 整改进展： as the status', () => {
    const { plan, findings } = imported('markdown-report-bold-problems.md', '2023-09-18');
    expect(outline(plan)).toEqual([
      ['1', '贯彻落实上级决策部署方面', [['1.1', '农村公路养护资金使用不规范'], ['1.2', '交通建设项目审批效率不高'], ['1.3', '安全生产监管存在盲区']]],
      ['2', '全面从严治党方面', [['2.4', '落实中央八项规定精神有差距'], ['2.5', '党风廉政建设责任制压得不实'], ['2.6', '选人用人程序不够规范']]],
    ]);
    expect(problems(plan).map(fields)).toEqual([
      [3, null, 'done', true],
      [2, null, 'done', false],
      [3, '2023-10-31', 'in-progress', false],
      [2, null, 'done', false],
      [3, null, 'ongoing', false],
      [2, null, 'done', false],
    ]);
    expect(problems(plan).some((problem) => problem.feedback !== undefined)).toBe(false);
    expect(plan.report).toMatchObject({ title: '中共青峰市交通运输局委员会关于市委巡察反馈意见整改情况的报告', date: '2023-09-15', publicationDate: '2023-09-18' });
    expect(plan.declared).toMatchObject({ aspects: 2, problems: 6, measures: 15, completed: 4, inProgress: 1, ongoing: 1 });
    for (const rule of ['declared-count', 'declared-arithmetic', 'require-measures']) expect(ruleFindings(findings, rule)).toEqual([]);
  });

  it('“…”问题。（1）…（2）…: quoted titles lose their quotes, (1) items are measures, 剩余部分正在整改中 a status', () => {
    const { plan, findings } = imported('gov-index-table-quoted-titles.txt', '2024-04-22');
    // 每月开展一次暗访督查, 每月到村指导不少于2次: commitments, but no meeting log to hold them against.
    for (const rule of ['meeting-frequency', 'declared-count', 'declared-arithmetic', 'require-measures', 'overdue']) expect(ruleFindings(findings, rule)).toEqual([]);
    expect(outline(plan)).toEqual([
      ['1', '落实党的路线方针政策方面', [['1.1', '产业扶持项目后续管理缺位'], ['1.2', '耕地撂荒整治不彻底']]],
      ['2', '全面从严治党和基层党建方面', [['2.3', '村级财务管理不规范'], ['2.4', '村干部坐班值班制度执行不严'], ['2.5', '软弱涣散村党组织整顿成效不明显']]],
    ]);
    expect(problems(plan).map(fields)).toEqual([
      [2, null, 'done', false],
      [2, '2024-10-31', 'in-progress', false],
      [2, null, 'done', false],
      [2, null, 'done', true],
      [2, null, 'in-progress', false],
    ]);
  });
});

describe('a web page saved as Word', () => {
  // The page's lines as Word paragraphs: chrome above the title, the report, 打印本页 关闭窗口 below.
  const lines = read('docx-saved-page.txt').split('\n').filter((line) => line !== '');

  it('reads as its text copy does: chrome, facts, aspects, problems, measures and statuses, placed in the Word file', async () => {
    const bytes = await docx(lines);
    const read = await readReport(bytes, '巡视整改情况的报告.docx');
    if ('error' in read) throw new Error(read.error.en);
    const plan = read.imported.plan;
    expect(plan).toEqual(imported('docx-saved-page.txt', '2024-06-03').plan);
    expect(plan.report).toMatchObject({ title: '省水利厅党组关于巡视整改情况的报告', issuer: '省水利厅党组', date: '2024-06-01', publicationDate: '2024-06-03' });
    expect(plan.inspection).toMatchObject({ team: '省委第五巡视组', kind: '巡视', inspectedUnit: '省水利厅党组', feedbackDate: '2024-01-18' });
    expect(plan.organization?.leadingGroup).toBeDefined();
    expect(plan.declared).toMatchObject({ aspects: 3, problems: 8, tasks: 32, completed: 6, ongoing: 2 });
    expect(outline(plan).map(([id, title, list]) => [id, title, (list as string[][]).map(([problemId]) => problemId)])).toEqual([
      ['1', '贯彻落实党中央决策部署和省委工作要求方面', ['1.1', '1.2', '1.3']],
      ['2', '全面从严治党方面', ['2.4', '2.5', '2.6']],
      ['3', '领导班子和干部队伍建设方面', ['3.7', '3.8']],
    ]);
    expect(problems(plan).map(fields)).toEqual([
      [3, null, 'done', true],
      [2, null, 'done-ongoing', false],
      [2, null, 'done', true],
      [3, null, 'done', false],
      [2, null, 'done', false],
      [2, null, 'ongoing', false],
      [2, null, 'done', false],
      [2, null, 'ongoing', false],
    ]);
    expect(chromeText(plan)).toContain('打印本页  关闭窗口');
    // A finding on the first problem is placed on its Word paragraph.
    const result = lintDocument(read.document, { registry: BUILTIN_RULES, settings: settingsFor(), today: '2026-11-24', locale: 'zh-CN', asOf: '2024-06-03' });
    const onFirst = result.diagnostics.find((d) => d.ruleId === 'require-cause-analysis');
    expect(onFirst?.range.start.line).toBe(lines.indexOf('1.水资源刚性约束制度落实不到位') + 1);
    expect(result.diagnostics.filter((d) => d.ruleId === 'import-unrecognized')).toEqual([]);
    // 8 problems 细化为整改任务32项, told as 18 一是… measures: a doubt, not an error.
    expect(result.diagnostics.filter((d) => d.ruleId === 'declared-count').map((d) => [d.severity, d.message])).toEqual([
      ['warn', '报告申报 32 项整改任务，实际列出 18 项整改措施（整改任务按措施计数，仅作警告）'],
    ]);
  });
});
