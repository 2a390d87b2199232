import { daysBetween, defineRule, isIsoDate, NOT_APPLICABLE, type JsonPath } from '../src/rule-kit/index.js';
import { measureDeadline, problemDeadline, type DatedDeadline, daysInEnglish } from './support/deadlines.js';

export default defineRule({
  meta: {
    id: 'completed-after-deadline',
    type: 'problem',
    category: 'timeliness',
    defaultSeverity: 'warn',
    presets: { strict: 'error' },
    weight: 1,
    docs: {
      description: { zh: '完成日期晚于整改时限，且没有记录延期批准', en: 'The completion date is later than the deadline and no extension is recorded' },
      basis: '整改时限设置是否合理 (L-baoshan); 各阶段有时间节点 (L-donghai); 未整改 = 期限届满时整改不到位 (L-lanshan)',
    },
    messages: {
      problemLate: {
        zh: '问题 {{id}} 完成日期 {{completed}} 晚于整改时限 {{deadline}} {{days}} 天，且无延期批准',
        en: 'problem {{id}} was completed on {{completed}}, {{daysEn}} after its deadline {{deadline}}, with no extension',
      },
      problemLateExtended: {
        zh: '问题 {{id}} 完成日期 {{completed}} 晚于延期后的时限 {{deadline}} {{days}} 天',
        en: 'problem {{id}} was completed on {{completed}}, {{daysEn}} after its extended deadline {{deadline}}',
      },
      measureLate: {
        zh: '措施完成日期 {{completed}} 晚于其时限 {{deadline}} {{days}} 天，且无延期批准',
        en: 'the measure was completed on {{completed}}, {{daysEn}} after its deadline {{deadline}}, with no extension',
      },
      measureLateExtended: {
        zh: '措施完成日期 {{completed}} 晚于延期后的时限 {{deadline}} {{days}} 天',
        en: 'the measure was completed on {{completed}}, {{daysEn}} after the extended deadline {{deadline}}',
      },
    },
  },
  create(context) {
    const check = (completed: unknown, deadline: DatedDeadline | undefined, path: JsonPath, messageIds: [string, string], data: Record<string, string> = {}) => {
      if (!isIsoDate(completed) || !deadline) return NOT_APPLICABLE;
      const days = daysBetween(deadline.date, completed);
      if (days > 0) {
        context.report({ path: [...path, 'completionDate'], messageId: messageIds[deadline.extended ? 1 : 0], data: { ...data, completed, deadline: deadline.date, days, daysEn: daysInEnglish(days) } });
      }
      return undefined;
    };
    return {
      problem(problem, path, scope) {
        return check(problem.completionDate, problemDeadline(problem, scope.ancestors), path, ['problemLate', 'problemLateExtended'], { id: problem.id ?? '' });
      },
      measure(measure, path, scope) {
        return check(measure.completionDate, measureDeadline(measure.deadline, scope.problem), path, ['measureLate', 'measureLateExtended']);
      },
    };
  },
});
