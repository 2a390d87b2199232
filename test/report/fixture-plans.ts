import { basePlan } from '../fixtures/base-plan.js';
import { tempProject } from '../temp-project.js';
import type { Plan, Problem } from '../../src/types/plan.js';

/** Each payload sets `window.__pwned` or opens a dialog if it ever runs; the browser test watches for both. */
export const HOSTILE = {
  script: '<script>window.__pwned = 1; alert(1)</script>',
  img: '<img src=x onerror="window.__pwned = 1; alert(1)">',
  js: 'javascript:alert(1)',
  breakout: '</td></tr></table><script>alert(1)</script>',
  attribute: '"><svg onload=alert(1)>',
  iframe: '<iframe src="https://example.com/"></iframe>',
} as const;

/** A file name is plan input too: it lands in the table, in tooltips and in the filter's data. */
export const HOSTILE_FILE = '<img src=x onerror=alert(1)>.json';

export const CSV_TRICKY_TITLE = '问题标题，含逗号, "引号" 和\n换行';
export const FORMULA_TITLE = '=HYPERLINK("http://example.com","点我")';

function weakPlan(): Plan {
  const plan = basePlan();
  plan.inspection.inspectedUnit = '区薄弱样本局党组';
  const [done] = plan.aspects[0].problems;
  // 1.1 is "done" but neither it nor its measure has evidence.
  delete done.evidence;
  delete done.measures![0].evidence;
  const overdue: Problem = {
    id: '1.2',
    title: '项目审批超时',
    responsibleLeader: '副局长',
    deadline: '2022-05-31',
    measures: [{ text: '清理超时件' }],
    status: 'in-progress',
  };
  const open: Problem = {
    id: '1.3',
    title: '制度建设滞后',
    causes: ['重业务轻制度'],
    measures: [{ text: '修订制度' }],
    status: 'not-started',
    items: [{ id: '1.3.1', title: '印章管理制度未修订', causes: ['疏于管理'], responsibleLeader: '办公室主任', deadline: '2022-04-30', measures: [{ text: '修订印章管理办法' }], status: 'done', completionDate: '2022-04-28' }],
  };
  plan.aspects[0].problems.push(overdue, open);
  plan.meetings = [];
  return plan;
}

function hostilePlan(): Plan {
  const plan = basePlan();
  plan.inspection.inspectedUnit = `${HOSTILE.script}恶意样本局`;
  plan.inspection.team = HOSTILE.iframe;
  plan.report.title = HOSTILE.attribute;
  plan.aspects[0].title = HOSTILE.breakout;
  const [problem] = plan.aspects[0].problems;
  problem.title = HOSTILE.img;
  problem.responsibleLeader = HOSTILE.js;
  problem.responsibleDepartment = HOSTILE.iframe;
  problem.evidence = [{ type: '文件', title: HOSTILE.attribute, reference: HOSTILE.js, date: '2022-04-29' }];
  // An unknown status fails the schema and is printed as written.
  (problem as { status: string }).status = HOSTILE.img;
  // The commitment's text is quoted inside meeting-frequency's message.
  plan.commitments![0].text = HOSTILE.script;
  plan.meetings = [];
  return plan;
}

function csvPlan(): Plan {
  const plan = basePlan();
  plan.inspection.inspectedUnit = '区表格样本局, "引号"党组';
  plan.aspects[0].problems[0].title = CSV_TRICKY_TITLE;
  plan.aspects[0].problems.push({ ...structuredClone(plan.aspects[0].problems[0]), id: '1.2', title: FORMULA_TITLE });
  return plan;
}

/**
 * Plans for report tests: a clean one, a weak one (each review column non-zero), a hostile one, one with
 * CSV-hostile text, and one that is not JSON. Problems: 1 + 4 (with a sub-item) + 1 + 2 = 8.
 */
export function reportFixture(): string {
  return tempProject({
    'plans/a-good.json': basePlan(),
    'plans/b-weak.json': weakPlan(),
    [`plans/${HOSTILE_FILE}`]: hostilePlan(),
    'plans/d-csv.json': csvPlan(),
    'plans/e-broken.json': '{ "inspection": ',
  });
}

export const FIXTURE_PLAN_COUNT = 5;
export const FIXTURE_PROBLEM_COUNT = 8;
