import { arrayOf, defineRule, isCompletedStatus, isIsoDate, NOT_APPLICABLE, statusInfo, type JsonPath, textOf } from '../src/rule-kit/index.js';
import { wordList } from './support/options.js';

interface Options {
  tags: string[];
  by: 'feedback-date' | 'inspection-end';
}

const IMMEDIATE_TAGS = ['立行立改', '即知即改', '立查立改', '立整立改', '立即整改'];

export default defineRule<Options>({
  meta: {
    id: 'immediate-fix-done',
    type: 'problem',
    category: 'timeliness',
    defaultSeverity: 'warn',
    presets: { strict: 'error' },
    weight: 2,
    docs: {
      description: {
        zh: '标为立行立改的问题在巡察反馈前（可设为巡察结束前）已整改完毕',
        en: 'Items tagged 立行立改 are completed by the feedback date (or, optionally, the end of the inspection)',
      },
      basis: '对立行立改问题要求被巡察单位在巡察期间整改完毕 (开封鼓楼区, L-gulou); practice C4',
    },
    messages: {
      notDone: {
        zh: '{{what}}标为“{{tag}}”，应于{{limitName}} {{limit}} 前整改完毕，但状态为“{{status}}”',
        en: '{{whatEn}} is tagged {{tag}} and was due by the {{limitNameEn}} {{limit}}, but it is "{{statusEn}}"',
      },
      doneLate: {
        zh: '{{what}}标为“{{tag}}”，完成日期 {{completed}} 晚于{{limitName}} {{limit}}',
        en: '{{whatEn}} is tagged {{tag}} but was completed on {{completed}}, after the {{limitNameEn}} {{limit}}',
      },
    },
    options: {
      type: 'object',
      properties: {
        tags: wordList(IMMEDIATE_TAGS, 'Tags (or deadline markers) that mark an item to be fixed at once.'),
        by: {
          type: 'string',
          enum: ['feedback-date', 'inspection-end'],
          default: 'feedback-date',
          description: 'The date such items must be done by: the feedback date (tolerant) or the last day of the inspection.',
        },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const { inspection } = context.plan;
    const atEnd = context.options.by === 'inspection-end' && isIsoDate(inspection?.period?.end);
    const limit = atEnd ? inspection!.period!.end : inspection?.feedbackDate;
    const limitNames = atEnd ? { limitName: '巡察结束日', limitNameEn: 'end of the inspection' } : { limitName: '巡察反馈日', limitNameEn: 'feedback date' };
    const tags = new Set(context.options.tags);

    const check = (item: { status?: unknown; completionDate?: unknown }, tag: string | undefined, path: JsonPath, what: { what: string; whatEn: string }) => {
      const info = statusInfo(item.status);
      if (!tag || !info || !isIsoDate(limit) || context.asOf <= limit) return NOT_APPLICABLE;
      const data = { ...what, ...limitNames, tag, limit };
      if (!isCompletedStatus(item.status)) {
        context.report({ path: [...path, 'status'], messageId: 'notDone', data: { ...data, status: info.zh, statusEn: info.en } });
      } else if (isIsoDate(item.completionDate) && item.completionDate > limit) {
        context.report({ path: [...path, 'completionDate'], messageId: 'doneLate', data: { ...data, completed: item.completionDate } });
      }
      return undefined;
    };
    const markerTag = (deadline: unknown) => (typeof deadline === 'string' && tags.has(deadline) ? deadline : undefined);

    return {
      problem(problem, path) {
        const tag = arrayOf<string>(problem.tags).find((t) => tags.has(t)) ?? markerTag(problem.deadline);
        return check(problem, tag, path, { what: `问题 ${textOf(problem.id)} `, whatEn: `problem ${textOf(problem.id)}` });
      },
      measure(measure, path) {
        return check(measure, markerTag(measure.deadline), path, { what: '措施', whatEn: 'the measure' });
      },
    };
  },
});
