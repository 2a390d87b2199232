/**
 * A synthetic archive of rectification plans for the benchmark: realistic Chinese text assembled from phrases
 * of published reports, deterministic (seeded), with a few per cent of problems carrying a finding.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A small deterministic generator (mulberry32), so every run writes the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UNITS = ['交通运输局', '自然资源局', '住房和城乡建设局', '农业农村局', '卫生健康委员会', '教育局', '市场监督管理局', '水利局', '财政局', '民政局'];
/** 16 × 16 district names, so that 2 000 plans come from 2 000 units (ten units a district), as an archive does. */
const DISTRICT_FIRST = ['江', '临', '青', '东', '白', '南', '西', '北', '金', '云', '石', '长', '安', '平', '清', '永'];
const DISTRICT_SECOND = ['滨', '川', '山', '湖', '沙', '岭', '河', '塘', '水', '台', '门', '宁', '丰', '阳', '溪', '源'];
const districtOf = (index: number) => `${DISTRICT_FIRST[index % 16]}${DISTRICT_SECOND[Math.floor(index / 16) % 16]}${index % 3 === 0 ? '县' : '区'}`;
const ASPECTS = [
  '贯彻落实党的路线方针政策和上级决策部署有差距',
  '落实全面从严治党主体责任不到位',
  '领导班子和干部队伍建设存在短板',
  '落实中央八项规定精神不够严格',
  '财务和国有资产管理不规范',
];
const PROBLEM_TITLES = [
  '行政审批服务重视不够，承接下放事项落实不到位',
  '党组会议研究部署安全生产工作不够',
  '“三重一大”事项集体决策制度执行不严格',
  '违规发放津贴补贴',
  '国有资产出租未履行审批程序',
  '干部轮岗交流制度落实不到位',
  '意识形态工作责任制落实不够有力',
  '公务接待管理不规范，存在超标准接待',
  '政府采购程序不规范，部分项目化整为零规避招标',
  '基层党组织“三会一课”制度落实不严格',
];
const FEEDBACK = [
  '2021年局党组会议专题研究相关工作仅1次，对重点领域风险研判不足，部分任务进度滞后。',
  '抽查2021年档案60宗，其中7宗未经平台受理，由业务股室直接办理，3宗超过承诺时限办结。',
  '2020年至2021年向不符合条件的2名工作人员发放岗位津贴，共计2820元。',
  '3处门面房出租未经集体研究、未进行公开招租，租金长期低于市场价格。',
  '在同一重要岗位工作满5年的干部有4名，未按规定进行轮岗交流。',
];
/** Causes are written by each unit about its own subject, places and figures, in the stock phrasing of published reports. */
const CAUSE_FORMS: ((rand: () => number, unit: string, subject: string) => string)[] = [
  (rand, unit, subject) => `${unit}${pick(rand, ['领导班子', '党组', '主要负责同志'])}对${subject}${pick(rand, ['认识不足', '重视不够', '摆位不高'])}，${int(rand, 2016, 2021)}年仅${int(rand, 1, 5)}次研究${pick(rand, OBJECTS)}，对${pick(rand, PLACES)}${pick(rand, ['部署多、督查少', '以会议落实会议', '一发了之'])}`,
  (rand, unit, subject) => `${unit}${subject}${pick(rand, ['监督机制不完善', '监管链条有断点', '制约机制缺失'])}，${pick(rand, PLACES)}的${pick(rand, OBJECTS)}${pick(rand, ['缺少跟踪预警', '没有定期抽查', '复核流于形式'])}，${int(rand, 2, 60)}个问题${pick(rand, ['未及时纠正', '拖延未改', '反复出现'])}`,
  (rand, unit, subject) => `${unit}${pick(rand, PEOPLE)}${pick(rand, ['依法行政', '制度执行', '廉洁自律'])}意识不强，办理${subject}时${pick(rand, ['图省事', '凭经验', '搞变通'])}，${pick(rand, PLACES)}有${int(rand, 2, 90)}件${pick(rand, OBJECTS)}绕开规定程序`,
  (rand, unit, subject) => `${unit}对${subject}${pick(rand, ['发放依据', '审核环节', '资格条件', '票据凭证'])}把关不严，${int(rand, 2016, 2021)}年以来${pick(rand, PLACES)}有${int(rand, 3, 300)}份${pick(rand, OBJECTS)}手续不全`,
  (rand, unit, subject) => `${unit}${subject}制度${int(rand, 3, 15)}年未修订，${pick(rand, PLACES)}${int(rand, 2, 20)}个岗位的${pick(rand, OBJECTS)}${pick(rand, ['排查流于形式', '底数不清', '未作风险评估'])}，${pick(rand, PEOPLE)}${pick(rand, ['长期一人经办', '多年未轮岗', '缺少制衡'])}`,
];

const OWNERS = ['办公室', '财务股', '人事股', '行政审批服务股', '安全生产监督管理股', '局机关纪委'];
const LEADERS = ['党组成员、副局长 李某某', '党组成员、副局长 赵某某', '党组成员、纪检组长 陈某某'];
const EVIDENCE = [
  { type: '会议纪要', title: '局党组会议纪要（专题研究整改工作）' },
  { type: '文件', title: '《关于进一步规范管理工作的实施意见》' },
  { type: '台账', title: '问题整改核查台账' },
  { type: '凭证', title: '违规资金退缴凭证' },
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

function date(month: number, day: number): string {
  return `2022-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ACTIONS = ['制定', '修订', '印发', '完善', '建立', '健全', '出台', '重新梳理'];
const RULES_OF = ['管理办法', '实施细则', '工作制度', '操作规程', '考核办法', '风险防控清单', '工作流程图', '责任清单'];
const CHECKS = ['逐宗核查', '全面自查', '专项检查', '交叉检查', '随机抽查', '集中排查', '回头看', '倒查'];
const OUTCOMES = ['全部整改销号', '补录至政务服务平台', '建立整改台账', '约谈相关责任人', '退还违规资金', '办结并归档', '移交纪检监察机关', '通报批评'];
const OBJECTS = ['采购合同', '审批档案', '公务接待清单', '津贴发放记录', '门面房租赁合同', '会议记录', '工程结算资料', '党费收缴台账', '车辆使用登记', '项目验收材料', '资金拨付凭证', '干部人事档案'];
const PLACES = ['城南片区', '开发区分局', '政务服务中心窗口', '局属三个事业单位', '乡镇站所', '机关各股室', '下属国有企业', '执法大队'];
const PEOPLE = ['分管副局长', '股室负责人', '财务人员', '窗口工作人员', '执法人员', '机关党支部书记', '纪检委员', '项目负责人'];
const KEY_TOPICS = ['三重一大', '八项规定', '津贴补贴', '国有资产'];

function int(rand: () => number, low: number, high: number): number {
  return low + Math.floor(rand() * (high - low + 1));
}

/** Measures are written from many independent pieces, so two measures of one plan share little text, as in real plans. */
const MEASURE_FORMS: ((rand: () => number, subject: string) => string)[] = [
  (rand, subject) => `${int(rand, 7, 11)}月${int(rand, 1, 28)}日前${pick(rand, ACTIONS)}《${subject.slice(0, int(rand, 4, 8))}${pick(rand, RULES_OF)}》，明确${pick(rand, OWNERS)}审核职责和${int(rand, 2, 15)}个工作日办理时限`,
  (rand) => `对${int(rand, 2016, 2021)}年以来${pick(rand, PLACES)}的${pick(rand, OBJECTS)}${pick(rand, CHECKS)}，共核查${int(rand, 12, 900)}份，发现问题${int(rand, 1, 40)}个，${pick(rand, OUTCOMES)}`,
  (rand) => `组织${pick(rand, PLACES)}${int(rand, 8, 160)}名${pick(rand, PEOPLE)}开展专题培训${int(rand, 1, 6)}场次，结业测试合格率${int(rand, 85, 100)}%`,
  (rand) => `由${pick(rand, PEOPLE)}牵头对${pick(rand, OBJECTS)}实行月报制度，每月${int(rand, 1, 10)}日前报送${pick(rand, OWNERS)}汇总`,
  (rand) => `清退违规发放款项${int(rand, 1, 90)}.${int(rand, 1, 99)}万元，涉及${int(rand, 1, 30)}人，${pick(rand, OUTCOMES)}`,
  (rand, subject) => `将${subject.slice(-6)}纳入${int(rand, 2022, 2023)}年度${pick(rand, OWNERS)}绩效考核，权重${int(rand, 3, 20)}分，对${pick(rand, PLACES)}季度通报`,
];

function measureText(rand: () => number, subject: string): string {
  const first = int(rand, 0, MEASURE_FORMS.length - 1);
  const second = (first + int(rand, 1, MEASURE_FORMS.length - 1)) % MEASURE_FORMS.length;
  return `${MEASURE_FORMS[first](rand, subject)}；${MEASURE_FORMS[second](rand, subject)}。`;
}

const SUBJECTS = ['行政审批', '工程招投标', '公务接待', '津贴补贴发放', '国有资产出租', '干部选拔任用', '意识形态工作', '政府采购', '基层党组织建设', '安全生产监管', '财政资金拨付', '执法办案'];
const DEFECTS = ['制度执行不严格', '监督管理不到位', '程序不规范', '责任落实不力', '风险防控薄弱', '整改不彻底', '台账管理混乱', '审核把关不严'];

/** One problem; `flaw` removes what one of the core rules requires. */
function problem(rand: () => number, id: string, flaw: string | undefined, unit: string, serial: number): Record<string, unknown> {
  const title = `${pick(rand, SUBJECTS)}${pick(rand, DEFECTS)}，${pick(rand, PROBLEM_TITLES).slice(0, int(rand, 6, 12))}`;
  const principal = KEY_TOPICS.some((topic) => title.includes(topic));
  const measureCount = 2 + Math.floor(rand() * 2);
  const measures = Array.from({ length: measureCount }, (_, m) => ({
    id: `${id}.${m + 1}`,
    text: measureText(rand, `${unit}${title}`),
    owner: pick(rand, OWNERS),
    deadline: date(7 + m, 10 + Math.floor(rand() * 15)),
  }));
  const evidence = [0, 1].map((e) => {
    const kind = pick(rand, EVIDENCE);
    return { type: kind.type, title: `${kind.title}（问题${id}）`, date: date(7 + e, 5 + Math.floor(rand() * 20)), reference: `${unit.slice(0, 2)}${unit.slice(-3, -1)}〔2022〕${serial * 2 + e + 1}号` };
  });
  const result: Record<string, unknown> = {
    id,
    title,
    feedback: pick(rand, FEEDBACK),
    causes: [pick(rand, CAUSE_FORMS)(rand, unit, pick(rand, SUBJECTS)), pick(rand, CAUSE_FORMS)(rand, unit, pick(rand, SUBJECTS))],
    responsibleLeader: principal ? '党组书记、局长 王某某' : pick(rand, LEADERS),
    responsibleDepartment: pick(rand, OWNERS),
    responsiblePerson: `${pick(rand, OWNERS)}负责人 孙某某`,
    deadline: date(9, 20),
    measures,
    status: 'done',
    statusText: '已完成',
    progress: `截至${date(9, 10 + Math.floor(rand() * 10))}，${measureText(rand, title)}`,
    completionDate: date(9, 15),
    evidence,
  };
  if (flaw === 'causes') delete result.causes;
  if (flaw === 'leader') delete result.responsibleLeader;
  if (flaw === 'deadline') delete result.deadline;
  if (flaw === 'evidence') delete result.evidence;
  return result;
}

const FLAWS = ['causes', 'leader', 'deadline', 'evidence'];

export interface CorpusOptions {
  plans: number;
  problemsPerPlan: number;
  /** Share of problems with a finding. */
  findingRate: number;
  seed?: number;
}

/** One plan in a hundred is copied from the plan before it, the copying unit's name put in (for the batch rules). */
export const COPY_EVERY = 100;
const COPY_AT = 50;

const unitOf = (index: number) => `${districtOf(Math.floor(index / UNITS.length))}${UNITS[index % UNITS.length]}`;

/** The JSON text of plan number `index`. */
export function planText(index: number, options: CorpusOptions): string {
  if (index % COPY_EVERY === COPY_AT && index > 0) return planText(index - 1, options).split(unitOf(index - 1)).join(unitOf(index));
  const rand = seededRandom((options.seed ?? 20220620) + index * 7919);
  const unit = unitOf(index);
  const perAspect = Math.ceil(options.problemsPerPlan / ASPECTS.length);
  const aspects = ASPECTS.map((title, a) => ({
    id: String(a + 1),
    title,
    problems: Array.from({ length: Math.max(0, Math.min(perAspect, options.problemsPerPlan - a * perAspect)) }, (_, p) =>
      problem(rand, `${a + 1}.${p + 1}`, rand() < options.findingRate ? pick(rand, FLAWS) : undefined, unit, a * perAspect + p),
    ),
  })).filter((aspect) => aspect.problems.length > 0);
  const plan = {
    inspection: { team: '区委第二巡察组', kind: '巡察', mode: '常规', inspectedUnit: `${unit}党组`, period: { start: '2022-03-14', end: '2022-05-13' }, feedbackDate: '2022-06-20' },
    report: { kind: 'progress-report', title: `中共${unit}党组关于巡察整改进展情况的报告`, issuer: `中共${unit}党组`, date: '2023-01-16' },
    organization: { firstResponsible: { name: '王某某', post: '党组书记、局长' } },
    aspects,
  };
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/** Writes plans `0 … plans-1` into `dir` (100 per sub-folder) and returns their paths and total bytes. */
export async function writeCorpus(dir: string, options: CorpusOptions): Promise<{ files: string[]; bytes: number }> {
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < options.plans; i++) {
    const folder = join(dir, `batch-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) await mkdir(folder, { recursive: true });
    const file = join(folder, `plan-${String(i).padStart(5, '0')}.json`);
    const text = planText(i, options);
    await writeFile(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}
