import { arrayOf, completePeriodSpan, defineRule, isIsoDate, isPeriodUnit, NOT_APPLICABLE, periodNumber, periodOfNumber, textOf } from '../src/rule-kit/index.js';
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
        const span = completePeriodSpan(start, context.asOf, frequency.per, { includePartialFirst: context.options.includePartialFirstPeriod, endBy: ended });
        if (span.count === 0) return NOT_APPLICABLE;

        /** Meetings held, by period number. */
        const held = new Map<number, number>();
        for (const meeting of meetings) {
          if (!kinds.has(meeting.kind) && !arrayOf<unknown>(meeting.commitments).includes(commitment.id)) continue;
          const number = periodNumber(meeting.date, frequency.per);
          held.set(number, (held.get(number) ?? 0) + meetingCount(meeting.count));
        }
        const exactly = frequency.bound === 'exactly';
        const meets = (actual: number) => (exactly ? actual === frequency.count : actual >= frequency.count);
        const inSpan = (number: number) => number >= span.first && number < span.first + span.count;
        const bound = { bound: exactly ? '' : '至少', boundEn: exactly ? 'exactly ' : 'at least ', required: frequency.count, text: textOf(commitment.text) };
        const actual = (number: number) => held.get(number) ?? 0;
        // The span may hold thousands of periods and few meetings: count the missed ones from the meetings, and
        // walk the span only as far as the periods a finding names.
        let missedCount: number;
        const listed: number[] = [];
        if (meets(0)) {
          const missed = [...held.keys()].filter((number) => inSpan(number) && !meets(actual(number))).sort((a, b) => a - b);
          missedCount = missed.length;
          listed.push(...missed.slice(0, LISTED_PERIODS));
        } else {
          missedCount = span.count - [...held.keys()].filter((number) => inSpan(number) && meets(actual(number))).length;
          for (let number = span.first; listed.length < LISTED_PERIODS && inSpan(number); number++) if (!meets(actual(number))) listed.push(number);
        }
        if (missedCount === 0) return undefined;
        // One finding per commitment, at its text, naming every period it missed (the first few, and how many more).
        if (missedCount === 1) {
          const period = periodOfNumber(listed[0], frequency.per);
          context.report({ path: [...path, 'text'], messageId: 'missed', data: { period: period.label.zh, periodEn: period.label.en, ...bound, actual: actual(listed[0]), heldEn: heldEn(actual(listed[0])) } });
          return undefined;
        }
        const left = missedCount - listed.length;
        const labelled = listed.map((number) => ({ label: periodOfNumber(number, frequency.per).label, actual: actual(number) }));
        const listedZh = labelled.map((period) => `${period.label.zh}（${period.actual}次）`).join('、') + (left > 0 ? `，另有 ${left} 个周期` : '');
        const listedEn = labelled.map((period) => `${period.label.en} (${heldEn(period.actual)})`).join(', ') + (left > 0 ? ` and ${left} more` : '');
        context.report({ path: [...path, 'text'], messageId: 'missedPeriods', data: { ...bound, count: missedCount, periods: listedZh, periodsEn: listedEn } });
        return undefined;
      },
    };
  },
});
