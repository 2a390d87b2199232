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

describe('chromeLines', () => {
  const line = (page: number, y: number, text: string): PrintedLine => ({ page, pageLine: 1, offset: 0, text, y, size: 12, runs: [] });
  const chromeOf = (pages: { height: number; lines: PrintedLine[] }[]) => {
    const chrome = chromeLines(pages);
    return pages.flatMap((page) => page.lines.filter((l) => chrome.has(l)).map((l) => l.text));
  };

  it('takes a line printed word for word atop both of two pages, set apart from the text, as a running head', () => {
    // Atop each page: the running head, then (set apart) an item of the report alike on both but for its number.
    const pages = [1, 2].map((page) => ({ height: 800, lines: [line(page, 30, '某县财政局巡察整改报告'), line(page, 70, `（${page}）完善制度，按月调度`), line(page, 400, '正文')] }));
    expect(chromeOf(pages)).toEqual(['某县财政局巡察整改报告', '某县财政局巡察整改报告']);
  });

  it('takes a line differing only by its page\'s number as chrome, never a numbered item or a line of the text', () => {
    const pages = [1, 2, 3].map((page) => ({
      height: 800,
      lines: [
        line(page, 20, `某县财政局 第${page}页`),
        line(page, 50, `（1）第${page * 3}项第1条：健全制度`),
        // A wrapped cell's words that happen to open every page alike: as close to the next line as the text's lines are.
        line(page, 62, '明确责任，按月调度，按季通报'),
        line(page, 78, '正文'),
        line(page, 95, '正文续'),
      ],
    }));
    expect(chromeOf(pages)).toEqual(['某县财政局 第1页', '某县财政局 第2页', '某县财政局 第3页']);
  });
});
