import { daysBetween, defineRule, isCompletedStatus, NOT_APPLICABLE, statusInfo, type JsonPath } from '../src/rule-kit/index.js';
import { measureDeadline, problemDeadline, type DatedDeadline, daysInEnglish } from './support/deadlines.js';

export default defineRule({
  meta: {
    id: 'overdue',
    type: 'problem',
    category: 'timeliness',
    defaultSeverity: 'warn',
    presets: { strict: 'error' },
    weight: 2,
    docs: {
      description: { zh: '整改时限已过而问题或措施仍未完成（以检查基准日计）', en: 'A deadline has passed and the item is still not completed (as of the as-of date)' },
      basis: '未整改 = 整改期限届满时整改措施、效果不足 (L-lanshan); 整改时限设置是否合理 (L-baoshan); 每季度报送直至全部整改完毕 (L-heihe)',
    },
    messages: {
      problemOverdue: {
        zh: '问题 {{id}} 已逾期 {{days}} 天（{{extended}}整改时限 {{deadline}}），状态仍为“{{status}}”',
        en: 'problem {{id}} is {{daysEn}} overdue ({{extendedEn}}deadline {{deadline}}) and still "{{statusEn}}"',
      },
      measureOverdue: {
        zh: '措施已逾期 {{days}} 天（{{extended}}时限 {{deadline}}），状态仍为“{{status}}”',
        en: 'the measure is {{daysEn}} overdue ({{extendedEn}}deadline {{deadline}}) and still "{{statusEn}}"',
      },
    },
  },
  create(context) {
    /** Whether an item with this status and deadline is overdue; items without a status say nothing either way. */
    const check = (status: unknown, deadline: DatedDeadline | undefined, at: JsonPath, messageId: string, data: Record<string, string> = {}) => {
      const info = statusInfo(status);
      if (!info || isCompletedStatus(status) || !deadline) return NOT_APPLICABLE;
      const days = daysBetween(deadline.date, context.asOf);
      if (days <= 0) return undefined;
      context.report({
        path: at,
        messageId,
        data: {
          ...data,
          deadline: deadline.date,
          extended: deadline.extended ? '延期后的' : '',
          extendedEn: deadline.extended ? 'extended ' : '',
          days,
          daysEn: daysInEnglish(days),
          status: info.zh,
          statusEn: info.en,
        },
      });
      return undefined;
    };
    return {
      problem(problem, path, scope) {
        const deadline = problemDeadline(problem, scope.ancestors);
        const at = deadline?.extended ? [...path, 'extension', 'deadline'] : [...path, 'deadline'];
        return check(problem.status, deadline, at, 'problemOverdue', { id: problem.id ?? '' });
      },
      measure(measure, path, scope) {
        return check(measure.status, measureDeadline(measure.deadline, scope.problem), [...path, 'deadline'], 'measureOverdue');
      },
    };
  },
});
