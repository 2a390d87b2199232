/**
 * PDFs as documents, printed here from HTML by Chromium (as units print their Word files): a narrative report
 * whose paragraphs wrap across lines and pages, a ruled ledger over two pages with its header repeated and a
 * category spanning rows, and a scan with no text layer.
 */
import { describe, expect, it } from 'vitest';
import { NO_TEXT_LAYER, readPdf } from '../../src/read/pdf/index.js';
import { normalizeRadicals } from '../../src/read/pdf/radicals-map.js';
import { checkFile, findingsOf, problemsOf } from '../import/ledger-helpers.js';
import { printPdf } from './print-pdf.js';

const problem = (n: number, overdue: boolean) => `
  <p>${n}.关于“第${n}项问题：基层站所台账登记不完整、不及时”的问题。</p>
  <p>原因分析：站所负责人对台账管理重视不够，登记制度没有落实到人，日常检查也流于形式，长期以来未能发现问题。</p>
  <p>整改措施：一是修订台账登记制度，明确登记责任人；二是每月抽查一次各站所台账，抽查结果纳入年度考核。</p>
  <p>责任领导：党组成员、副局长 郑某；责任科室：综合科；整改时限：${overdue ? '2023年6月底前' : '2024年6月底前'}。</p>
  <p>整改状态：正在推进。</p>`;

describe('the PDF reader', () => {
  it('rebuilds a narrative report: paragraphs whole across line and page breaks, page numbers left out', async () => {
    const body = `<h3 style="text-align:center">某县农业农村局党组关于巡察整改进展情况的报告</h3>
      <p style="text-indent:2em">2023年3月，县委第二巡察组对县农业农村局党组开展了常规巡察，并于2023年4月10日反馈了巡察意见。现将整改进展情况报告如下。</p>
      <p style="text-indent:2em">一、问题整改落实情况</p>
      <p style="text-indent:2em">（一）关于基层站所管理方面</p>
      ${Array.from({ length: 7 }, (_, i) => problem(i + 1, i === 0)).join('')}`;
    const bytes = await printPdf(body, { footer: '<div style="width:100%;text-align:center;font-size:10pt">- <span class="pageNumber"></span> -</div>', css: 'p { text-indent: 2em; margin: 0; line-height: 1.6; }' });
    const document = await readPdf(bytes);
    if ('error' in document) throw new Error(document.error.en);
    expect(document.text).not.toMatch(/^- \d+ -$/mu);
    const lines = document.text.split('\n');
    expect(lines).toContain('原因分析：站所负责人对台账管理重视不够，登记制度没有落实到人，日常检查也流于形式，长期以来未能发现问题。');
    // The fourth problem's paragraphs stand where the page breaks, yet each is whole.
    expect(lines.filter((line) => line.startsWith('责任领导：党组成员、副局长 郑某；责任科室：综合科；整改时限：'))).toHaveLength(7);
    const at = document.text.indexOf('4.关于');
    expect(document.locate(at, at + 4).place).toMatchObject({ page: expect.any(Number), pageLine: expect.any(Number) });

    const { imported, result } = await checkFile(bytes, 'report.pdf', '2023-09-01');
    expect(problemsOf(imported).map((p) => [p.id, p.deadline, p.status])).toEqual(
      Array.from({ length: 7 }, (_, i) => [`1.${i + 1}`, i === 0 ? '2023-06-30' : '2024-06-30', 'in-progress']),
    );
    expect(findingsOf(result, 'overdue').map((d) => d.problemId)).toEqual(['1.1']);
  }, 60_000);

  it('reads a ruled ledger over two pages: one grid per page, the repeated header skipped, a category spanning rows', async () => {
    const row = (n: number, category: string | undefined, span: number) => `<tr><td>${n}</td>${category ? `<td rowspan="${span}">${category}</td>` : ''}
      <td>第${n}项问题：专项资金拨付不及时，部分项目资金滞留超过半年，影响项目建设进度。</td>
      <td>1.全面清理滞留资金；<br>2.建立资金拨付台账，每月通报进度；<br>3.对责任人进行约谈。</td>
      <td>副局长 王某</td><td>${n % 3 === 0 ? '2023年5月31日' : '2024年12月31日'}</td><td>${n % 2 === 0 ? '已完成。资金已全部拨付' : '正在推进。已拨付部分资金'}</td></tr>`;
    const rows = [row(1, '资金管理方面', 4), row(2, undefined, 0), row(3, undefined, 0), row(4, undefined, 0), row(5, '项目监管方面', 4), row(6, undefined, 0), row(7, undefined, 0), row(8, undefined, 0)];
    const table = `<table><thead><tr><th>序号</th><th>类别</th><th>存在问题</th><th>整改举措</th><th>牵头领导</th><th>完成期限</th><th>整改成效</th></tr></thead><tbody>${rows.join('')}</tbody></table>
      <p>说明：本表共2个方面8个问题，已完成4个，正在推进4个。</p>`;
    const css = 'table { border-collapse: collapse; width: 100%; font-size: 10.5pt; } td, th { border: 1px solid #000; padding: 6px; vertical-align: middle; } tr { break-inside: avoid; }';
    const bytes = await printPdf(`<h3 style="text-align:center">某县财政局巡察反馈问题整改台账</h3>${table}`, { landscape: true, css, footer: '<div style="width:100%;text-align:center;font-size:9pt">第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页</div>' });
    const document = await readPdf(bytes);
    if ('error' in document) throw new Error(document.error.en);
    const tables = document.blocks.filter((block) => block.kind === 'table');
    expect(tables.length).toBeGreaterThanOrEqual(2);
    expect(document.text).not.toMatch(/第 ?\d ?页 ?共/u);

    const { imported, result } = await checkFile(bytes, 'ledger.pdf', '2023-09-01');
    expect(imported.plan.aspects.map((a) => [a.title, a.problems.map((p) => p.id)])).toEqual([
      ['资金管理方面', ['1', '2', '3', '4']],
      ['项目监管方面', ['5', '6', '7', '8']],
    ]);
    expect(problemsOf(imported)[0]).toMatchObject({ responsibleLeader: expect.stringMatching(/^副局长 ?王某$/u), deadline: '2024-12-31', status: 'in-progress' });
    expect(problemsOf(imported)[0].measures).toHaveLength(3);
    expect(imported.plan.declared).toMatchObject({ aspects: 2, problems: 8, completed: 4, inProgress: 4 });
    const [overdue] = findingsOf(result, 'overdue');
    expect(overdue.problemId).toBe('3');
    expect(overdue.range.place).toMatchObject({ page: 1, table: 1, row: 4, column: 6 });
  }, 60_000);

  it('reads a ledger whose rows break across pages: the part on the next page continues its row', async () => {
    const long = (n: number) => Array.from({ length: 9 }, (_, k) => `（${k + 1}）第${n}项问题的第${k + 1}条整改措施，明确责任人和完成时限，按月调度推进。`).join('<br>');
    const row = (n: number) => `<tr><td>${n}</td><td>第${n}项问题：工程项目结算审核不严</td><td>${long(n)}</td><td>副局长 赵某</td><td>${n === 2 ? '2023年6月30日' : '2024年12月31日'}</td><td>正在推进</td></tr>`;
    const table = `<table><thead><tr><th>序号</th><th>存在问题</th><th>整改措施</th><th>责任领导</th><th>整改时限</th><th>整改状态</th></tr></thead><tbody>${[1, 2, 3, 4, 5].map(row).join('')}</tbody></table>`;
    const css = 'table { border-collapse: collapse; width: 100%; font-size: 12pt; } td, th { border: 1px solid #000; padding: 6px; } tr { break-inside: auto; }';
    const bytes = await printPdf(`<h3 style="text-align:center">某县住建局巡察整改台账</h3>${table}`, { css });
    const { imported, result } = await checkFile(bytes, 'broken-rows.pdf', '2023-09-01');
    expect(problemsOf(imported).map((p) => [p.id, p.deadline, p.status])).toEqual([1, 2, 3, 4, 5].map((n) => [String(n), n === 2 ? '2023-06-30' : '2024-12-31', 'in-progress']));
    // Every measure of a broken row is its problem's, whichever page it stands on (one cut by the page reads as two).
    for (const [i, p] of problemsOf(imported).entries()) {
      const numbered = (p.measures ?? []).filter((m) => m.text.startsWith(`第${i + 1}项问题的第`));
      expect(numbered.map((m) => m.text.slice(0, 11))).toEqual(Array.from({ length: 9 }, (_, k) => `第${i + 1}项问题的第${k + 1}条整改`));
      expect(p.measures!.length - numbered.length).toBeLessThanOrEqual(1);
    }
    expect(findingsOf(result, 'overdue').map((d) => d.problemId)).toEqual(['2']);
  }, 60_000);

  it('says a PDF with no text layer is a scan, not an empty report', async () => {
    const scan = await printPdf('<svg width="600" height="800"><rect x="40" y="40" width="500" height="20" fill="#333"/><rect x="40" y="80" width="420" height="20" fill="#333"/></svg>');
    expect(await readPdf(scan)).toEqual({ error: NO_TEXT_LAYER, text: '' });
  }, 60_000);

  it('maps CJK radicals a text layer gives for ideographs back to them', () => {
    expect(normalizeRadicals('第⼀⻚共⼆⻚，⻓期坚持')).toBe('第一页共二页，长期坚持');
  });
});
