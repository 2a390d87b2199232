/**
 * Submissions of invented units, written for these tests: plans whose findings are known, a text report and a
 * Word report the importer reads a unit from, a file that is not JSON at all, and a plan with hostile text.
 */
import type { Plan } from '../../src/types/plan.js';
import { docx, docxFromXml, p, tbl, tc, tr } from '../import/docx-fixture.js';

/**
 * A unit's plan. Version 1: problem 2.1 has no cause analysis (require-cause-analysis, an error) and problem 1.1
 * is done without evidence (completed-requires-evidence). Version 2 adds the causes and evidence, adds problem
 * 2.2 with no deadline (require-deadline), moves 1.2's deadline and marks it done.
 */
export function unitPlan(unit: string, version: 1 | 2 = 1): Plan {
  const v2 = version === 2;
  return {
    inspection: { team: '县委第二巡察组', kind: '巡察', mode: '常规', inspectedUnit: unit, period: { start: '2023-03-01', end: '2023-04-28' }, feedbackDate: '2023-06-09' },
    report: { kind: 'progress-report', title: `${unit}关于巡察反馈问题整改情况的报告`, date: '2023-10-20' },
    organization: { leadingGroup: { leader: { name: '周某某', post: '党组书记、局长' } }, firstResponsible: { name: '周某某', post: '党组书记、局长' } },
    aspects: [
      {
        id: '1',
        title: '履行全面从严治党主体责任有差距',
        problems: [
          {
            id: '1.1',
            title: '专题研究党风廉政建设次数偏少',
            causes: ['党组对主体责任认识不深，重业务轻党建'],
            responsibleLeader: '党组书记、局长',
            responsibleDepartment: '办公室',
            responsiblePerson: '办公室主任',
            deadline: '2023-08-31',
            measures: [{ text: '修订党组议事规则，明确每半年至少专题研究一次党风廉政建设工作', status: 'done', completionDate: '2023-08-10' }],
            status: 'done',
            completionDate: '2023-08-10',
            ...(v2 ? { evidence: [{ type: '文件' as const, title: '《党组议事规则（2023年修订）》', date: '2023-08-10', reference: '县水党组〔2023〕7号' }] } : {}),
          },
          {
            id: '1.2',
            title: '警示教育开展不经常',
            causes: ['教育计划缺乏刚性约束'],
            responsibleLeader: '党组成员、副局长',
            responsibleDepartment: '机关党委',
            responsiblePerson: '机关党委专职副书记',
            deadline: v2 ? '2023-12-31' : '2023-11-30',
            measures: [{ text: '制定年度警示教育计划，组织旁听庭审一次', status: v2 ? 'done' : 'in-progress' }],
            status: v2 ? 'done' : 'in-progress',
            ...(v2 ? { completionDate: '2023-11-20', evidence: [{ type: '会议纪要' as const, title: '警示教育大会纪要', date: '2023-11-20' }] } : {}),
          },
        ],
      },
      {
        id: '2',
        title: '工程项目管理不规范',
        problems: [
          {
            id: '2.1',
            title: '部分项目未按规定公开招标',
            ...(v2 ? { causes: ['招标采购内控制度执行不严'] } : {}),
            responsibleLeader: '党组成员、副局长',
            responsibleDepartment: '建设管理股',
            responsiblePerson: '股长',
            deadline: '2023-12-31',
            measures: [{ text: '对近三年项目逐一复核，建立项目招标台账' }],
            status: 'in-progress',
          },
          ...(v2
            ? [{ id: '2.2', title: '项目验收资料归档不全', causes: ['档案管理责任不明确'], responsibleLeader: '党组成员、副局长', responsibleDepartment: '建设管理股', responsiblePerson: '档案员', measures: [{ text: '补齐验收资料并建立归档清单' }], status: 'in-progress' as const }]
            : []),
        ],
      },
    ],
  };
}

export const planText = (plan: Plan) => `${JSON.stringify(plan, null, 2)}\n`;

/** A progress report as plain text; the importer reads its unit from the opening. */
export function textReport(unit: string): string {
  return `中共${unit}关于县委巡察组反馈意见整改进展情况的报告

2023年4月10日至5月31日，县委第一巡察组对${unit}进行了常规巡察，并于2023年7月5日反馈了巡察意见。现将整改进展情况报告如下。

一、整改落实情况
（一）执行财经纪律不严
1.公务接待超标准问题
原因分析：接待审批把关不严。
整改措施：修订公务接待管理办法，逐笔复核近两年接待费用。
责任领导：党组副书记
责任部门：办公室
整改时限：2023年10月31日
整改状态：已完成
佐证材料：《公务接待管理办法》（2023年9月印发）
2.车辆使用登记不全问题
整改措施：建立公车使用登记台账。
责任领导：党组书记
整改时限：2023年12月31日
整改状态：正在推进

2023年11月2日
`;
}

/** The same kind of report as a Word document, one paragraph a line. */
export function docxReport(unit: string): Promise<Uint8Array> {
  return docx(textReport(unit).split('\n').filter((line) => line.trim() !== ''));
}

/** A Word report whose problems are a table (a 整改台账), with a merged aspect row. */
export function docxLedger(unit: string): Promise<Uint8Array> {
  const row = (...cells: string[]) => tr(...cells.map((text) => tc(text)));
  return docxFromXml(
    [
      p(`中共${unit}关于巡察反馈问题整改落实情况的报告`),
      p(`2023年4月10日至5月31日，县委第一巡察组对${unit}进行了常规巡察，并于2023年7月5日反馈了巡察意见。现将整改情况报告如下。`),
      p('附表：巡察反馈问题整改台账'),
      tbl(
        row('序号', '反馈问题', '原因分析', '整改措施', '责任领导', '整改时限', '完成情况'),
        tr(tc('一、落实意识形态工作责任制不到位', { span: 7 })),
        row('1', '理论学习中心组学习流于形式', '学习计划针对性不强', '制定年度学习计划，每季度开展专题研讨', '党组书记', '2023年12月31日', '已完成'),
        row('2', '网站信息发布审核不严', '', '建立信息发布三审制度', '分管副局长', '2023年10月31日', '正在推进'),
      ),
      p('2023年11月2日'),
    ].join(''),
  );
}

/** Not JSON at all: the check reports a parse error at its line and column. */
export const BROKEN_JSON = '{\n  "inspection": {\n    "inspectedUnit": "某单位",\n  oops\n}\n';

/** A plan whose unit name and texts try to run script; they must show as text. */
export function hostilePlan(): Plan {
  const plan = unitPlan('<img src=x onerror="window.__pwned=1">恶意单位');
  plan.aspects[0].problems[0].title = '<script>window.__pwned=2</script>标题';
  plan.aspects[0].problems[0].causes = ['"><svg onload="window.__pwned=3">'];
  return plan;
}

/** An Excel 台账 as offices hand out: a title row, then the header and a row per problem, on a sheet named 明细. */
export async function xlsxLedger(unit: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('明细');
  sheet.addRow([`${unit}巡察反馈问题整改台账`]);
  sheet.mergeCells('A1:G1');
  sheet.addRow(['序号', '反馈问题', '原因分析', '整改措施', '责任领导', '整改时限', '完成情况']);
  sheet.addRow(['1', '会议记录不规范', '制度执行不严', '修订会议记录规范，逐月检查', '办公室主任', '2023-10-31', '已完成']);
  sheet.addRow(['2', '固定资产账实不符', '', '全面清查固定资产并建立台账', '', '2023-12-31', '正在推进']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
