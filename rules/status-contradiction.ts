import { defineRule, isCompletedStatus, isIsoDate, isNonEmptyString, NOT_APPLICABLE, statusInfo, type JsonPath, textOf } from '../src/rule-kit/index.js';
import { reportDateLimit } from './support/deadlines.js';
import { findTerm } from './support/lexicon.js';
import { wordList } from './support/options.js';

interface Options {
  futureMarkers: string[];
  notFuture: string[];
  statuses: string[];
}

/**
 * Words of future or intent. 将 alone is mostly the object marker (已将7宗事项补录), so only its future forms are
 * listed; likewise 计划于 (not 学习计划) and 争取于 (not 争取资金).
 */
const FUTURE_MARKERS = [
  '将于', '将在', '将继续', '将进一步', '将持续', '将加快', '将尽快', '将全面', '将逐步', '将严格', '将不断', '将切实',
  '今后将', '还将', '仍将', '拟于', '拟在', '拟将', '拟对', '拟召开', '拟开展', '拟制定', '计划于', '计划在', '计划到',
  '下一步', '下步', '正在', '争取于', '争取在', '争取早日', '争取尽快', '力争', '即将', '尚未',
];
/** Look-alikes that are not about the future: drafting (拟定), things already running (正在运行), findings (尚未发现). */
const NOT_FUTURE = ['拟定', '草拟', '尚未发现', '尚未出现', '尚未收到', '正在运行', '正在使用', '正在执行', '正在严格执行'];

export default defineRule<Options>({
  meta: {
    id: 'status-contradiction',
    type: 'problem',
    category: 'consistency',
    defaultSeverity: 'warn',
    presets: { strict: 'error' },
    weight: 3,
    docs: {
      description: {
        zh: '标为已完成的问题，其整改情况却说“将于”“拟”“下一步”“正在”，或完成日期晚于报告日期',
        en: 'A completed item whose progress speaks of the future or intent, or whose completion date is after the report date',
      },
      basis: '“文字整改”只表态不落实 (K-wenzi); 对敷衍整改、虚假整改严肃问责 (C-3lists, L-liaocheng); practice D3',
    },
    messages: {
      futureTalk: {
        zh: '问题 {{id}} 标为“{{status}}”，整改情况却写“{{marker}}”，说明尚未完成',
        en: 'problem {{id}} is marked "{{statusEn}}" but its progress says "{{marker}}", which is not done yet',
      },
      completedAfterReport: {
        zh: '{{what}}完成日期 {{completed}} 晚于{{limitName}} {{limit}}',
        en: '{{whatEn}} completion date {{completed}} is after the {{limitNameEn}} {{limit}}',
      },
    },
    options: {
      type: 'object',
      properties: {
        futureMarkers: wordList(FUTURE_MARKERS, 'Words of future or intent that contradict a completed status.'),
        notFuture: wordList(NOT_FUTURE, 'Phrases that contain a marker without speaking of the future; they are ignored.'),
        statuses: {
          type: 'array',
          items: { type: 'string', enum: ['done', 'done-ongoing'] },
          default: ['done'],
          description: 'Completed statuses whose progress must not speak of the future. 已完成并长期坚持 (done-ongoing) announces continuing work, so its progress may.',
        },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const bound = reportDateLimit(context.plan.report?.date, context.asOf);
    const checkCompletionDate = (completed: unknown, path: JsonPath, what: { what: string; whatEn: string }) => {
      if (isIsoDate(completed) && completed > bound.limit) {
        context.report({ path: [...path, 'completionDate'], messageId: 'completedAfterReport', data: { ...what, ...bound, completed } });
      }
    };
    return {
      problem(problem, path) {
        if (!isCompletedStatus(problem.status)) return NOT_APPLICABLE;
        const info = statusInfo(problem.status)!;
        const id = textOf(problem.id);
        if (isNonEmptyString(problem.progress) && context.options.statuses.includes(info.key)) {
          const marker = findTerm(problem.progress, context.options.futureMarkers, context.options.notFuture);
          if (marker) context.report({ path: [...path, 'progress'], messageId: 'futureTalk', data: { id, status: info.zh, statusEn: info.en, marker } });
        }
        checkCompletionDate(problem.completionDate, path, { what: `问题 ${id} 的`, whatEn: `problem ${id}’s` });
        return undefined;
      },
      measure(measure, path) {
        if (!isCompletedStatus(measure.status)) return NOT_APPLICABLE;
        checkCompletionDate(measure.completionDate, path, { what: '措施', whatEn: 'the measure’s' });
        return undefined;
      },
    };
  },
});
