import { arrayOf, defineRule, isObject, NOT_APPLICABLE, UNGROUPED_ASPECT_TITLE, type JsonPath } from '../src/rule-kit/index.js';
import type { Aspect, Problem } from '../src/types/plan.js';
import { hasContent, isPlaceholder, quotedPlaceholder } from './support/placeholder.js';

/** Text fields that say what a problem or an aspect is; template filler in one leaves it unlisted. */
const DESCRIBING = [
  ['title', { zh: '标题', en: 'title' }],
  ['feedback', { zh: '反馈原文', en: 'feedback' }],
] as const;

export default defineRule({
  meta: {
    id: 'require-problems',
    type: 'problem',
    category: 'completeness',
    defaultSeverity: 'error',
    weight: 3,
    docs: {
      description: { zh: '方案或报告列出了反馈的问题（只报总数的进展通报除外）', en: 'A plan or report lists the problems it answers (a notice giving totals only excepted)' },
      basis: '对巡察反馈问题逐条列出整改措施、责任和时限 (L-gulou); 整改情况报告逐项说明整改落实情况 (R2015-27)',
    },
    messages: {
      none: {
        zh: '没有列出任何问题：无从逐条核对整改，不能通过（只报总数、不列问题的整改进展通报，report.kind 应为 notice）',
        en: 'no problem is listed, so nothing can be checked item by item and the plan cannot be accepted (a notice that gives totals only has report.kind "notice")',
      },
      aspectPlaceholder: { zh: '第 {{index}} 个方面的标题还是占位文字“{{text}}”，尚未填写', en: 'the title of aspect {{index}} is still the placeholder "{{text}}"' },
      problemPlaceholder: { zh: '问题 {{id}} 的{{field}}还是占位文字“{{text}}”，尚未填写', en: 'problem {{id}}: the {{fieldEn}} is still the placeholder "{{text}}"' },
    },
  },
  create(context) {
    return {
      plan(plan) {
        // A 进展通报 that reports only totals lists nothing by design; its totals are checked by the declared-* rules.
        if (plan.report?.kind === 'notice') return NOT_APPLICABLE;
        let listed = 0;
        let placeholders = 0;
        const placeholder = (at: JsonPath, messageId: string, data: Record<string, string | number>) => {
          placeholders++;
          context.report({ path: at, messageId, data });
        };
        arrayOf<Aspect>(plan.aspects).forEach((aspect, a) => {
          if (!isObject(aspect)) return;
          // The container of problems listed under no aspect is no placeholder, whatever its id.
          if (typeof aspect.title === 'string' && aspect.title !== UNGROUPED_ASPECT_TITLE && isPlaceholder(aspect.title)) placeholder(['aspects', a, 'title'], 'aspectPlaceholder', { index: a + 1, text: quotedPlaceholder(aspect.title) });
          arrayOf<Problem>(aspect.problems).forEach((problem, p) => {
            if (!isObject(problem)) return;
            const id = problem.id ?? `${a + 1}.${p + 1}`;
            for (const [field, label] of DESCRIBING) {
              const value = problem[field];
              if (typeof value === 'string' && isPlaceholder(value)) {
                placeholder(['aspects', a, 'problems', p, field], 'problemPlaceholder', { id, field: label.zh, fieldEn: label.en, text: quotedPlaceholder(value) });
              }
            }
            if (hasContent(problem.title)) listed++;
          });
        });
        if (listed === 0 && placeholders === 0) context.report({ path: ['aspects'], messageId: 'none' });
        return undefined;
      },
    };
  },
});
