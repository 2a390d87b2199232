/**
 * A 整改台账 pasted into a text report (tab-apart cells, as Word and Excel copy a table) or written as a Markdown
 * pipe table is read as a ledger: one problem a row, each cell's value placed at its own line and column.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/import-report.js';
import { textDocument } from '../../src/read/text.js';
import { problems } from './helpers.js';

const tabbed = [
  '区统计局党组巡察整改任务清单',
  '',
  '编号\t巡察指出的问题\t原因剖析\t具体措施\t牵头领导\t承办科室\t时间节点',
  '一、政治监督方面',
  '1\t统计数据质量把关不严\t审核流程缺失\t1.建立数据三级审核制度；2.每月抽查基层报表\t副局长 钱程\t综合科\t2025年5月31日',
  '二、作风纪律方面\t\t\t\t\t\t',
  '2\t下基层调研次数偏少\t服务意识淡薄\t班子成员每季度蹲点调研一次\t局长 施雨\t办公室\t长期坚持',
  '',
  '区统计局党组',
].join('\n');

const piped = [
  '# 镇卫生院整改清单',
  '',
  '| 序号 | 问题描述 | 整改举措 | 责任人 | 整改期限 |',
  '|:---:|------|------|------|------|',
  '| 1 | 药品库存盘点不及时 | 实行每月盘库 | 药房主任 冷月 | 2025年2月28日 |',
  '| 2 | 医疗废物转运登记缺项 | 补齐转运联单 | 院长 温岚 | 立行立改 |',
].join('\n');

describe('tables pasted into a text report', () => {
  it('reads tab-apart rows as a ledger, a one-cell line and a row of empty cells as aspects', () => {
    const { plan, spans } = importReport(tabbed);
    expect(plan.aspects.map((aspect) => aspect.title)).toEqual(['政治监督方面', '作风纪律方面']);
    const [first, second] = problems(plan);
    expect(first).toMatchObject({
      title: '统计数据质量把关不严',
      causes: ['审核流程缺失'],
      responsibleLeader: '副局长 钱程',
      responsibleDepartment: '综合科',
      deadline: '2025-05-31',
    });
    expect(first.measures?.map((measure) => measure.text)).toEqual(['建立数据三级审核制度', '每月抽查基层报表']);
    expect(second).toMatchObject({ title: '下基层调研次数偏少', responsibleLeader: '局长 施雨', deadlineText: '长期坚持' });
    const title = spans.get(['aspects', 0, 'problems', 0, 'title'])!;
    expect(tabbed.slice(title.start, title.end)).toBe('统计数据质量把关不严');
    const leader = spans.get(['aspects', 1, 'problems', 0, 'responsibleLeader'])!;
    const line = tabbed.slice(0, leader.start).split('\n').length;
    expect([line, leader.start - tabbed.lastIndexOf('\n', leader.start - 1)]).toEqual([7, 34]);
  });

  it('reads a Markdown pipe table under its rule row, the rule row not a problem', () => {
    const { plan, spans } = importReport(piped, { markdown: true });
    expect(problems(plan).map((problem) => [problem.title, problem.responsiblePerson, problem.deadlineText])).toEqual([
      ['药品库存盘点不及时', '药房主任 冷月', '2025年2月28日'],
      ['医疗废物转运登记缺项', '院长 温岚', '立行立改'],
    ]);
    const person = spans.get(['aspects', 0, 'problems', 1, 'responsiblePerson'])!;
    expect(piped.slice(person.start, person.end)).toBe('院长 温岚');
  });

  it('reads a cell of several paragraphs, copied as line breaks inside its row, as one cell', () => {
    const copied = [
      '镇财政所整改任务表',
      '',
      '序号\t问题\t整改措施\t牵头领导\t时间节点',
      '1\t票据管理混乱\t1.清点空白票据',
      '2.建立领用登记簿',
      '3.每月核销一次\t所长 封平\t2025年2月底',
      '2\t往来款长期挂账\t逐笔清理往来款\t所长 封平\t2025年6月底',
    ].join('\n');
    const { plan, spans } = importReport(copied);
    expect(problems(plan).map((problem) => [problem.title, problem.measures?.map((m) => m.text), problem.responsibleLeader, problem.deadline])).toEqual([
      ['票据管理混乱', ['清点空白票据', '建立领用登记簿', '每月核销一次'], '所长 封平', '2025-02-28'],
      ['往来款长期挂账', ['逐笔清理往来款'], '所长 封平', '2025-06-30'],
    ]);
    const second = spans.get(['aspects', 0, 'problems', 0, 'measures', 1, 'text'])!;
    expect(copied.slice(0, second.start).split('\n').length).toBe(5);
  });

  it('a report whose problems stand only in its table, with totals in its prose, is no notice', () => {
    const text = [
      '县供水公司党支部关于巡察整改进展情况的报告',
      '',
      '一、总体情况',
      '巡察反馈问题2个，已完成整改1个，正在整改1个。',
      '二、整改进展明细',
      '序号\t反馈问题\t整改措施\t整改状态',
      '1\t水费减免审批不严\t重新审核减免名单\t已完成',
      '2\t管网漏损率偏高\t更换老旧管道3公里\t正在整改',
    ].join('\n');
    const { plan } = importReport(text);
    expect(plan.report.kind).toBe('progress-report');
    expect(problems(plan).map((problem) => [problem.title, problem.status])).toEqual([
      ['水费减免审批不严', 'done'],
      ['管网漏损率偏高', 'in-progress'],
    ]);
  });

  it('reads a table set out with runs of blanks, a name and post with one space staying one cell', () => {
    const spaced = [
      '县供销社整改清单',
      '',
      '序号  存在问题          整改举措            分管领导      整改期限',
      '1     农资价格公示缺失  全面公示农资价格    副主任 易安   2025年4月30日',
      '2     社有资产出租混乱  清理出租合同        主任 闻达     2025年7月31日',
    ].join('\n');
    const { plan, spans } = importReport(spaced);
    expect(problems(plan).map((problem) => [problem.title, problem.measures?.map((m) => m.text), problem.responsibleLeader, problem.deadline])).toEqual([
      ['农资价格公示缺失', ['全面公示农资价格'], '副主任 易安', '2025-04-30'],
      ['社有资产出租混乱', ['清理出租合同'], '主任 闻达', '2025-07-31'],
    ]);
    const leader = spans.get(['aspects', 0, 'problems', 1, 'responsibleLeader'])!;
    expect(spaced.slice(leader.start, leader.end)).toBe('主任 闻达');
  });

  it('takes no table from lines with blanks that do not line up as one (a letterhead, a signature)', () => {
    const text = '发布时间：2024-05-06　　来源：县政府办　　浏览：12\n一、整改情况\n局党组  高度重视  整改工作\n（一）学习方面\n';
    expect(textDocument(text, 'text').blocks.every((block) => block.kind === 'paragraph')).toBe(true);
  });

  it('leaves prose with a stray tab, and a pipe line with no rule under it, as paragraphs', () => {
    const prose = '一、总体情况\n局党组\t高度重视整改工作。\n| 注：本表为示意 |\n二、下一步打算';
    const document = textDocument(prose, 'markdown');
    expect(document.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('ends a tab table at a blank line, keeping the signature under it a paragraph', () => {
    const document = textDocument(tabbed, 'text');
    expect(document.blocks.map((block) => block.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const table = document.blocks[1];
    expect(table.kind === 'table' && table.rows.map((row) => row.length)).toEqual([7, 7, 7, 7, 7]);
    expect(table.kind === 'table' && table.rows[1][3].mergedFrom).toEqual({ row: 1, column: 0 });
  });
});
