import { defineRule, isNonEmptyString, isObject, NOT_APPLICABLE } from '../src/rule-kit/index.js';
import { measuresHaveIds, measuresOf } from './support/against-plan.js';

export default defineRule({
  meta: {
    id: 'measures-reduced',
    scope: 'previous',
    type: 'problem',
    category: 'completeness',
    defaultSeverity: 'warn',
    presets: { strict: 'error' },
    weight: 2,
    docs: {
      description: {
        zh: '报告中一个问题的整改措施比所依据方案中的少，却没有说明调整理由（adjustment.reason）',
        en: 'A problem has fewer measures in the report than in the plan it is based on, with no stated reason (adjustment.reason)',
      },
      basis: '问题清单、任务清单、责任清单，一项一项抓 (C-3lists); 问题清单→任务清单 (L-donghai); 措施是否具有针对性 (L-baoshan)',
    },
    messages: {
      reduced: {
        zh: '问题 {{id}} 的整改措施由方案的 {{planned}} 条（{{relatedPlace}}）减为 {{now}} 条，没有说明调整理由',
        en: 'problem {{id}} has {{now}} measures, down from {{planned}} in the plan ({{relatedPlace}}), with no stated reason',
      },
    },
  },
  create(context) {
    const previous = context.previous!;
    return {
      problem(problem, path) {
        const counterpart = previous.counterpartOf(problem);
        if (!counterpart) return NOT_APPLICABLE;
        const planned = measuresOf(counterpart.problem).length;
        const now = measuresOf(problem).length;
        // A report that restates no measure (only its progress) does not count them; tasks with ids on both sides
        // are followed one by one by problem-dropped.
        if (planned === 0 || now === 0 || (measuresHaveIds(counterpart.problem) && measuresHaveIds(problem))) return NOT_APPLICABLE;
        if (now >= planned || (isObject(problem.adjustment) && isNonEmptyString(problem.adjustment.reason))) return undefined;
        context.report({ path: [...path, 'measures'], messageId: 'reduced', data: { id: problem.id ?? '', planned, now }, related: [{ in: previous, path: [...counterpart.path, 'measures'] }] });
        return undefined;
      },
    };
  },
});
