/**
 * Word tables read as ledgers: headers in other words and orders, two-level headers, aspect rows, merged cells,
 * several measures in one cell, totals and notes, tables that are not ledgers. Fixtures are written here, in words
 * and layouts of their own.
 */
import { describe, expect, it } from 'vitest';
import { tc } from './docx-fixture.js';
import { checkFile, findingsOf, problemsOf, wordDocument } from './ledger-helpers.js';

const opening = '2023年3月1日至4月20日，市委第五巡察组对市档案馆党组开展了常规巡察，并于2023年5月10日反馈了巡察意见。';

describe('a Word table as a ledger', () => {
  it('maps headers named otherwise, in another order, with no aspect column: one aspect, ids by 序号', async () => {
    const bytes = await wordDocument(opening, [
      ['编号', '存在问题', '牵头领导', '整改举措', '计划完成时间', '进展情况', '证明材料'],
      ['1', '档案数字化进度滞后。馆藏档案数字化率仅为41%。', '副馆长 钱某', ['（1）制定数字化三年计划；', '（2）引入第三方加工。'], '2023年12月31日', '基本完成，已完成招标。', '招标文件'],
      ['2', '库房温湿度监测不到位。', '馆长 孙某', '一是更换监测设备；二是建立巡查记录。', '立行立改', '已完成。', '无'],
    ]);
    const { imported, result } = await checkFile(bytes, 'ledger.docx', '2024-01-15');
    expect(imported.plan.aspects).toHaveLength(1);
    const [first, second] = problemsOf(imported);
    expect(first).toMatchObject({
      id: '1',
      title: '档案数字化进度滞后',
      feedback: '档案数字化进度滞后。馆藏档案数字化率仅为41%',
      responsibleLeader: '副馆长 钱某',
      measures: [{ id: '1.1', text: '制定数字化三年计划' }, { id: '1.2', text: '引入第三方加工' }],
      deadline: '2023-12-31',
      status: 'basically-done',
      statusText: '基本完成',
      progress: '已完成招标',
      evidence: [{ title: '招标文件', type: '文件' }],
    });
    expect(second).toMatchObject({ id: '2', deadline: '立行立改', status: 'done', measures: [{ text: '更换监测设备' }, { text: '建立巡查记录' }] });
    expect(second.evidence).toBeUndefined();
    // 已完成 with 无 as its evidence, found at the 证明材料 cell of its row (table 1, row 3, column 7).
    const [noEvidence] = findingsOf(result, 'completed-requires-evidence');
    expect(noEvidence.range.place).toMatchObject({ table: 1, row: 3 });
    expect(findingsOf(result, 'overdue').map((d) => d.problemId)).toEqual(['1']);
  });

  it('reads a two-level header, aspect rows (numeral and a title merged across) and 序号 restarting per aspect', async () => {
    const bytes = await wordDocument(opening, [
      [tc('序号', { vMerge: 'restart' }), tc('反馈问题', { vMerge: 'restart' }), tc('整改任务', { vMerge: 'restart' }), tc('整改责任', { span: 3 }), tc('时限', { vMerge: 'restart' })],
      [tc('', { vMerge: 'continue' }), tc('', { vMerge: 'continue' }), tc('', { vMerge: 'continue' }), '分管领导', '责任科室', '经办人', tc('', { vMerge: 'continue' })],
      ['一', tc('政治建设方面', { span: 6 })],
      ['1', '学习制度落实不严格', '修订学习制度', '书记 周某', '办公室', '吴某', '2023年8月底前'],
      ['2', '意识形态阵地管理松散', '清理网站栏目', '副书记 郑某', '宣传科', '王某', '2023年9月底前'],
      ['二', tc('作风建设方面', { span: 6 })],
      ['1', '公车使用登记不全', '建立用车台账', '副馆长 钱某', '办公室', '冯某', '2023年7月底前'],
    ]);
    const { imported } = await checkFile(bytes, 'two-level.docx');
    expect(imported.plan.aspects.map((a) => [a.id, a.title, a.problems.map((p) => p.id)])).toEqual([
      ['1', '政治建设方面', ['1.1', '1.2']],
      ['2', '作风建设方面', ['2.1']],
    ]);
    expect(problemsOf(imported)[2]).toMatchObject({ responsibleLeader: '副馆长 钱某', responsibleDepartment: '办公室', responsiblePerson: '冯某', deadline: '2023-07-31' });
  });

  it('carries merged cells down as "same as above", and reports a blank cell outside a merge at that cell', async () => {
    const bytes = await wordDocument(opening, [
      ['序号', '问题分类', '问题描述', '整改措施', '责任领导', '完成时限'],
      ['1', tc('业务管理', { vMerge: 'restart' }), '档案借阅审批不规范', '修订借阅办法', tc('副馆长 钱某', { vMerge: 'restart' }), '2023年10月底前'],
      ['2', tc('', { vMerge: 'continue' }), '涉密档案管理存在漏洞', '开展保密检查', tc('', { vMerge: 'continue' }), ''],
      ['3', '队伍建设', '专业人员短缺', '招聘档案专业人员', '馆长 孙某', '2024年6月底前'],
    ]);
    const { imported, result } = await checkFile(bytes, 'merged.docx', '2023-09-01');
    expect(imported.plan.aspects.map((a) => [a.title, a.problems.map((p) => p.id)])).toEqual([
      ['业务管理', ['1', '2']],
      ['队伍建设', ['3']],
    ]);
    expect(problemsOf(imported)[1].responsibleLeader).toBe('副馆长 钱某');
    expect(findingsOf(result, 'require-responsible-leader')).toEqual([]);
    const [deadline] = findingsOf(result, 'require-deadline');
    expect(deadline.problemId).toBe('2');
    expect(deadline.range.place).toMatchObject({ table: 1, row: 3, column: 6 });
  });

  it('reads a problem merged down over several rows of measures, each with its own deadline', async () => {
    const bytes = await wordDocument(opening, [
      ['序号', '巡察反馈问题', '具体措施', '责任部门', '完成时限'],
      [tc('1', { vMerge: 'restart' }), tc('安全生产责任落实不到位', { vMerge: 'restart' }), '开展隐患排查', '安全科', '2023年7月底前'],
      [tc('', { vMerge: 'continue' }), tc('', { vMerge: 'continue' }), '修订应急预案', '办公室', '2023年9月底前'],
      ['2', '财务报销审核不严', '开展财务自查', '财务科', '2023年8月底前'],
    ]);
    const { imported } = await checkFile(bytes, 'merged-problem.docx');
    const [first, second] = problemsOf(imported);
    expect(first.measures?.map((m) => m.text)).toEqual(['开展隐患排查', '修订应急预案']);
    expect(first.responsibleDepartment).toBe('安全科\n办公室');
    // Each row's deadline is its measures'; the problem is done when the last of them is.
    expect(first.measures?.map((m) => m.deadline)).toEqual(['2023-07-31', '2023-09-30']);
    expect(first.deadline).toBe('2023-09-30');
    expect(second.id).toBe('2');
  });

  it('reads two ledgers in one document, skips a header repeated inside a table, and takes totals from a 合计 row', async () => {
    const bytes = await wordDocument(
      opening,
      '附件1：立行立改问题清单',
      [
        ['序号', '问题', '整改措施', '责任人', '整改时限'],
        ['1', '值班制度执行不严', '严格值班', '周某', '立行立改'],
        ['序号', '问题', '整改措施', '责任人', '整改时限'],
        ['2', '办公用房超标', '腾退超标面积', '王某', '立行立改'],
        ['合计', '共2个问题，已完成2个', '', '', ''],
      ],
      '附件2：限期整改问题清单',
      [
        ['序号', '问题', '整改措施', '责任人', '整改时限'],
        ['1', '制度建设滞后', '制定制度', '吴某', '2023年12月底前'],
      ],
    );
    const { imported } = await checkFile(bytes, 'two-ledgers.docx');
    expect(problemsOf(imported).map((p) => [p.title, p.deadline])).toEqual([
      ['值班制度执行不严', '立行立改'],
      ['办公用房超标', '立行立改'],
      ['制度建设滞后', '2023-12-31'],
    ]);
    // 序号 1 twice: ids are aspect.序号 … and the one aspect holds both lists.
    expect(new Set(problemsOf(imported).map((p) => p.id)).size).toBe(3);
    expect(imported.plan.declared).toMatchObject({ problems: 2, completed: 2 });
  });

  it('leaves a table that is not a ledger (a budget) to the narrative reader, and reads a meeting table as meetings', async () => {
    const bytes = await wordDocument(
      '市档案馆党组关于巡察整改情况的报告',
      opening,
      '一、整改工作开展情况',
      [
        ['序号', '会议名称', '召开时间', '参会人员'],
        ['1', '党组会议', '2023年5月20日', '党组成员、各科室负责人'],
        ['2', '整改推进会', '2023年6月15日', '各科室负责人'],
      ],
      [
        ['项目', '金额（万元）', '备注'],
        ['设备购置', '12.5', '已支付'],
      ],
      '二、问题整改情况',
      '（一）业务管理方面',
      '1.档案借阅审批不规范',
      '原因分析：制度不健全。',
      '整改措施：修订借阅办法。',
      '责任领导：副馆长 钱某',
      '整改时限：2023年10月底前',
    );
    const { imported, result } = await checkFile(bytes, 'report.docx');
    expect(problemsOf(imported).map((p) => p.title)).toEqual(['档案借阅审批不规范']);
    expect(imported.plan.meetings).toEqual([
      { date: '2023-05-20', kind: '党组会议', title: '党组会议' },
      { date: '2023-06-15', kind: '整改推进会', title: '整改推进会' },
    ]);
    expect(findingsOf(result, 'vague-responsibility')).toEqual([]);
  });
});
