/**
 * A synthetic plan of about `targetBytes` (default 1 MB) for the language-server benchmark and robustness tests.
 * Deterministic (seeded). Each problem has its own wording — place and project names drawn at random, counted
 * results, its own 文号 — so rules that compare problems with one another see distinct problems, as in a real
 * plan; one problem in ten lacks its cause analysis, so every run has findings to place and publish.
 */
import { seededRandom } from './corpus.js';

const NAME_CHARACTERS = '东西南北青白石桥河湖山林园港湾新安和平兴隆永丰长乐福田龙凤金银松柏桃李梅兰竹菊春秋华阳明光德仁泰康宁富源昌盛文武';
const OUTCOMES = ['追缴违规资金', '清退多发补贴', '补录审批档案', '整治占道经营点', '纠正超标准接待', '收回出租门面'];
const UNITS = ['宗', '件', '处', '户', '笔'];
const RULES = ['管理办法', '实施细则', '工作规程', '审批制度', '操作指南'];

function words(random: () => number) {
  const pick = <T>(list: readonly T[] | string) => list[Math.floor(random() * list.length)] as T;
  const name = (length: number) => Array.from({ length }, () => pick<string>(NAME_CHARACTERS)).join('');
  const count = () => 2 + Math.floor(random() * 400);
  return { pick, name, count };
}

function problem(aspect: number, index: number, random: () => number): Record<string, unknown> {
  const { pick, name, count } = words(random);
  const id = `${aspect}.${index}`;
  const place = `${name(2)}街道${name(3)}社区`;
  const project = `${name(4)}${pick(['道路', '厂房', '水库', '学校', '市场'])}项目`;
  const reference = (n: number) => `${name(1)}交〔2022〕${aspect * 1000 + index * 10 + n}号`;
  const measure = (n: number) => ({
    id: `${id}.${n}`,
    text: `对${place}${project}逐宗核查，${pick(OUTCOMES)}${count()}${pick(UNITS)}，制定《${name(3)}${pick(RULES)}》，由${name(2)}股${name(3)}负责跟踪销号。`,
    owner: `${name(2)}股`,
    deadline: '2022-08-31',
    status: 'done',
    completionDate: '2022-08-30',
    evidence: [{ type: '台账', title: `${place}${project}整改台账（${name(4)}）`, date: '2022-08-30', reference: reference(n) }],
  });
  return {
    id,
    title: `第 ${id} 项：${place}${project}审批程序不规范`,
    feedback: `抽查${place}${project}档案${count()}宗，其中${count()}宗未经平台受理，由${name(2)}股直接办理。`,
    ...(index % 10 === 0 ? {} : { causes: [`${name(2)}股对${project}审批风险认识不足，内部监督缺少跟踪预警。`, `${place}台账${count()}宗多年未清理，制度执行流于形式。`] }),
    responsibleLeader: `党组成员、副局长 ${name(1)}某某`,
    responsibleDepartment: `${name(2)}股`,
    deadline: '2022-09-20',
    measures: [1, 2, 3].map(measure),
    status: 'done',
    progress: `${place}${project}已${pick(OUTCOMES)}${count()}${pick(UNITS)}，问责${count()}人。`,
    completionDate: '2022-09-15',
    evidence: [{ type: '文件', title: `关于${place}${project}整改情况的报告`, date: '2022-09-15', reference: reference(0) }],
  };
}

/** The plan's JSON text, pretty-printed with two spaces as people keep plans. */
export function largePlanText(targetBytes = 1_000_000): string {
  const random = seededRandom(20230116);
  const problemsPerAspect = 50;
  const aspects: Record<string, unknown>[] = [];
  let size = 0;
  for (let a = 1; size < targetBytes; a++) {
    const problems = Array.from({ length: problemsPerAspect }, (_, p) => problem(a, p + 1, random));
    aspects.push({ id: String(a), title: `第 ${a} 方面：贯彻落实上级决策部署有差距`, problems });
    size += Buffer.byteLength(JSON.stringify(problems, null, 2));
  }
  const plan = {
    $schema: 'https://rectlint.dev/schemas/plan.schema.json',
    inspection: { team: '区委第二巡察组', kind: '巡察', inspectedUnit: '江滨区交通运输局党组', feedbackDate: '2022-06-20' },
    report: { kind: 'progress-report', title: '整改进展情况的报告', date: '2023-01-16' },
    aspects,
  };
  return `${JSON.stringify(plan, null, 2)}\n`;
}
