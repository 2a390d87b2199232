import { arrayOf, completePeriods, defineRule, isIsoDate, isPeriodUnit, NOT_APPLICABLE, periodContaining, textOf } from '../src/rule-kit/index.js';
import type { Meeting } from '../src/types/plan.js';

interface Options {
  includePartialFirstPeriod: boolean;
}

/** The missed periods a finding names; past this, it says how many more (a monthly commitment since 1950 misses 900). */
const LISTED_PERIODS = 12;

/** "none held", "1 held": what the unit did in a period, in English. */
function heldEn(actual: number): string {
  return actual === 0 ? 'none held' : `${actual} held`;
}

/** A meeting's count: a whole number ≥ 0, else 1 (the schema reports a count that is not one). */
function meetingCount(count: unknown): number {
  return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : 1;
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
        en: '{{periodEn}}: required {{boundEn}}{{required}}, {{heldEn}} ({{text}})',
      },
      missedPeriods: {
        zh: '{{count}} 个周期未达到要求：{{periods}}（每个周期要求{{bound}}{{required}}次；{{text}}）',
        en: '{{count}} periods short of the commitment: {{periodsEn}} (required {{boundEn}}{{required}} each; {{text}})',
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
    // A plan without a meeting log (no `meetings` at all: a published report that tells what was done and lists no
    // meetings) says nothing about whether they were held; an empty log says none were.
    const keepsLog = Array.isArray(context.plan.meetings);
    return {
      commitment(commitment, path) {
        if (!keepsLog) return NOT_APPLICABLE;
        const { frequency, end } = commitment;
        // A commitment counts from the feedback unless it says otherwise; with neither date it cannot be judged.
        const start = commitment.start ?? context.plan.inspection?.feedbackDate;
        const kinds = new Set(arrayOf<unknown>(commitment.satisfiedBy?.kinds));
        if (!isPeriodUnit(frequency?.per) || !Number.isInteger(frequency.count) || !isIsoDate(start)) return NOT_APPLICABLE;
        // A commitment that ended counts the periods that ended by its end.
        const ended = isIsoDate(end) && end < context.asOf ? end : undefined;
        const complete = completePeriods(start, context.asOf, frequency.per, context.options.includePartialFirstPeriod);
        const periods = ended === undefined ? complete : complete.filter((period) => period.end <= ended);
        if (periods.length === 0) return NOT_APPLICABLE;

        const held = new Map<string, number>();
        for (const meeting of meetings) {
          if (!kinds.has(meeting.kind) && !arrayOf<unknown>(meeting.commitments).includes(commitment.id)) continue;
          const key = periodContaining(meeting.date, frequency.per).start;
          held.set(key, (held.get(key) ?? 0) + meetingCount(meeting.count));
        }
        const exactly = frequency.bound === 'exactly';
        const bound = { bound: exactly ? '' : '至少', boundEn: exactly ? 'exactly ' : 'at least ', required: frequency.count, text: textOf(commitment.text) };
        const missed = periods.filter((period) => {
          const actual = held.get(period.start) ?? 0;
          return !(exactly ? actual === frequency.count : actual >= frequency.count);
        });
        if (missed.length === 0) return undefined;
        const actual = (period: (typeof missed)[number]) => held.get(period.start) ?? 0;
        // One finding per commitment, at its text, naming every period it missed.
        if (missed.length === 1) {
          const [period] = missed;
          context.report({ path: [...path, 'text'], messageId: 'missed', data: { period: period.label.zh, periodEn: period.label.en, ...bound, actual: actual(period), heldEn: heldEn(actual(period)) } });
          return undefined;
        }
        const listed = missed.slice(0, LISTED_PERIODS);
        const left = missed.length - listed.length;
        const listedZh = listed.map((period) => `${period.label.zh}（${actual(period)}次）`).join('、') + (left > 0 ? `，另有 ${left} 个周期` : '');
        const listedEn = listed.map((period) => `${period.label.en} (${heldEn(actual(period))})`).join(', ') + (left > 0 ? ` and ${left} more` : '');
        context.report({ path: [...path, 'text'], messageId: 'missedPeriods', data: { ...bound, count: missed.length, periods: listedZh, periodsEn: listedEn } });
        return undefined;
      },
    };
  },
});
