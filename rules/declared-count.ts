import { arrayOf, defineRule, isObject, isUngroupedAspect, NOT_APPLICABLE } from '../src/rule-kit/index.js';
import type { Declared, Plan } from '../src/types/plan.js';
import { problemsOf } from './support/walk.js';

type CountKey = 'aspects' | 'problems' | 'tasks' | 'measures';

/** Each declared unit, the counter word it is printed with, and how the plan enumerates it. */
const UNITS: readonly { key: CountKey; zh: string; counter: string; en: string; enOne: string; count(plan: Plan): number }[] = [
  { key: 'aspects', zh: '方面', counter: '个', en: 'aspects', enOne: 'aspect', count: (plan) => arrayOf(plan.aspects).filter(isObject).length },
  {
    key: 'problems',
    zh: '问题',
    counter: '项',
    en: 'problems',
    enOne: 'problem',
    count: (plan) => arrayOf<{ problems?: unknown }>(plan.aspects).reduce((n, aspect) => n + (isObject(aspect) ? arrayOf(aspect.problems).filter(isObject).length : 0), 0),
  },
  { key: 'tasks', zh: '整改任务', counter: '项', en: 'tasks (counted as measures)', enOne: 'task (counted as measures)', count: countMeasures },
  { key: 'measures', zh: '整改措施', counter: '项', en: 'measures', enOne: 'measure', count: countMeasures },
];

function countMeasures(plan: Plan): number {
  let count = 0;
  for (const { problem } of problemsOf(plan)) count += arrayOf(problem.measures).filter(isObject).length;
  return count;
}

export default defineRule({
  meta: {
    id: 'declared-count',
    type: 'problem',
    category: 'consistency',
    defaultSeverity: 'error',
    weight: 2,
    docs: {
      description: { zh: '报告申报的方面、问题、任务、措施数与实际列出的一致', en: 'Declared totals (aspects, problems, tasks, measures) match what the plan lists' },
      basis: 'B1: 声明数与列举数逐单位核对 (T-02 巡察反馈25个问题; T-04; T-05); 列举以“等”结尾时只警告 (T-01)',
    },
    messages: {
      mismatch: {
        zh: '报告申报 {{declared}} {{counter}}{{unit}}，实际列出 {{actual}} {{counter}}',
        en: 'the report declares {{declared}} {{unitEn}} but lists {{actual}}',
      },
      mismatchTasks: {
        zh: '报告申报 {{declared}} 项整改任务，实际列出 {{actual}} 项整改措施（整改任务按措施计数，仅作警告）',
        en: 'the report declares {{declared}} tasks but lists {{actual}} measures (tasks are counted as measures, so only a warning)',
      },
      mismatchApproximate: {
        zh: '报告申报 {{declared}} {{counter}}{{unit}}，实际列出 {{actual}} {{counter}}（申报以“等”列举，仅作警告）',
        en: 'the report declares {{declared}} {{unitEn}} but lists {{actual}} (the declaration lists with 等, so only a warning)',
      },
    },
  },
  create(context) {
    return {
      plan(plan) {
        const declared: Declared | undefined = isObject(plan.declared) ? plan.declared : undefined;
        const units = UNITS.filter((unit) => Number.isInteger(declared?.[unit.key]));
        if (!declared || units.length === 0) return NOT_APPLICABLE;
        // A summary notice (通报) gives totals and lists nothing to count them against.
        if (isObject(plan.report) && plan.report.kind === 'notice' && arrayOf(plan.aspects).length === 0) return NOT_APPLICABLE;
        // Problems listed without aspects (one ungrouped container) give no count of aspects to hold the total to.
        const aspects = arrayOf(plan.aspects);
        const ungrouped = aspects.length === 1 && isUngroupedAspect(aspects[0]);
        for (const unit of units) {
          if (unit.key === 'aspects' && ungrouped) continue;
          const actual = unit.count(plan);
          if (actual === declared[unit.key]) continue;
          // Tasks have no list of their own: counted as measures, a mismatch is a doubt (a report tells its 32 tasks
          // as 18 一是… measures), not a proven error.
          const doubt = declared.approximate === true ? 'mismatchApproximate' : unit.key === 'tasks' ? 'mismatchTasks' : undefined;
          context.report({
            path: ['declared', unit.key],
            messageId: doubt ?? 'mismatch',
            data: { declared: declared[unit.key]!, actual, unit: unit.zh, counter: unit.counter, unitEn: declared[unit.key] === 1 ? unit.enOne : unit.en },
            ...(doubt ? { maxSeverity: 'warn' as const } : {}),
          });
        }
        return undefined;
      },
    };
  },
});
