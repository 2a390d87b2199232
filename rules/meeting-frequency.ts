import { arrayOf, completePeriods, dayNumber, defineRule, fromDayNumber, isIsoDate, NOT_APPLICABLE, periodContaining } from '../src/rule-kit/index.js';
import type { Meeting } from '../src/types/plan.js';

interface Options {
  includePartialFirstPeriod: boolean;
}

export default defineRule<Options>({
  meta: {
    id: 'meeting-frequency',
    type: 'problem',
    category: 'verifiability',
    defaultSeverity: 'error',
    weight: 2,
    docs: {
      description: { zh: '长效机制承诺的会议或活动在每个完整周期内按频次举行', en: 'Each recurring commitment is met in every complete calendar period' },
      basis: '整改方案中“每季度至少召开一次…”等长效机制承诺须有会议记录支撑; 每季度报送整改情况 (L-heihe)',
    },
    messages: {
      missed: {
        zh: '{{period}}：要求{{bound}}{{required}}次，实际{{actual}}次（{{text}}）',
        en: '{{periodEn}}: required {{boundEn}}{{required}}, held {{actual}} ({{text}})',
      },
    },
    options: {
      type: 'object',
      properties: {
        includePartialFirstPeriod: {
          type: 'boolean',
          default: false,
          description: 'Also hold the period in which the commitment starts (when it starts mid-period) to the full frequency.',
        },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const meetings = arrayOf<Meeting>(context.plan.meetings).filter((m) => isIsoDate(m?.date) && typeof m.kind === 'string');
    return {
      commitment(commitment, path) {
        const { frequency, end } = commitment;
        // A commitment counts from the feedback unless it says otherwise; with neither date it cannot be judged.
        const start = commitment.start ?? context.plan.inspection?.feedbackDate;
        const kinds = new Set(arrayOf<string>(commitment.satisfiedBy?.kinds));
        if (!frequency?.per || !Number.isInteger(frequency.count) || !isIsoDate(start)) return NOT_APPLICABLE;
        // A commitment that ended counts its periods up to its end, as if checked the day after.
        const limit = isIsoDate(end) && end < context.asOf ? fromDayNumber(dayNumber(end) + 1) : context.asOf;
        const periods = completePeriods(start, limit, frequency.per, context.options.includePartialFirstPeriod);
        if (periods.length === 0) return NOT_APPLICABLE;

        const held = new Map<string, number>();
        for (const meeting of meetings) {
          if (!kinds.has(meeting.kind) && !arrayOf<string>(meeting.commitments).includes(commitment.id)) continue;
          const key = periodContaining(meeting.date, frequency.per).start;
          held.set(key, (held.get(key) ?? 0) + (meeting.count ?? 1));
        }
        const exactly = frequency.bound === 'exactly';
        for (const period of periods) {
          const actual = held.get(period.start) ?? 0;
          if (exactly ? actual === frequency.count : actual >= frequency.count) continue;
          context.report({
            path: [...path, 'text'],
            messageId: 'missed',
            data: {
              period: period.label.zh,
              periodEn: period.label.en,
              bound: exactly ? '' : '至少',
              boundEn: exactly ? 'exactly ' : 'at least ',
              required: frequency.count,
              actual,
              text: commitment.text,
            },
          });
        }
      },
    };
  },
});
