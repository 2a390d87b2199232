import { defineRule, isCompletedStatus, isIsoDate, isNonEmptyString, NOT_APPLICABLE, statusInfo, STATUSES, textOf } from '../src/rule-kit/index.js';
import { findTerm } from './support/lexicon.js';
import { wordList } from './support/options.js';

interface Options {
  statuses: string[];
  deadlineMarkers: string[];
  reasons: string[];
}

/** The four grounds L-lanshan allows for 持续整改, with the wordings reports use for them. */
const REASONS = ['体制机制', '历史遗留', '短时间内无法解决', '短期内无法解决', '短期内难以解决', '司法诉讼', '诉讼程序', '司法程序'];

/** The allowed grounds as a reader says them: the default list's four grounds in words, an office's own list as written. */
function groundsOf(reasons: readonly string[]): { grounds: string; groundsEn: string } {
  const isDefault = reasons.length === REASONS.length && reasons.every((reason, i) => reason === REASONS[i]);
  if (isDefault) {
    return {
      grounds: '限于体制机制不完善、历史遗留、短期内无法解决或涉及司法诉讼',
      groundsEn: 'flawed institutions or mechanisms, a legacy problem, one that cannot be solved soon, or litigation',
    };
  }
  return { grounds: `限于：${reasons.join('、')}`, groundsEn: reasons.join(', ') };
}

export default defineRule<Options>({
  meta: {
    id: 'open-status-needs-plan',
    type: 'problem',
    category: 'timeliness',
    defaultSeverity: 'warn',
    presets: { strict: 'error' },
    weight: 2,
    docs: {
      description: {
        zh: '持续整改、长期坚持、基本完成的问题写明未完成的原因（体制机制、历史遗留等）和下一节点日期',
        en: 'Items left 持续整改 / 长期坚持 / 基本完成 give an allowed reason (体制机制, 历史遗留 …) and a next milestone date',
      },
      basis: '持续整改仅限体制机制不完善、历史遗留、短时间内无法解决、涉及司法诉讼 (岚山区审计局, L-lanshan); 长期坚持须有中间节点 (practice C3c, D2)',
    },
    messages: {
      missingReason: { zh: '问题 {{id}} 状态为“{{status}}”，未说明未完成的原因', en: 'problem {{id}} is "{{statusEn}}" but gives no reason why it stays open' },
      unlistedReason: {
        zh: '问题 {{id}} 未完成的原因不属于可以持续整改的情形（{{grounds}}）',
        en: 'problem {{id}} stays open for a reason that is not an allowed ground ({{groundsEn}})',
      },
      missingMilestone: { zh: '问题 {{id}} 状态为“{{status}}”，没有下一节点日期', en: 'problem {{id}} is "{{statusEn}}" but has no next milestone date' },
      milestonePassed: {
        zh: '问题 {{id}} 的下一节点 {{milestone}} 已过（基准日 {{asOf}}），应更新进展或节点',
        en: 'problem {{id}}’s next milestone {{milestone}} has passed (as of {{asOf}}); report progress or set a new one',
      },
    },
    options: {
      type: 'object',
      properties: {
        statuses: {
          type: 'array',
          items: { type: 'string', enum: STATUSES.map((s) => s.key) },
          default: ['ongoing', 'basically-done'],
          description: 'Statuses that leave an item open-ended.',
        },
        deadlineMarkers: wordList(['长期坚持', '持续整改'], 'Deadline markers that make a not-completed item open-ended, whatever its status.'),
        reasons: wordList(REASONS, 'Allowed grounds for staying open, matched as words in openReason; an empty list accepts any reason.'),
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const { statuses, deadlineMarkers, reasons } = context.options;
    return {
      problem(problem, path) {
        const info = statusInfo(problem.status);
        const openEnded = info && (statuses.includes(info.key) || (!isCompletedStatus(info.key) && deadlineMarkers.includes(textOf(problem.deadline))));
        if (!openEnded) return NOT_APPLICABLE;
        const data = { id: problem.id ?? '', status: info.zh, statusEn: info.en };
        if (!isNonEmptyString(problem.openReason)) {
          context.report({ path: [...path, 'openReason'], messageId: 'missingReason', data });
        } else if (reasons.length > 0 && !findTerm(problem.openReason, reasons)) {
          context.report({ path: [...path, 'openReason'], messageId: 'unlistedReason', data: { ...data, ...groundsOf(reasons) } });
        }
        if (!isIsoDate(problem.nextMilestone)) {
          context.report({ path: [...path, 'nextMilestone'], messageId: 'missingMilestone', data });
        } else if (problem.nextMilestone < context.asOf) {
          context.report({ path: [...path, 'nextMilestone'], messageId: 'milestonePassed', data: { ...data, milestone: problem.nextMilestone, asOf: context.asOf } });
        }
        return undefined;
      },
    };
  },
});
