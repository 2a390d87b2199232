import { defineRule, isObject, NOT_APPLICABLE } from '../src/rule-kit/index.js';
import type { Declared } from '../src/types/plan.js';

/** The totals that describe what is to be rectified, and so should not change between a plan and its report. */
const TOTALS: { key: keyof Declared; zh: string; en: string }[] = [
  { key: 'aspects', zh: '方面', en: 'aspects' },
  { key: 'problems', zh: '问题', en: 'problems' },
  { key: 'tasks', zh: '整改任务', en: 'tasks' },
  { key: 'measures', zh: '整改措施', en: 'measures' },
];

export default defineRule({
  meta: {
    id: 'totals-changed',
    scope: 'previous',
    type: 'problem',
    category: 'consistency',
    defaultSeverity: 'error',
    weight: 2,
    docs: {
      description: {
        zh: '报告申报的方面、问题、整改任务、整改措施总数与所依据方案申报的不同（如方案 28 个问题，报告 27 个）',
        en: 'The declared totals of aspects, problems, tasks or measures differ between the report and the plan it is based on (28 problems in the plan, 27 reported)',
      },
      basis: '申报数与列举数逐单位核对 (practice B1); 通报内容须与审定的整改情况报告一致 (L-county-pub; practice C9)',
    },
    messages: {
      changed: {
        zh: '报告申报{{what}} {{now}} 个，所依据的方案申报 {{planned}} 个（{{relatedPlace}}）',
        en: 'the report declares {{now}} {{whatEn}}; the plan it is based on declares {{planned}} ({{relatedPlace}})',
      },
    },
  },
  create(context) {
    const previous = context.previous!;
    return {
      plan(plan) {
        const before = previous.plan.declared;
        const after = plan.declared;
        if (!isObject(before) || !isObject(after)) return NOT_APPLICABLE;
        const compared = TOTALS.filter(({ key }) => Number.isInteger(before[key]) && Number.isInteger(after[key]));
        if (compared.length === 0) return NOT_APPLICABLE;
        // A total listed with 等 is not exhaustive: a difference is then a warning at most.
        const approximate = before.approximate === true || after.approximate === true;
        for (const { key, zh, en } of compared) {
          if (before[key] === after[key]) continue;
          context.report({
            path: ['declared', key],
            messageId: 'changed',
            data: { what: zh, whatEn: en, now: after[key] as number, planned: before[key] as number },
            related: [{ in: previous, path: ['declared', key] }],
            ...(approximate ? { maxSeverity: 'warn' as const } : {}),
          });
        }
        return undefined;
      },
    };
  },
});
