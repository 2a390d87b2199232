import { defineRule, isIsoDate, NOT_APPLICABLE } from '../src/rule-kit/index.js';
import { reportDateLimit } from './support/deadlines.js';

export default defineRule<{ afterReport: boolean }>({
  meta: {
    id: 'evidence-date-range',
    type: 'problem',
    category: 'verifiability',
    defaultSeverity: 'warn',
    presets: { strict: 'error' },
    weight: 2,
    docs: {
      description: {
        zh: '佐证材料的日期应在巡察进驻之后、报告日期之前',
        en: 'Evidence is dated after the inspection began and no later than the report date',
      },
      basis: '已整改须整改证据充分、适当 (L-lanshan); 逐项收集佐证资料 (L-qianyang): 巡察前形成的材料不能证明整改, 报告日之后的材料不可能已在报告中',
    },
    messages: {
      beforeInspection: {
        zh: '佐证材料日期 {{date}} 早于巡察进驻日期 {{start}}，不能证明整改',
        en: 'evidence dated {{date}}, before the inspection began on {{start}}, cannot show rectification',
      },
      afterReport: {
        zh: '佐证材料日期 {{date}} 晚于{{limitName}} {{limit}}',
        en: 'evidence dated {{date}}, after the {{limitNameEn}} {{limit}}',
      },
    },
    options: {
      type: 'object',
      properties: {
        afterReport: {
          type: 'boolean',
          default: false,
          description: 'Also report evidence dated after the report date. Off by default: completed-requires-evidence already reports it as an error; turn it on where that rule is off.',
        },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const start = context.plan.inspection?.period?.start;
    const bound = reportDateLimit(context.plan.report?.date, context.asOf);
    return {
      evidence(evidence, path) {
        const { date } = evidence;
        if (!isIsoDate(date)) return NOT_APPLICABLE;
        if (isIsoDate(start) && date < start) context.report({ path: [...path, 'date'], messageId: 'beforeInspection', data: { date, start } });
        else if (context.options.afterReport && date > bound.limit) context.report({ path: [...path, 'date'], messageId: 'afterReport', data: { date, ...bound } });
        return undefined;
      },
    };
  },
});
