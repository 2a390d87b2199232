import { countedEn } from './support/english.js';
import { arrayOf, defineRule, fieldSource, isNonEmptyString, NOT_APPLICABLE } from '../src/rule-kit/index.js';
import { hasContent, isPlaceholder, quotedPlaceholder } from './support/placeholder.js';

export default defineRule<{ minimum: number }>({
  meta: {
    id: 'require-cause-analysis',
    type: 'problem',
    category: 'completeness',
    defaultSeverity: 'error',
    weight: 2,
    docs: {
      description: { zh: '每个问题都有原因分析', en: 'Each problem has a cause analysis' },
      basis: '逐条剖析原因 (焦作市, L-jiaozuo); 深入分析深层次原因 (江城县, L-jiangcheng)',
    },
    messages: {
      missing: { zh: '问题 {{id}} 缺少原因分析', en: 'problem {{id}} has no cause analysis' },
      placeholder: { zh: '问题 {{id}} 的原因分析还是占位文字“{{text}}”，尚未填写', en: 'problem {{id}}: the cause analysis is still the placeholder "{{text}}"' },
      tooFew: { zh: '问题 {{id}} 只有 {{count}} 条原因分析，至少需要 {{minimum}} 条', en: 'problem {{id}} gives {{countEn}}; at least {{minimum}} are required' },
      empty: { zh: '原因分析第 {{index}} 条为空', en: 'cause {{index}} is empty' },
    },
    options: {
      type: 'object',
      properties: { minimum: { type: 'integer', minimum: 1, default: 1, description: 'Fewest non-empty causes a problem must give.' } },
      additionalProperties: false,
    },
  },
  create(context) {
    return {
      problem(problem, path, scope) {
        const causes = arrayOf<unknown>(problem.causes);
        const source = fieldSource(problem, scope, (p) => arrayOf(p.causes).length > 0);
        if (source === 'deferred' || source === 'inherited') return NOT_APPLICABLE;
        const count = causes.filter(hasContent).length;
        const id = problem.id ?? '';
        // Template filler (（原因分析）, 略) is no analysis: reported where it stands, each one.
        causes.forEach((cause, index) => {
          if (typeof cause === 'string' && isPlaceholder(cause)) context.report({ path: [...path, 'causes', index], messageId: 'placeholder', data: { id, text: quotedPlaceholder(cause) } });
        });
        const placeholders = causes.filter((cause) => typeof cause === 'string' && isPlaceholder(cause)).length;
        // Nothing, or nothing but blanks, is no analysis at all; blanks beside real causes are reported one by one.
        if (count === 0) {
          if (placeholders === 0) context.report({ path: [...path, 'causes'], messageId: 'missing', data: { id } });
          return;
        }
        causes.forEach((cause, index) => {
          if (!isNonEmptyString(cause)) context.report({ path: [...path, 'causes', index], messageId: 'empty', data: { index: index + 1 } });
        });
        if (count < context.options.minimum) {
          context.report({ path: [...path, 'causes'], messageId: 'tooFew', data: { id, count, countEn: countedEn(count, 'cause'), minimum: context.options.minimum } });
        }
      },
    };
  },
});
