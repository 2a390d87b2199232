/**
 * A narrative PDF of two pages: a measure the page breaks is one measure, though a running head stands between its
 * halves (on two pages a running head is printed on both, word for word) and the foot says 共2页 第1页.
 */
import { describe, expect, it } from 'vitest';
import { chromeLines } from '../../src/read/pdf/chrome.js';
import type { PrintedLine } from '../../src/read/pdf/printed-lines.js';
import { checkFile, problemsOf } from '../import/ledger-helpers.js';
import { printPdf } from './print-pdf.js';

const MEASURE = '修订完善公务接待管理办法，明确接待范围、标准和审批程序，每季度对接待费用进行一次专项检查，检查结果在局务会上通报并纳入年度考核';

describe('a measure across a page break', () => {
  it('reads as one measure with the running head and the page foot left out', async () => {
    const problem = (n: number) =>
      `<p>${n}.关于“第${n}项问题：公务接待管理不规范”的问题。</p><p>整改措施：</p>${[1, 2, 3, 4, 5].map((k) => `<p>（${k}）第${n}项问题的第${k}条措施：${MEASURE}。</p>`).join('')}<p>责任领导：副局长 陈某；整改时限：2024年6月30日。</p>`;
    const bytes = await printPdf(`<h3 style="text-align:center">某局关于巡察整改情况的报告</h3><p>一、关于财务管理方面</p>${problem(1)}${problem(2)}`, {
      css: 'p { margin: 0; line-height: 1.6; text-indent: 2em; }',
      header: '<div style="width:100%;text-align:right;font-size:9pt;margin-right:2cm">某县财政局巡察整改报告</div>',
      footer: '<div style="width:100%;text-align:center;font-size:9pt">共<span class="totalPages"></span>页 第<span class="pageNumber"></span>页</div>',
    });
    const { imported } = await checkFile(bytes, 'report.pdf');
    expect(problemsOf(imported).map((p) => p.measures?.map((m) => m.text))).toEqual(
      [1, 2].map((n) => [1, 2, 3, 4, 5].map((k) => `第${n}项问题的第${k}条措施：${MEASURE}`)),
    );
  }, 60_000);
});

describe('chromeLines on two pages', () => {
  const line = (page: number, y: number, text: string): PrintedLine => ({ page, pageLine: 1, offset: 0, text, y, size: 12, runs: [] });

  it('takes a line printed word for word atop both pages as a running head, not lines alike but for their numbers', () => {
    const pages = [1, 2].map((page) => ({ height: 800, lines: [line(page, 40, '某县财政局巡察整改报告'), line(page, 60, `（${page}）完善制度，按月调度`), line(page, 400, '正文')] }));
    const chrome = chromeLines(pages);
    expect(pages.flatMap((page) => page.lines.filter((l) => chrome.has(l)).map((l) => [l.page, l.text]))).toEqual([
      [1, '某县财政局巡察整改报告'],
      [2, '某县财政局巡察整改报告'],
    ]);
  });
});
