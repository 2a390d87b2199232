/**
 * A synthetic plan of about `targetBytes` (default 1 MB) for the language-server benchmark and robustness tests:
 * realistic problems, one in ten missing a field, so each run has findings to place and publish.
 */
const CAUSE = '局领导班子对优化营商环境的重要性认识不足，把行政审批服务当作一般性业务工作，专题研究部署不多。';
const MEASURE = '召开党组会议专题研究行政审批服务工作，印发实施意见，明确“三集中一分开”要求和各股室职责分工。';

function problem(aspect: number, index: number): Record<string, unknown> {
  const id = `${aspect}.${index}`;
  const complete = index % 10 !== 0;
  return {
    id,
    title: `第 ${id} 项问题：行政审批服务重视不够，承接下放事项落实不到位`,
    feedback: '局党组对行政审批服务工作研究部署不多。2021年承接上级下放的交通行政许可事项12项，其中5项未按要求进驻政务服务中心。',
    ...(complete ? { causes: [CAUSE, CAUSE] } : {}),
    responsibleLeader: '党组成员、副局长 李某某',
    responsibleDepartment: '行政审批服务股',
    deadline: '2022-09-20',
    measures: [1, 2, 3].map((n) => ({ id: `${id}.${n}`, text: MEASURE, owner: '行政审批服务股', deadline: '2022-08-31' })),
    status: 'done',
    completionDate: '2022-09-15',
    evidence: [{ type: '会议纪要', title: '局党组会议纪要（专题研究行政审批服务工作）', date: '2022-07-08', reference: '江交党组纪〔2022〕9号' }],
  };
}

/** The plan's JSON text, pretty-printed with two spaces as people keep plans. */
export function largePlanText(targetBytes = 1_000_000): string {
  const problemsPerAspect = 50;
  const sizeOfOne = Buffer.byteLength(JSON.stringify(problem(1, 1), null, 2));
  const aspects = Math.max(1, Math.ceil(targetBytes / (sizeOfOne * problemsPerAspect)));
  const plan = {
    $schema: 'https://rectlint.dev/schemas/plan.schema.json',
    inspection: { team: '区委第二巡察组', kind: '巡察', inspectedUnit: '江滨区交通运输局党组', feedbackDate: '2022-06-20' },
    report: { kind: 'progress-report', title: '整改进展情况的报告', date: '2023-01-16' },
    aspects: Array.from({ length: aspects }, (_, a) => ({
      id: String(a + 1),
      title: `第 ${a + 1} 方面：贯彻落实上级决策部署有差距`,
      problems: Array.from({ length: problemsPerAspect }, (_, p) => problem(a + 1, p + 1)),
    })),
  };
  return `${JSON.stringify(plan, null, 2)}\n`;
}
