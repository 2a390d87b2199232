/**
 * Ledger layouts beyond the plain one-header grid, each built here in words of its own: a header under a title,
 * 填报 lines and blank rows, in an unusual order and with unusual synonyms; a workbook split into a sheet per
 * aspect; ids such as 一（1）; one problem over several unmerged rows; a status given by ticks; CSV with semicolons
 * or tabs; a Word table whose header is repeated and that goes on in a second table; a form for one problem
 * (字段 | 内容, or two pairs a row); a ledger on its side (a problem per column).
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { tc } from './docx-fixture.js';
import { checkFile, findingsOf, problemsOf, wordDocument } from './ledger-helpers.js';

async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const aspectsOf = (imported: Awaited<ReturnType<typeof checkFile>>['imported']) => imported.plan.aspects.map((a) => [a.title, a.problems.map((p) => p.id)]);

describe('ledger layouts', () => {
  it('finds a header under a title, 填报 lines and blank rows, its columns in an unusual order and words', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('Sheet1');
      sheet.addRow(['县林业局巡察整改工作推进表']);
      sheet.addRow([]);
      sheet.addRow(['填报单位（盖章）：县林业局', null, null, null, '填报时间：2024年3月5日']);
      sheet.addRow([]);
      sheet.addRow([]);
      sheet.addRow(['整改责任人', '完成时间', '具体问题', '整改目标', '整改措施', '办结情况', '序号']);
      sheet.addRow(['副局长 张某', new Date(Date.UTC(2024, 1, 29)), '护林员巡山记录造假，部分记录系事后补填', '巡山记录真实完整', '启用巡护定位系统', '已办结', 1]);
      sheet.addRow(['副局长 李某', '2024年12月底', '林权流转合同管理混乱', '合同全部归档', '逐份清理流转合同', '未办结', 2]);
    });
    const { imported, result } = await checkFile(bytes, 'tuijin.xlsx', '2024-03-05');
    expect(imported.plan.report).toMatchObject({ title: '县林业局巡察整改工作推进表', issuer: '县林业局', date: '2024-03-05' });
    expect(problemsOf(imported).map((p) => [p.id, p.title, p.responsiblePerson, p.deadline, p.status, p.measures?.length, p['x-goal' as never]])).toEqual([
      ['1', '护林员巡山记录造假，部分记录系事后补填', '副局长 张某', '2024-02-29', 'done', 1, '巡山记录真实完整'],
      ['2', '林权流转合同管理混乱', '副局长 李某', '2024-12-31', 'not-done', 1, '合同全部归档'],
    ]);
    // The title and 填报 lines are read, not left as unrecognised text.
    expect(findingsOf(result, 'import-unrecognized')).toEqual([]);
    const [noEvidence] = findingsOf(result, 'completed-requires-evidence');
    // 已办结 with no evidence column: the finding stands at the status cell.
    expect(noEvidence?.range.place).toMatchObject({ sheet: 'Sheet1', cell: 'F7' });
  });

  it('takes each sheet of a workbook split by aspect as that aspect, ids such as 1-1 as printed', async () => {
    const bytes = await workbook((book) => {
      const header = ['编号', '存在问题', '整改措施', '责任领导', '整改时限'];
      const first = book.addWorksheet('党的政治建设');
      first.addRow(header);
      first.addRow(['1-1', '理论学习中心组学习流于形式', '制定年度学习计划', '书记 王某', '2024年5月']);
      const second = book.addWorksheet('全面从严治党');
      second.addRow(header);
      second.addRow(['2-1', '对下属单位监督不到位', '开展专项检查', '纪检组长 赵某', '2024年6月']);
      second.addRow(['2-2', '廉政教育覆盖面窄', '每季度开展一次廉政教育', '纪检组长 赵某', '长期坚持']);
    });
    const { imported } = await checkFile(bytes, 'by-aspect.xlsx');
    expect(aspectsOf(imported)).toEqual([
      ['党的政治建设', ['1-1']],
      ['全面从严治党', ['2-1', '2-2']],
    ]);
    expect(problemsOf(imported)[2]).toMatchObject({ responsibleLeader: '纪检组长 赵某', deadline: '长期坚持' });
  });

  it('takes the numbered heading over each Word table as its aspect, when every table has one', async () => {
    const header = ['序号', '存在问题', '整改措施', '责任领导', '整改时限'];
    const bytes = await wordDocument(
      '某县审计局党组关于巡察反馈意见的整改方案',
      '一、落实党中央决策部署方面',
      [header, ['1', '审计查出问题整改跟踪不力', '建立整改跟踪台账', '局长 甲', '2024年5月']],
      '（二）党风廉政建设方面存在的问题',
      [header, ['1', '外聘中介费用审核不严', '修订中介费用审核办法', '纪检组长 乙', '2024年6月'], ['2', '廉政谈话流于形式', '每半年开展一次谈话', '纪检组长 乙', '长期坚持']],
    );
    const { imported, result } = await checkFile(bytes, 'headed.docx');
    expect(imported.plan.aspects.map((a) => [a.id, a.title, a.problems.map((p) => p.id)])).toEqual([
      ['1', '落实党中央决策部署方面', ['1.1']],
      ['2', '党风廉政建设方面存在的问题', ['2.1', '2.2']],
    ]);
    expect(findingsOf(result, 'import-unrecognized')).toEqual([]);
    // One table under a section heading is no aspect of its own.
    const single = await wordDocument('某县审计局整改方案', '二、整改任务清单', [header, ['1', '审计查出问题整改跟踪不力', '建立整改跟踪台账', '局长 甲', '2024年5月']]);
    expect((await checkFile(single, 'single.docx')).imported.plan.aspects.map((a) => a.title)).toEqual(['（未分方面）']);
  });

  it('keeps sheets named Sheet1, 明细 … as no aspect', async () => {
    const bytes = await workbook((book) => {
      for (const name of ['Sheet1', 'Sheet2']) {
        const sheet = book.addWorksheet(name);
        sheet.addRow(['序号', '问题', '整改措施', '责任人', '整改时限']);
        sheet.addRow([name === 'Sheet1' ? 1 : 2, `${name}的问题`, '措施', '张某', '2024年5月']);
      }
    });
    const { imported } = await checkFile(bytes, 'generic.xlsx');
    expect(aspectsOf(imported)).toEqual([['（未分方面）', ['1', '2']]]);
  });

  it('reads ids such as 一（1） as printed, and 已销号 / 未销号 as statuses', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('销号台账');
      sheet.addRow(['序号', '反馈问题', '整改措施', '责任单位', '整改时限', '销号情况']);
      sheet.addRow(['一（1）', '食堂采购无比价记录', '建立采购比价制度', '后勤科', '2024年5月', '已销号']);
      sheet.addRow(['一（2）', '公务接待清单不全', '规范接待清单', '办公室', '2024年5月', '未销号']);
      sheet.addRow(['二（1）', '干部档案专审滞后', '完成档案专审', '人事科', '2024年5月', '已销号']);
    });
    const { imported, document } = await checkFile(bytes, 'xiaohao.xlsx');
    expect(problemsOf(imported).map((p) => [p.id, p.status, p.statusText])).toEqual([
      ['一（1）', 'done', '已销号'],
      ['一（2）', 'not-done', '未销号'],
      ['二（1）', 'done', '已销号'],
    ]);
    // No 问题类别 column and no aspect rows: the 序号 name the aspects, and a finding on one points at its first 序号.
    expect(aspectsOf(imported)).toEqual([['第一方面', ['一（1）', '一（2）']], ['第二方面', ['二（1）']]]);
    expect(imported.plan.aspects.map((a) => a.id)).toEqual(['1', '2']);
    expect(document.locate(['aspects', 1, 'title'])).toMatchObject({ start: { line: 4, column: 1 }, place: { cell: 'A4' } });
  });

  it('reads a second problem column as the problem told in full, headers that name a field and its form, and 2024.10 as a month', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('Sheet1');
      sheet.addRow(['镇人民政府巡察整改清单']);
      sheet.addRow(['编报单位：XX镇人民政府（公章）']);
      sheet.addRow(['序号', '问题', '问题描述', '整改措施', '责任人姓名', '完成时限', '佐证资料清单']);
      sheet.addRow([1, '村级财务审核不严', '3个村报销凭证无经办人签字，涉及金额1.2万元', '逐笔补签并建立审核台账', '王某', '2024.10', '审核台账']);
      sheet.addRow([2, '河道巡查流于形式', '河道巡查流于形式', '每周巡查并上传轨迹', '李某', '2024/12', '巡查轨迹截图']);
    });
    const { imported, document } = await checkFile(bytes, 'qingdan.xlsx', '2024-11-30');
    expect(imported.plan.report).toMatchObject({ issuer: 'XX镇人民政府' });
    expect(problemsOf(imported).map((p) => [p.title, p.feedback, p.responsiblePerson, p.deadline, p.evidence?.map((e) => e.title)])).toEqual([
      ['村级财务审核不严', '3个村报销凭证无经办人签字，涉及金额1.2万元', '王某', '2024-10-31', ['审核台账']],
      // Told no more fully than its title: nothing more to keep.
      ['河道巡查流于形式', undefined, '李某', '2024-12-31', ['巡查轨迹截图']],
    ]);
    expect(document.locate(['aspects', 0, 'problems', 0, 'feedback'])).toMatchObject({ start: { line: 4, column: 3 }, place: { cell: 'C4' } });
  });

  it('groups problems by a two-level 编号 in digits (1-1, 2-1), but not when the numbers go back or name one aspect', async () => {
    const csv = (ids: string[]) =>
      new TextEncoder().encode(['编号,存在问题,整改措施,责任科室,完成时限', ...ids.map((id, i) => `${id},问题${i + 1}：账目登记不及时,按月登记,财务科,2024年6月`)].join('\n'));
    const grouped = await checkFile(csv(['1-1', '1-2', '2-1', '3-1', '3-2']), 'bianhao.csv');
    expect(aspectsOf(grouped.imported)).toEqual([['第一方面', ['1-1', '1-2']], ['第二方面', ['2-1']], ['第三方面', ['3-1', '3-2']]]);
    const back = await checkFile(csv(['1-1', '2-1', '1-2']), 'back.csv');
    expect(aspectsOf(back.imported)).toEqual([['（未分方面）', ['1-1', '2-1', '1-2']]]);
    // Problems under no aspect stand in the container, which has no id and is no unfilled aspect title.
    expect(back.imported.plan.aspects[0].id).toBeUndefined();
    expect(findingsOf(back.result, 'require-problems')).toEqual([]);
    const one = await checkFile(csv(['1.1', '1.2', '1.3']), 'one.csv');
    expect(aspectsOf(one.imported)).toEqual([['（未分方面）', ['1.1', '1.2', '1.3']]]);
    const plain = await checkFile(csv(['1', '2', '3']), 'plain.csv');
    expect(aspectsOf(plain.imported)).toEqual([['（未分方面）', ['1', '2', '3']]]);
  });

  it('reads a status given by a tick in the column named for it, at the ticked cell', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('台账');
      sheet.addRow(['序号', '问题', '整改措施', '责任人', '整改时限', '已完成', '正在推进', '长期坚持']);
      sheet.addRow([1, '会议记录不完整', '规范会议记录', '张某', '2024年1月', '√', '', '']);
      sheet.addRow([2, '车辆维修无审批', '建立维修审批', '李某', '2024年9月', '', '✓', '']);
      sheet.addRow([3, '警示教育次数少', '每半年开展警示教育', '王某', '长期坚持', '', '', '√']);
    });
    const { imported, result } = await checkFile(bytes, 'ticks.xlsx', '2024-06-30');
    expect(problemsOf(imported).map((p) => [p.status, p.statusText])).toEqual([
      ['done', '已完成'],
      ['in-progress', '正在推进'],
      ['ongoing', '长期坚持'],
    ]);
    const [noEvidence] = findingsOf(result, 'completed-requires-evidence');
    expect(noEvidence.problemId).toBe('1');

    const asked = await workbook((book) => {
      const sheet = book.addWorksheet('台账');
      sheet.addRow(['序号', '问题', '整改措施', '责任人', '是否完成']);
      sheet.addRow([1, '会议记录不完整', '规范会议记录', '张某', '是']);
      sheet.addRow([2, '车辆维修无审批', '建立维修审批', '李某', '否']);
    });
    expect(problemsOf((await checkFile(asked, 'asked.xlsx')).imported).map((p) => [p.status, p.statusText])).toEqual([
      ['done', '是'],
      ['not-done', '否'],
    ]);
  });

  it('reads one problem over several rows, a measure a row, merged or not', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('台账');
      sheet.addRow(['序号', '问题', '整改措施', '责任部门', '完成时限']);
      sheet.addRow([1, '招投标程序不规范', '修订招标管理办法', '办公室', '2024年5月']);
      sheet.addRow([null, null, '开展招标项目复查', '办公室', '2024年7月']);
      sheet.addRow([null, null, '对责任人诫勉谈话', '纪检组', '2024年4月']);
      sheet.addRow([2, '固定资产账实不符', '全面清查资产', '财务科', '2024年6月']);
      sheet.addRow([null, '（资产清查）', '补记资产台账', null, null]);
      sheet.addRow([null, null, '（二）建立资产盘点制度', null, null]);
      sheet.mergeCells('B5:B6');
    });
    const { imported } = await checkFile(bytes, 'rows.xlsx');
    const [first, second] = problemsOf(imported);
    expect(first.measures?.map((m) => [m.text, m.deadline])).toEqual([
      ['修订招标管理办法', '2024-05-31'],
      ['开展招标项目复查', '2024-07-31'],
      ['对责任人诫勉谈话', '2024-04-30'],
    ]);
    // The same 责任部门 on two rows is one department, not two.
    expect([first.responsibleDepartment, first.deadline]).toEqual(['办公室\n纪检组', '2024-07-31']);
    expect(second.measures?.map((m) => m.text)).toEqual(['全面清查资产', '补记资产台账', '建立资产盘点制度']);
    expect(problemsOf(imported)).toHaveLength(2);

    // The problem written again on each row (a merge a CSV export lost, or words copied down): still one problem.
    const copied = new TextEncoder().encode(
      ['序号,问题,整改措施,完成时限', '1,食堂账目不清,清理食堂账目,2024年5月', '1,食堂账目不清,建立食堂账目公示,2024年6月', '2,工会经费使用不规范,修订工会经费办法,2024年7月', '3,工会经费使用不规范,开展工会经费审计,2024年8月'].join('\n'),
    );
    const rows = problemsOf((await checkFile(copied, 'copied.csv')).imported);
    expect(rows.map((p) => [p.id, p.measures?.map((m) => m.text)])).toEqual([
      ['1', ['清理食堂账目', '建立食堂账目公示']],
      ['2', ['修订工会经费办法']],
      ['3', ['开展工会经费审计']],
    ]);
  });

  it('reads a CSV ledger with semicolons, and the same with tabs in GBK, a title and 填报 line above', async () => {
    const lines = [
      '某街道党工委巡察整改台账',
      '填报单位：某街道党工委;;;;;;;',
      '',
      '问题编号;问题类型;存在问题;原因剖析;整改举措;牵头领导;完成时限;整改进展',
      '1;作风建设;"会议多、文件多，基层负担重";统筹不够;"1.精简会议\n2.压缩文件";主任 甲;2024年6月;正在推进',
      '2;作风建设;督查检查过频;缺少统筹;合并督查事项;主任 甲;2024年3月底前;已完成',
      '3;组织建设;支部换届不及时;重视不够;按期换届;副书记 乙;立行立改;已完成',
    ];
    const semicolons = new TextEncoder().encode(lines.join('\r\n'));
    const tabs = iconv.encode(lines.join('\r\n').replace(/;/gu, '\t'), 'gbk');
    for (const [bytes, name] of [[semicolons, 'semi.csv'], [tabs, 'tabs.csv']] as const) {
      const { imported, result } = await checkFile(bytes, name, '2024-07-01');
      expect(imported.plan.report).toMatchObject({ title: '某街道党工委巡察整改台账', issuer: '某街道党工委' });
      expect(aspectsOf(imported)).toEqual([
        ['作风建设', ['1', '2']],
        ['组织建设', ['3']],
      ]);
      expect(problemsOf(imported)[0]).toMatchObject({ causes: ['统筹不够'], measures: [{ text: '精简会议' }, { text: '压缩文件' }], deadline: '2024-06-30', status: 'in-progress' });
      const [overdue] = findingsOf(result, 'overdue');
      expect([overdue.problemId, overdue.range.place]).toEqual(['1', { cell: 'G5' }]);
    }
  });

  it('reads a Word ledger whose header is repeated in the table and which goes on in a table of its own', async () => {
    const header = ['序号', '问题清单', '整改措施', '整改责任人', '时间节点'];
    const bytes = await wordDocument(
      '县统计局巡察整改任务清单',
      [header, ['1', '统计数据审核把关不严', '建立数据三级审核', '副局长 甲', '2024年3月底前'], header, ['2', '统计执法检查偏少', '每年开展执法检查两次', '副局长 乙', '长期坚持']],
      '',
      [['3', '统计人员持证率低', '组织参加资格考试', '副局长 甲', '2024年10月底前']],
    );
    const { imported } = await checkFile(bytes, 'qingdan.docx');
    expect(problemsOf(imported).map((p) => [p.id, p.title, p.responsiblePerson, p.deadline])).toEqual([
      ['1', '统计数据审核把关不严', '副局长 甲', '2024-03-31'],
      ['2', '统计执法检查偏少', '副局长 乙', '长期坚持'],
      ['3', '统计人员持证率低', '副局长 甲', '2024-10-31'],
    ]);
  });

  it('reads a form for one problem (字段 | 内容), and forms with two pairs a row, each a problem at its own cells', async () => {
    const single = await wordDocument('县审计局巡察反馈问题整改情况表', [
      ['字段', '内容'],
      ['问题描述', '审计整改跟踪不到位，部分问题整改超期'],
      ['原因分析', '跟踪机制不健全'],
      ['整改措施', ['1．建立审计整改台账；', '2．每月通报整改进度。']],
      ['责任领导', '副局长 孙某'],
      ['整改时限', '2024年6月30日'],
      ['整改情况', '已完成'],
      ['审核意见', '同意销号'],
    ]);
    const one = await checkFile(single, 'form.docx', '2024-07-01');
    // A row naming no field is kept, not dropped.
    expect(findingsOf(one.result, 'import-unrecognized').map((d) => d.message)).toEqual([expect.stringContaining('审核意见')]);
    expect(problemsOf(one.imported)).toEqual([
      expect.objectContaining({ title: '审计整改跟踪不到位，部分问题整改超期', causes: ['跟踪机制不健全'], responsibleLeader: '副局长 孙某', deadline: '2024-06-30', status: 'done' }),
    ]);
    expect(problemsOf(one.imported)[0].measures?.map((m) => m.text)).toEqual(['建立审计整改台账', '每月通报整改进度']);
    expect(findingsOf(one.result, 'completed-requires-evidence')[0].range.place).toMatchObject({ table: 1 });

    const pairs = (title: string, leader: string) => [
      ['问题描述', title, '责任领导', leader],
      ['原因分析', tc('制度执行不严', { span: 3 })],
      ['整改措施', tc('开展专项清理', { span: 3 })],
      ['整改时限', '2024年6月30日', '完成情况', '正在推进'],
    ];
    // A heading that only numbers the form over it (问题一, 第2个问题) is the problem's number, read at the heading.
    const two = await checkFile(await wordDocument('问题一', pairs('差旅费报销超标准', '副局长 孙某'), '第2个问题：', pairs('公务用车私用', '局长 周某')), 'forms.docx');
    expect(problemsOf(two.imported).map((p) => [p.id, p.title, p.responsibleLeader, p.causes, p.status])).toEqual([
      ['1', '差旅费报销超标准', '副局长 孙某', ['制度执行不严'], 'in-progress'],
      ['2', '公务用车私用', '局长 周某', ['制度执行不严'], 'in-progress'],
    ]);
    const idRange = two.document.locate(['aspects', 0, 'problems', 1, 'id'])!;
    expect(two.imported.text.slice(idRange.start.offset, idRange.end.offset)).toBe('第2个问题：');
    expect(findingsOf(two.result, 'import-unrecognized')).toEqual([]);
    // Other words over a form are not its number: kept as words the ledger does not read.
    const other = await checkFile(await wordDocument('其他事项', pairs('会议费超支', '副局长 孙某')), 'other.docx');
    expect(problemsOf(other.imported).map((p) => p.id)).toEqual(['1.1']);
    expect(findingsOf(other.result, 'import-unrecognized').map((d) => d.message)).toEqual([expect.stringContaining('其他事项')]);
  });

  it('reads a ledger on its side: fields as rows, a problem a column', async () => {
    const bytes = await wordDocument('整改任务表', [
      ['项目', '问题一', '问题二'],
      ['反馈问题', '档案室消防设施老化', '借阅登记不规范'],
      ['整改措施', '更换消防设施', '启用电子借阅登记'],
      ['责任科室', '办公室', '档案科'],
      ['完成时限', '2024年4月底前', '2024年5月底前'],
      ['整改进展', '正在推进', '已完成'],
    ]);
    const { imported, result } = await checkFile(bytes, 'side.docx', '2024-05-15');
    expect(problemsOf(imported).map((p) => [p.title, p.responsibleDepartment, p.deadline, p.status])).toEqual([
      ['档案室消防设施老化', '办公室', '2024-04-30', 'in-progress'],
      ['借阅登记不规范', '档案科', '2024-05-31', 'done'],
    ]);
    // The finding stands at the problem's own column of the 完成时限 row (table 1, row 5, column 2).
    const overdue = findingsOf(result, 'overdue').find((d) => d.problemId === '1.1');
    expect(overdue?.range.place).toMatchObject({ table: 1, row: 5, column: 2 });
  });

  it('does not take a ledger whose body cells end in field words for a form', async () => {
    const bytes = await wordDocument([
      ['序号', '反馈问题', '整改措施', '责任人'],
      ['1', '存在问题', '明确责任人', '张某'],
      ['2', '整改问题', '落实整改措施', '李某'],
      ['3', '工作问题', '加强监督', '王某'],
    ]);
    const { imported } = await checkFile(bytes, 'plain.docx');
    expect(problemsOf(imported).map((p) => p.id)).toEqual(['1', '2', '3']);
  });
});
