import { arrayOf, defineRule, fieldSource, isIsoDate, NOT_APPLICABLE, textOf } from '../src/rule-kit/index.js';
import type { Deadline, Measure, Problem } from '../src/types/plan.js';

const MARKERS: readonly string[] = ['长期坚持', '立行立改', '持续整改'];

function hasDeadline(deadline: Deadline | undefined): boolean {
  return isIsoDate(deadline) || MARKERS.includes(textOf(deadline));
}

/** A problem whose every measure has a deadline has one too: the last of them. */
function everyMeasureDated(problem: Problem): boolean {
  const measures = arrayOf<Measure>(problem.measures);
  return measures.length > 0 && measures.every((measure) => hasDeadline(measure?.deadline));
}

export default defineRule({
  meta: {
    id: 'require-deadline',
    type: 'problem',
    category: 'timeliness',
    defaultSeverity: 'error',
    weight: 2,
    docs: {
      description: { zh: '每个问题都有整改时限（日期或长期坚持等标记），且不早于反馈日期', en: 'Each problem has a deadline (a date or a long-term marker), not before the feedback date' },
      basis: '整改台账逐项列出整改时限 (开封鼓楼区, L-gulou); 整改时限设置是否合理 (双鸭山宝山区, L-baoshan)',
    },
    messages: {
      missing: { zh: '问题 {{id}} 没有整改时限：请填写日期，或“长期坚持”“立行立改”等标记', en: 'problem {{id}} has no deadline: give a date or a marker such as 长期坚持' },
      beforeFeedback: { zh: '整改时限 {{deadline}} 早于反馈日期 {{feedback}}', en: 'deadline {{deadline}} is before the feedback date {{feedback}}' },
    },
  },
  create(context) {
    const feedback = context.plan.inspection?.feedbackDate;
    const checkOrder = (deadline: unknown, path: readonly (string | number)[]) => {
      if (isIsoDate(deadline) && isIsoDate(feedback) && deadline < feedback) {
        context.report({ path: [...path, 'deadline'], messageId: 'beforeFeedback', data: { deadline, feedback } });
      }
    };
    return {
      problem(problem, path, scope) {
        checkOrder(problem.deadline, path);
        // A malformed deadline is also the schema's finding, but it leaves the problem without a usable one.
        const source = fieldSource(problem, scope, (p) => p.deadline !== undefined || everyMeasureDated(p));
        if (source === 'deferred' || source === 'inherited') return NOT_APPLICABLE;
        if (source === 'missing' || !(hasDeadline(problem.deadline) || everyMeasureDated(problem))) context.report({ path: [...path, 'deadline'], messageId: 'missing', data: { id: problem.id ?? '' } });
      },
      measure(measure, path) {
        if (measure.deadline === undefined) return NOT_APPLICABLE;
        checkOrder(measure.deadline, path);
      },
    };
  },
});
