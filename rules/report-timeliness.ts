import { countedEn } from './support/english.js';
import { addMonths, daysBetween, defineRule, isIsoDate, NOT_APPLICABLE } from '../src/rule-kit/index.js';
import { daysInEnglish } from './support/deadlines.js';

interface Options {
  months: number;
  kinds: string[];
}

const KIND_NAMES: Record<string, { zh: string; en: string }> = {
  plan: { zh: '整改方案', en: 'plan' },
  'progress-report': { zh: '整改进展情况报告', en: 'progress report' },
  'final-report': { zh: '整改情况报告', en: 'rectification report' },
};

export default defineRule<Options>({
  meta: {
    id: 'report-timeliness',
    type: 'problem',
    category: 'timeliness',
    defaultSeverity: 'warn',
    presets: { strict: 'error' },
    weight: 2,
    docs: {
      description: {
        zh: '整改方案和整改情况报告在反馈后规定期限内形成（默认 2 个月）',
        en: 'The plan and the rectification report are dated within a window after the feedback (default 2 months)',
      },
      basis: '《巡视工作条例》(2015) 第二十七条: 于2个月内将整改情况报告…报送 (R2015-27); 中央巡视反馈后2个月内报送 (C-2mo); 巡察可设为3个月 (L-sd-eval)',
    },
    messages: {
      late: {
        zh: '{{kind}}日期 {{date}} 距反馈日期 {{feedback}} 超过 {{months}} 个月（应不晚于 {{due}}，晚 {{days}} 天）',
        en: 'the {{kindEn}} is dated {{date}}, more than {{monthsEn}} after the feedback on {{feedback}} (due by {{due}}, {{daysEn}} late)',
      },
    },
    options: {
      type: 'object',
      properties: {
        months: { type: 'integer', minimum: 1, default: 2, description: 'Months after the feedback date within which the document is due (巡察 configs often use 3).' },
        kinds: {
          type: 'array',
          items: { type: 'string', enum: ['plan', 'progress-report', 'final-report'] },
          default: ['plan', 'final-report'],
          description: 'Report kinds the window applies to; progress reports follow later, at their own cadence.',
        },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    return {
      plan(plan) {
        const kind = plan.report?.kind;
        const date = plan.report?.date;
        const feedback = plan.inspection?.feedbackDate;
        if (!kind || !context.options.kinds.includes(kind) || !isIsoDate(date) || !isIsoDate(feedback)) return NOT_APPLICABLE;
        const due = addMonths(feedback, context.options.months);
        if (date > due) {
          const name = KIND_NAMES[kind];
          const late = daysBetween(due, date);
          context.report({
            path: ['report', 'date'],
            messageId: 'late',
            data: { kind: name.zh, kindEn: name.en, date, feedback, months: context.options.months, monthsEn: countedEn(context.options.months, 'month'), due, days: late, daysEn: daysInEnglish(late) },
          });
        }
        return undefined;
      },
    };
  },
});
