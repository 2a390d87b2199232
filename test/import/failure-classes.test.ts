/**
 * The three ways the first importer misread reports (issue 14), each in a report of its own words: a list flattened
 * into one problem, an aspect titled like an organising section dropped, and common labels and headings not read.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/import/read-report.js';
import { importAndLint, problems } from './helpers.js';
import { docxFromXml, numbering, p } from './docx-fixture.js';
import { importReport } from '../../src/import/import-report.js';

describe('sections 基本情况 / 整改落实情况 / 下一步打算 around （一） aspects and 1. problems', () => {
  const report = [
    '中共北岸区审计局党组关于区委第三巡察组反馈意见整改进展情况的报告',
    '2022年11月2日，区委第三巡察组向区审计局党组反馈了巡察意见，指出2个方面4个问题。',
    '一、基本情况',
    '局党组召开专题会议研究整改工作，成立整改工作领导小组，逐项明确责任和时限。',
    '二、整改落实情况',
    '（一）审计监督职能发挥不充分',
    '1．审计项目计划编制随意，临时增减项目较多。一是制定年度审计项目计划管理办法；二是计划调整须经局党组审议。该问题已完成整改。',
    '2．审计发现问题移送不及时。一是建立问题线索移送台账；二是每月通报移送情况。目前，该问题正在推进。',
    '（二）机关内部管理不规范',
    '1．固定资产账实不符。一是全面清查固定资产；二是对盘亏资产查明原因。该问题已完成整改。',
    '2．公务用车加油卡管理松散。一是加油卡统一保管；二是每月核对加油记录。该问题已完成整改。',
    '三、下一步打算',
    '局党组将持续跟踪未完成问题，一是倒排工期；二是开展整改回头看。',
    '',
  ].join('\n');

  it('reads two aspects and four problems, not one problem named 基本情况', () => {
    const { plan } = importReport(report);
    expect(plan.aspects.map((aspect) => [aspect.id, aspect.title, aspect.problems.length])).toEqual([
      ['1', '审计监督职能发挥不充分', 2],
      ['2', '机关内部管理不规范', 2],
    ]);
    expect(problems(plan).map((problem) => [problem.id, problem.title, problem.measures?.length, problem.status])).toEqual([
      ['1.1', '审计项目计划编制随意，临时增减项目较多', 2, 'done'],
      ['1.2', '审计发现问题移送不及时', 2, 'in-progress'],
      ['2.1', '固定资产账实不符', 2, 'done'],
      ['2.2', '公务用车加油卡管理松散', 2, 'done'],
    ]);
    expect(plan['x-sections']?.map((section) => section.kind)).toEqual(['organization', 'problems', 'next-steps']);
  });

  it('so declared-count finds the 2 aspects and 4 problems it declares', () => {
    const { imported, result } = importAndLint(report, { asOf: '2023-02-01' });
    expect(imported.plan.declared).toMatchObject({ aspects: 2, problems: 4 });
    expect(result.diagnostics.filter((d) => d.ruleId === 'declared-count')).toEqual([]);
  });
});

describe('an aspect titled like an organising section (…主体责任方面)', () => {
  const report = [
    '关于市委第一巡察组反馈意见整改情况的报告',
    '2021年7月6日，市委第一巡察组向市水务局党组反馈了巡察意见，指出3个问题。',
    '一、加强组织领导，压实整改责任',
    '（一）迅速部署。局党组第一时间召开会议研究部署整改工作。',
    '（二）细化方案。制定整改方案，明确整改措施、责任领导和完成时限。',
    '二、落实全面从严治党主体责任方面',
    '1.党组研究党风廉政建设不经常。针对该问题，一是每季度专题研究一次；二是建立班子成员责任清单。该问题已完成整改。',
    '2.对下属水厂监督检查偏松。针对该问题，一是开展专项检查；二是约谈水厂负责人。该问题已完成整改。',
    '三、强化组织领导和班子建设方面',
    '1.民主生活会批评与自我批评不够深入。针对该问题，一是会前开展谈心谈话；二是会后制定整改清单。目前，该问题已基本完成整改。',
    '',
  ].join('\n');

  it('keeps its problems: the section is an aspect because problems stand under it', () => {
    const { plan } = importReport(report);
    expect(plan.aspects.map((aspect) => [aspect.id, aspect.title, aspect.problems.map((problem) => problem.id)])).toEqual([
      ['2', '落实全面从严治党主体责任方面', ['2.1', '2.2']],
      ['3', '强化组织领导和班子建设方面', ['3.1']],
    ]);
    expect(problems(plan).map((problem) => problem.status)).toEqual(['done', 'done', 'basically-done']);
    // The organising section's (一)(二) are its paragraphs, not problems.
    expect(plan['x-sections']?.map((section) => [section.title, section.kind])).toEqual([
      ['加强组织领导，压实整改责任', 'organization'],
      ['落实全面从严治党主体责任方面', 'problems'],
      ['强化组织领导和班子建设方面', 'problems'],
    ]);
  });

  it('never drops text silently: what fits nowhere is an import-unrecognized finding', () => {
    const odd = `${report}四、其他说明\n本报告附件另行报送。\n`;
    const { result } = importAndLint(odd, { asOf: '2021-12-31' });
    expect(result.diagnostics.filter((d) => d.ruleId === 'import-unrecognized').map((d) => d.range.start.line)).toEqual([11]);
  });
});

describe('labels and headings reports commonly use', () => {
  it('问题1： headings with 【原因分析】, ■整改措施：, **整改措施：** and 整改任务/整改目标/整改完成情况 labels', () => {
    const report = [
      '一、作风建设方面',
      '问题1：窗口服务态度生硬，群众投诉较多。',
      '【原因分析】窗口人员服务意识不强，考核不严',
      '■整改措施：一是开展文明服务培训；二是实行群众评价与绩效挂钩',
      '责任单位：政务服务中心　整改时限：3个月',
      '整改完成情况：已完成。培训窗口人员3期。',
      '问题2：会议文件过多过滥。',
      '【原因分析】发文审核把关不严',
      '整改任务：一是压减发文数量；二是合并同类会议',
      '整改目标：发文数量同比下降三成',
      '**整改措施：**',
      '佐证材料：《精简文件会议实施办法》',
      '',
    ].join('\n');
    const { plan } = importReport(`2020年3月9日，县委第五巡察组向县行政审批局党组反馈了巡察意见。\n${report}`);
    const [first, second] = problems(plan);
    expect(first).toMatchObject({
      id: '1.1',
      title: '窗口服务态度生硬，群众投诉较多',
      causes: ['窗口人员服务意识不强，考核不严'],
      measures: [{ text: '开展文明服务培训' }, { text: '实行群众评价与绩效挂钩' }],
      responsibleDepartment: '政务服务中心',
      deadline: '2020-06-09',
      deadlineText: '3个月',
      status: 'done',
      progress: '培训窗口人员3期',
    });
    expect(second.measures?.map((measure) => measure.text)).toEqual(['压减发文数量', '合并同类会议']);
    expect(second).toMatchObject({ 'x-goal': '发文数量同比下降三成', evidence: [{ type: '文件', title: '《精简文件会议实施办法》' }] });
  });

  it('Markdown headings without numbers, and bold labels', () => {
    const markdown = '## 二、问题整改情况\n\n### （一）财务管理方面\n\n#### 专项资金拨付滞后\n\n**原因分析：** 拨付审批环节多。\n\n**整改措施：**\n\n1. 精简审批环节。\n2. 按月通报拨付进度。\n\n#### 差旅报销票据不全\n\n**整改措施：** 补齐票据。\n';
    const { plan } = importReport(markdown, { markdown: true });
    expect(plan.aspects.map((aspect) => aspect.title)).toEqual(['财务管理方面']);
    expect(problems(plan).map((problem) => [problem.id, problem.title, problem.causes, problem.measures?.map((m) => m.text)])).toEqual([
      ['1.1', '专项资金拨付滞后', ['拨付审批环节多'], ['精简审批环节', '按月通报拨付进度']],
      ['1.2', '差旅报销票据不全', undefined, ['补齐票据']],
    ]);
  });

  it('Word heading styles numbered automatically (the numbers are not in the words)', async () => {
    const styles = [1, 2].map((n) => `<w:style w:type="paragraph" w:styleId="h${n}"><w:name w:val="heading ${n}"/><w:pPr><w:outlineLvl w:val="${n - 1}"/></w:pPr></w:style>`).join('');
    const defs = numbering(5, [['chineseCounting', '（%1）'], ['decimal', '%2.']], [8]);
    const body = [
      p('社区服务方面', { style: 'h1', numId: 8, level: 0 }),
      p('社区活动场所闲置', { style: 'h2', numId: 8, level: 1 }),
      p('原因分析：活动安排少。'),
      p('整改措施：每月组织活动。'),
      p('网格员履职不到位', { style: 'h2', numId: 8, level: 1 }),
      p('整改措施：制定网格员考核办法。'),
    ].join('');
    const read = await readReport(await docxFromXml(body, { styles, numbering: defs }), '报告.docx');
    if ('error' in read) throw new Error(read.error.en);
    expect(read.imported.plan.aspects.map((aspect) => [aspect.id, aspect.title, aspect.problems.map((problem) => [problem.id, problem.title])])).toEqual([
      ['1', '社区服务方面', [['1.1', '社区活动场所闲置'], ['1.2', '网格员履职不到位']]],
    ]);
  });
});
