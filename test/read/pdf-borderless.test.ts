/**
 * Ledgers printed without borders (a sheet exported with gridlines off, a Word table with its borders removed, a
 * table typeset with spaces): recognised from their header's words and the alignment of the lines below, and read
 * by the same ledger reader as ruled tables. Prose, label lines, lists and a signature block stay prose.
 */
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../src/read/model.js';
import { readDocument, type SourceDocument } from '../../src/read/index.js';
import { checkFile, findingsOf, problemsOf } from '../import/ledger-helpers.js';
import { printPdf } from './print-pdf.js';

async function documentOf(bytes: Uint8Array): Promise<SourceDocument> {
  const read = await readDocument(bytes, 'ledger.pdf');
  if ('error' in read) throw new Error(read.error.en);
  return read;
}

/** Each table's rows as the words of their cells (`<` where a merged area goes on). */
function tablesOf(document: SourceDocument): string[][][] {
  return document.blocks
    .filter((block): block is TableBlock => block.kind === 'table')
    .map((table) => table.rows.map((row) => row.map((cell) => (cell.mergedFrom ? '<' : document.text.slice(cell.span.start, cell.span.end)))));
}

const paragraphsOf = (document: SourceDocument) => document.blocks.flatMap((block) => (block.kind === 'paragraph' ? [document.text.slice(block.span.start, block.span.end)] : []));

const FOOTER = '<div style="width:100%;text-align:center;font-size:9pt">- <span class="pageNumber"></span> -</div>';

describe('ledgers printed without borders', () => {
  it('reads cells set in the middle of their rows, a long 整改措施 cell wrapped over lines and a header cell wrapped in two', async () => {
    const css = 'table { border-collapse: collapse; width: 100%; font-size: 10.5pt; } td, th { padding: 4px; vertical-align: middle; }';
    const row = (n: number, leader: string, deadline: string, status: string) => `<tr><td>${n}</td><td>第${n}项问题：专项资金拨付不及时，部分项目资金滞留超过半年。</td>
      <td>1.全面清理滞留资金；<br>2.建立资金拨付台账，每月通报进度，按季度报告县委巡察办；<br>3.对责任人进行约谈。</td><td>${leader}</td><td>${deadline}</td><td>${status}</td></tr>`;
    const bytes = await printPdf(
      `<h3>某县财政局整改台账</h3><table><tr><th>序号</th><th>存在问题</th><th>整改措施</th><th>责任<br>领导</th><th>完成时限</th><th>整改状态</th></tr>
      ${row(1, '副局长王某', '2024年12月31日', '正在推进')}${row(2, '局长李某', '2023年6月30日', '正在推进')}${row(3, '副局长王某', '2024年3月31日', '已完成')}</table>
      <p>说明：本表共3个问题，已完成1个。</p>`,
      { css },
    );
    const document = await documentOf(bytes);
    const measures = '1.全面清理滞留资金；\n2.建立资金拨付台账，每月通报进度，按季度报告县委巡察办；\n3.对责任人进行约谈。';
    expect(tablesOf(document)).toEqual([
      [
        ['序号', '存在问题', '整改措施', '责任领导', '完成时限', '整改状态'],
        ['1', '第1项问题：专项资金拨付不及时，部分项目资金滞留超过半年。', measures, '副局长王某', '2024年12月31日', '正在推进'],
        ['2', '第2项问题：专项资金拨付不及时，部分项目资金滞留超过半年。', measures, '局长李某', '2023年6月30日', '正在推进'],
        ['3', '第3项问题：专项资金拨付不及时，部分项目资金滞留超过半年。', measures, '副局长王某', '2024年3月31日', '已完成'],
      ],
    ]);
    expect(paragraphsOf(document)).toEqual(['某县财政局整改台账', '说明：本表共3个问题，已完成1个。']);

    const MEASURES = ['全面清理滞留资金', '建立资金拨付台账，每月通报进度，按季度报告县委巡察办', '对责任人进行约谈'];
    const { imported, result } = await checkFile(bytes, 'ledger.pdf', '2023-09-01');
    expect(problemsOf(imported).map((p) => [p.id, p.responsibleLeader, p.deadline, p.status, p.measures?.map((m) => m.text)])).toEqual([
      ['1', '副局长王某', '2024-12-31', 'in-progress', MEASURES],
      ['2', '局长李某', '2023-06-30', 'in-progress', MEASURES],
      ['3', '副局长王某', '2024-03-31', 'done', MEASURES],
    ]);
    const [overdue] = findingsOf(result, 'overdue');
    expect(overdue.problemId).toBe('2');
    // The deadline cell's first line: 2023年6 (月30日 wraps below it).
    expect(overdue.range.place).toEqual({ page: 1, pageLine: 14, table: 1, row: 3, column: 5 });
  }, 60_000);
});

describe('a borderless ledger over pages', () => {
  it('reads nine columns set at the top of their rows, aspect rows spanning the table, the header repeated and rows broken by the page', async () => {
    const css = 'table { border-collapse: collapse; width: 100%; font-size: 10pt; } td, th { padding: 5px; vertical-align: top; text-align: left; } thead { display: table-header-group; } tr { break-inside: auto; }';
    const measures = (n: number) => Array.from({ length: 3 + (n % 3) }, (_, k) => `（${k + 1}）第${n}项的第${k + 1}条措施，落实到岗到人，按月调度。`).join('<br>');
    const row = (n: number) => `<tr><td>${n}</td><td>第${n}项问题：日常检查记录填写不完整，检查结果未及时公示。</td><td>思想认识不到位，制度执行不严格。</td><td>${measures(n)}</td>
      <td>副局长 赵某</td><td>执法稽查科</td><td>${n === 7 ? '2023年5月底前' : '2024年10月31日'}</td><td>${n % 2 === 0 ? '已完成' : '正在推进'}</td><td>《检查记录》</td></tr>`;
    const head = '<thead><tr><th>编号</th><th>问题描述</th><th>原因剖析</th><th>具体整改措施</th><th>牵头领导</th><th>责任科室</th><th>时间节点</th><th>进展情况</th><th>佐证材料</th></tr></thead>';
    const body = `<tr><td colspan="9">一、党的领导弱化方面</td></tr>${[1, 2, 3, 4, 5].map(row).join('')}<tr><td colspan="9">二、监管执法方面</td></tr>${[6, 7, 8, 9, 10].map(row).join('')}`;
    const bytes = await printPdf(
      `<h3 style="text-align:center">某区市场监管局巡察反馈问题整改推进表</h3><table>${head}<tbody>${body}</tbody></table>
      <p style="text-indent:2em">以上事项由办公室负责汇总，每月报送一次进展情况。</p>`,
      { css, landscape: true, footer: FOOTER },
    );
    const document = await documentOf(bytes);
    const [table] = tablesOf(document);
    expect(tablesOf(document)).toHaveLength(1);
    expect(table[0]).toEqual(['编号', '问题描述', '原因剖析', '具体整改措施', '牵头领导', '责任科室', '时间节点', '进展情况', '佐证材料']);
    expect(table.map((r) => r[0])).toEqual(['编号', '一、党的领导弱化方面', '1', '2', '3', '4', '5', '二、监管执法方面', '6', '7', '8', '9', '10']);
    expect(paragraphsOf(document).at(-1)).toBe('以上事项由办公室负责汇总，每月报送一次进展情况。');
    expect(document.text).not.toMatch(/^- \d+ -$/mu);

    const { imported, result } = await checkFile(bytes, 'ledger.pdf', '2023-09-01');
    expect(imported.plan.aspects.map((a) => [a.title, a.problems.map((p) => p.id)])).toEqual([
      ['党的领导弱化方面', ['1', '2', '3', '4', '5']],
      ['监管执法方面', ['6', '7', '8', '9', '10']],
    ]);
    for (const [i, p] of problemsOf(imported).entries()) {
      const n = i + 1;
      // Every measure whole and its problem's, on whichever page it stands.
      expect(p.measures?.map((m) => m.text)).toEqual(Array.from({ length: 3 + (n % 3) }, (_, k) => `第${n}项的第${k + 1}条措施，落实到岗到人，按月调度`));
      expect([p.responsibleDepartment, p.deadline, p.status]).toEqual(['执法稽查科', n === 7 ? '2023-05-31' : '2024-10-31', n % 2 === 0 ? 'done' : 'in-progress']);
    }
    const [overdue] = findingsOf(result, 'overdue');
    expect(overdue.problemId).toBe('7');
    // Page 3 opens with the header repeated (two lines: 牵头领 / 导 wraps), then problem 7.
    expect(overdue.range.place).toEqual({ page: 3, pageLine: 3, table: 1, row: 10, column: 7 });
  }, 60_000);
});

describe('a borderless ledger over three pages with a running head', () => {
  it('reads rows set in the middle, a row at each page\'s top whole (its first measure atop the page is no running head)', async () => {
    const css = 'table { border-collapse: collapse; width: 100%; font-size: 11pt; } td, th { padding: 5px; vertical-align: middle; } tr { break-inside: auto; }';
    const count = (n: number) => 4 + (n % 4);
    const measures = (n: number) => Array.from({ length: count(n) }, (_, k) => `（${k + 1}）第${n}项第${k + 1}条：健全制度，明确责任，按月调度，按季通报`).join('<br>');
    const row = (n: number) => `<tr><td>${n}</td><td>第${n}项问题：选人用人程序不规范，部分干部任前公示时间不足</td><td>${measures(n)}</td><td>部长 吴某</td><td>${n === 5 ? '2023年1月31日' : '2024年12月31日'}</td><td>${n % 3 === 0 ? '已完成' : '正在推进'}</td></tr>`;
    const bytes = await printPdf(
      `<h3 style="text-align:center">某县委组织部整改台账</h3><table><tr><th>序号</th><th>问题清单</th><th>整改措施</th><th>责任领导</th><th>整改时限</th><th>完成情况</th></tr>
      ${[1, 2, 3, 4, 5, 6, 7, 8].map(row).join('')}</table><p style="text-indent:2em">特此报告。</p>`,
      { css, header: '<div style="width:100%;text-align:right;font-size:9pt;margin-right:2cm">某县委组织部</div>', footer: FOOTER },
    );
    const document = await documentOf(bytes);
    expect(document.text).not.toMatch(/^某县委组织部$/mu);
    const { imported, result } = await checkFile(bytes, 'pages.pdf', '2023-09-01');
    expect(problemsOf(imported).map((p) => [p.id, p.deadline, p.status, p.measures?.map((m) => m.text)])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => [
        String(n),
        n === 5 ? '2023-01-31' : '2024-12-31',
        n % 3 === 0 ? 'done' : 'in-progress',
        Array.from({ length: count(n) }, (_, k) => `第${n}项第${k + 1}条：健全制度，明确责任，按月调度，按季通报`),
      ]),
    );
    const [overdue] = findingsOf(result, 'overdue');
    expect([overdue.problemId, overdue.range.place?.page, overdue.range.place?.row, overdue.range.place?.column]).toEqual(['5', 2, 6, 5]);
  }, 60_000);
});

describe('other borderless layouts', () => {
  it('reads a list with no 序号 column, its columns in another order, and leaves the closing words below it as prose', async () => {
    const css = 'table { border-collapse: collapse; width: 100%; font-size: 11pt; } td, th { padding: 3px 6px; vertical-align: middle; } p { margin: 0.5em 0; }';
    const bytes = await printPdf(
      `<h3>整改任务清单</h3><table><tr><th>责任单位</th><th>问题清单</th><th>整改举措</th><th>完成期限</th><th>完成情况</th></tr>
      <tr><td>乡经管站</td><td>村级财务公开不及时，部分村连续两个季度未公开收支明细</td><td>（1）督促各村按季度公开；（2）乡纪委每季度抽查公开情况并通报</td><td>2023年9月30日</td><td>正在推进</td></tr>
      <tr><td>乡农业服务中心</td><td>扶贫项目资产管护责任不明确</td><td>逐项明确管护主体，签订管护协议</td><td>2024年12月31日</td><td>已完成</td></tr>
      <tr><td>乡党政办</td><td>干部作风不实，下村走访流于形式，群众反映问题办理慢</td><td>（1）建立走访台账；（2）开展作风专项整治；（3）群众诉求限时办结</td><td>2024年6月30日</td><td>正在推进</td></tr></table>
      <p style="text-indent:2em">特此报告。</p><p style="text-align:right">中共某乡委员会</p><p style="text-align:right">2024年1月15日</p>`,
      { css },
    );
    const document = await documentOf(bytes);
    expect(tablesOf(document)[0].map((row) => row[0])).toEqual(['责任单位', '乡经管站', '乡农业服务中心', '乡党政办']);
    expect(paragraphsOf(document).slice(0, 2)).toEqual(['整改任务清单', '特此报告。']);
    expect(tablesOf(document)[0]).toHaveLength(4);

    const { imported, result } = await checkFile(bytes, 'list.pdf', '2023-12-01');
    expect(problemsOf(imported).map((p) => [p.title, p.responsibleDepartment, p.deadline, p.status, p.measures?.length])).toEqual([
      ['村级财务公开不及时，部分村连续两个季度未公开收支明细', '乡经管站', '2023-09-30', 'in-progress', 2],
      ['扶贫项目资产管护责任不明确', '乡农业服务中心', '2024-12-31', 'done', 1],
      ['干部作风不实，下村走访流于形式，群众反映问题办理慢', '乡党政办', '2024-06-30', 'in-progress', 3],
    ]);
    expect(findingsOf(result, 'overdue').map((d) => [d.problemId, d.range.place?.row, d.range.place?.column])).toEqual([['1.1', 2, 4]]);
  }, 60_000);

  it('reads a ledger typeset with spaces in a fixed-width font, one line a row', async () => {
    const lines = [
      '序号  存在问题                    整改措施                      责任人    整改时限          状态',
      '1     会议记录不完整              规范记录格式，专人负责        张某      2024年6月30日     正在推进',
      '2     固定资产账实不符            全面清查，建立资产卡片        李某      2023年3月31日     正在推进',
      '3     公务用车管理不规范          完善派车单，按月公示          王某      2024年12月31日    已完成',
    ];
    const bytes = await printPdf(`<p>某单位整改台账</p><pre style='font-family: "Noto Sans Mono CJK SC", monospace; font-size: 10pt'>${lines.join('\n')}</pre>`, { landscape: true });
    const { imported, result } = await checkFile(bytes, 'spaced.pdf', '2023-09-01');
    expect(problemsOf(imported).map((p) => [p.id, p.title, p.responsiblePerson, p.deadline, p.measures?.map((m) => m.text)])).toEqual([
      ['1', '会议记录不完整', '张某', '2024-06-30', ['规范记录格式，专人负责']],
      ['2', '固定资产账实不符', '李某', '2023-03-31', ['全面清查，建立资产卡片']],
      ['3', '公务用车管理不规范', '王某', '2024-12-31', ['完善派车单，按月公示']],
    ]);
    const [overdue] = findingsOf(result, 'overdue');
    expect([overdue.problemId, overdue.range.place]).toEqual(['2', { page: 1, pageLine: 4, table: 1, row: 3, column: 5 }]);
  }, 60_000);
});

describe('a borderless ledger as a spreadsheet prints it', () => {
  it('reads a two-level header (责任落实 over three columns) and cells set at the bottom of their rows with little padding', async () => {
    const css = 'table { border-collapse: collapse; width: 100%; font-size: 10pt; } td, th { padding: 2px; vertical-align: bottom; } th { text-align: center; vertical-align: middle; }';
    const measures = (n: number) => Array.from({ length: 2 + (n % 2) }, (_, k) => `${k + 1}.第${n}项第${k + 1}条措施按月调度推进`).join('；');
    const row = (n: number) => `<tr><td>${n}</td><td>第${n}项问题：村务监督委员会作用发挥不充分，监督流于形式</td><td>${measures(n)}</td><td>副镇长 孙某</td><td>镇党政办</td><td>钱某</td>
      <td>${n === 3 ? '2023年4月30日' : '2024年8月31日'}</td><td>${n % 2 === 0 ? '已完成' : '正在推进'}</td></tr>`;
    const bytes = await printPdf(
      `<h3 style="text-align:center">某镇巡察反馈问题整改台账</h3><table><tr><th rowspan="2">序号</th><th rowspan="2">巡察发现问题</th><th rowspan="2">整改措施</th><th colspan="3">责任落实</th>
      <th rowspan="2">整改时限</th><th rowspan="2">整改进展</th></tr><tr><th>责任领导</th><th>责任单位</th><th>责任人</th></tr>${[1, 2, 3, 4].map(row).join('')}</table>`,
      { css: `${css} body { font-size: 12pt; }` },
    );
    const document = await documentOf(bytes);
    expect(tablesOf(document)[0][0]).toEqual(['序号', '巡察发现问题', '整改措施', '责任领导', '责任单位', '责任人', '整改时限', '整改进展']);
    const { imported, result } = await checkFile(bytes, 'sheet.pdf', '2023-09-01');
    expect(problemsOf(imported).map((p) => [p.id, p.responsibleLeader, p.responsibleDepartment, p.responsiblePerson, p.deadline, p.status, p.measures?.length])).toEqual(
      [1, 2, 3, 4].map((n) => [String(n), '副镇长 孙某', '镇党政办', '钱某', n === 3 ? '2023-04-30' : '2024-08-31', n % 2 === 0 ? 'done' : 'in-progress', 2 + (n % 2)]),
    );
    const [overdue] = findingsOf(result, 'overdue');
    // The header takes lines 2–7 (责任落实 above, 责任人 wrapped last); problem 3's deadline 2023年4 / 月30日 starts on line 15.
    expect([overdue.problemId, overdue.range.place]).toEqual(['3', { page: 1, pageLine: 15, table: 1, row: 4, column: 7 }]);
  }, 60_000);
});

describe('a borderless ledger as a word processor prints it', () => {
  it('reads rows with no padding between them, cells at their tops, a letter-spaced header (序  号, 备  注) and an empty column', async () => {
    const css = 'table { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.3; } td, th { padding: 0 5px; vertical-align: top; text-align: left; } th { white-space: pre; }';
    const measures = (n: number) => Array.from({ length: 1 + (n % 3) }, (_, k) => `${k + 1}.第${n}项第${k + 1}条：建立健全长效机制，定期检查`).join('<br>');
    const row = (n: number) => `<tr><td>${n}</td><td>第${n}项：社区“两委”换届后续工作不到位</td><td>全面整改到位</td><td>${measures(n)}</td><td>主任 周某</td><td>党建办</td><td>${n === 4 ? '2023年2月28日' : '2024年9月30日'}</td><td></td></tr>`;
    const bytes = await printPdf(
      `<p style="text-align:center">某街道党工委巡察整改台账</p><table><tr><th>序  号</th><th>问题表现</th><th>整改目标</th><th>具体措施</th><th>督办领导</th><th>承办单位</th><th>完成时间</th><th>备  注</th></tr>
      ${[1, 2, 3, 4, 5, 6].map(row).join('')}</table><p style="text-indent:2em;margin-top:1.5em">附件：相关佐证材料清单</p>`,
      { css: `${css} body { font-size: 12pt; }` },
    );
    const document = await documentOf(bytes);
    expect(tablesOf(document)[0][0]).toEqual(['序号', '问题表现', '整改目标', '具体措施', '督办领导', '承办单位', '完成时间', '备注']);
    expect(paragraphsOf(document)).toEqual(['某街道党工委巡察整改台账', '附件：相关佐证材料清单']);
    const { imported, result } = await checkFile(bytes, 'word.pdf', '2023-09-01');
    expect(problemsOf(imported).map((p) => [p.id, p.responsibleDepartment, p.deadline, p.measures?.map((m) => m.text)])).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => [String(n), '党建办', n === 4 ? '2023-02-28' : '2024-09-30', Array.from({ length: 1 + (n % 3) }, (_, k) => `第${n}项第${k + 1}条：建立健全长效机制，定期检查`)]),
    );
    // No 原因分析 column: each problem's finding on its row's first line (a measure wraps to three lines here).
    expect(findingsOf(result, 'require-cause-analysis').map((d) => [d.problemId, d.range.place])).toEqual(
      [3, 9, 18, 21, 27, 36].map((pageLine, i) => [String(i + 1), { page: 1, pageLine, table: 1, row: i + 2, column: 2 }]),
    );
  }, 60_000);
});

describe('merged cells and a second table, without borders', () => {
  it('reads a 问题类别 merged down and set in the middle of its rows as every row\'s, and a 汇总 table under its caption as the declared totals', async () => {
    const css = 'table { border-collapse: collapse; width: 100%; font-size: 10.5pt; margin-bottom: 1em; } td, th { padding: 4px; vertical-align: middle; }';
    const row = (n: number, category?: [string, number]) =>
      `<tr><td>${n}</td>${category ? `<td rowspan="${category[1]}">${category[0]}</td>` : ''}<td>问题${n}：台账登记不及时</td><td>（1）补登台账；（2）每月核对</td><td>责任人${n}</td><td>${n === 4 ? '2023年3月31日' : '2024年6月30日'}</td><td>${n <= 2 ? '已完成' : '正在推进'}</td></tr>`;
    const bytes = await printPdf(
      `<h3>整改台账</h3><table><tr><th>序号</th><th>问题类别</th><th>存在问题</th><th>整改措施</th><th>责任人</th><th>完成时限</th><th>完成情况</th></tr>
      ${row(1, ['资金管理方面', 3])}${row(2)}${row(3)}${row(4, ['作风建设方面', 2])}${row(5)}</table>
      <p>整改汇总：</p><table><tr><th>问题数</th><th>已完成</th><th>正在推进</th><th>完成率</th></tr><tr><td>5</td><td>2</td><td>3</td><td>40%</td></tr></table>`,
      { css },
    );
    const document = await documentOf(bytes);
    expect(tablesOf(document).map((table) => table.map((r) => r[1]))).toEqual([
      ['问题类别', '资金管理方面', '<', '<', '作风建设方面', '<'],
      ['已完成', '2'],
    ]);
    expect(paragraphsOf(document)).toEqual(['整改台账', '整改汇总：']);
    const { imported, result } = await checkFile(bytes, 'merged.pdf', '2023-09-01');
    expect(imported.plan.aspects.map((a) => [a.title, a.problems.map((p) => [p.id, p.responsiblePerson, p.status])])).toEqual([
      ['资金管理方面', [['1', '责任人1', 'done'], ['2', '责任人2', 'done'], ['3', '责任人3', 'in-progress']]],
      ['作风建设方面', [['4', '责任人4', 'in-progress'], ['5', '责任人5', 'in-progress']]],
    ]);
    expect(imported.plan.declared).toMatchObject({ problems: 5, completed: 2, inProgress: 3 });
    expect(findingsOf(result, 'overdue').map((d) => [d.problemId, d.range.place?.row, d.range.place?.column])).toEqual([['4', 5, 6]]);
  }, 60_000);
});

describe('what is no borderless table', () => {
  it('leaves prose, a line of labels spaced apart, column names in a sentence, an indented list and a signature block as prose', async () => {
    const bytes = await printPdf(
      `<h3 style="text-align:center">关于巡察反馈问题整改情况的报告</h3>
      <p>一、关于财务管理方面</p>
      <p>1.关于“公务接待超标准”的问题。</p>
      <p style="text-indent:0;white-space:pre">    责任领导：副局长 陈某        责任部门：办公室        整改时限：2023年8月31日</p>
      <p>整改措施：一是修订公务接待办法；二是每季度公开接待费用。</p>
      <p style="text-indent:0;white-space:pre">    序号        问题        措施        状态</p>
      <p>以上为台账各列的名称，台账另附。</p>
      <p style="padding-left:4em;text-indent:0">（1）完善制度；</p>
      <p style="padding-left:4em;text-indent:0">（2）加强培训；</p>
      <br><br>
      <table style="width:100%;font-size:12pt"><tr><td>中共某县审计局党组</td><td style="text-align:right">主要负责人（签字）：</td></tr><tr><td>2023年9月1日</td><td style="text-align:right">联系人：刘某　电话：1234567</td></tr></table>`,
      { css: 'p { margin: 0; line-height: 1.6; text-indent: 2em; }' },
    );
    const document = await documentOf(bytes);
    expect(document.blocks.filter((block) => block.kind === 'table')).toEqual([]);
    expect(paragraphsOf(document)).toEqual([
      '关于巡察反馈问题整改情况的报告',
      '一、关于财务管理方面',
      '1.关于“公务接待超标准”的问题。',
      '责任领导：副局长 陈某 责任部门：办公室 整改时限：2023年8月31日',
      '整改措施：一是修订公务接待办法；二是每季度公开接待费用。',
      '序号 问题 措施 状态',
      '以上为台账各列的名称，台账另附。',
      '（1）完善制度；',
      '（2）加强培训；',
      '中共某县审计局党组 主要负责人（签字）：2023年9月1日 联系人：刘某 电话：1234567',
    ]);
  }, 60_000);
});
