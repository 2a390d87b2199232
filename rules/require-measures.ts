import { countedEn } from './support/english.js';
import { arrayOf, defineRule, fieldSource, isNonEmptyString, NOT_APPLICABLE } from '../src/rule-kit/index.js';
import { isPlaceholder, quotedPlaceholder } from './support/placeholder.js';

export default defineRule<{ minimum: number }>({
  meta: {
    id: 'require-measures',
    type: 'problem',
    category: 'completeness',
    defaultSeverity: 'error',
    weight: 3,
    docs: {
      description: { zh: '每个问题至少有一项整改措施，且措施不为空', en: 'Each problem has at least one measure, and no measure is empty' },
      basis: '整改台账逐项列出问题内容、整改措施 (L-gulou); 整改措施是否具有针对性 (L-baoshan)',
    },
    messages: {
      missing: { zh: '问题 {{id}} 没有整改措施', en: 'problem {{id}} has no measures' },
      tooFew: { zh: '问题 {{id}} 只有 {{count}} 项整改措施，至少需要 {{minimum}} 项', en: 'problem {{id}} has {{countEn}}; at least {{minimum}} are required' },
      empty: { zh: '整改措施内容为空', en: 'the measure is empty' },
      placeholder: { zh: '整改措施还是占位文字“{{text}}”，尚未填写', en: 'the measure is still the placeholder "{{text}}"' },
    },
    options: {
      type: 'object',
      properties: { minimum: { type: 'integer', minimum: 1, default: 1, description: 'Fewest measures a problem must have.' } },
      additionalProperties: false,
    },
  },
  create(context) {
    return {
      problem(problem, path, scope) {
        const source = fieldSource(problem, scope, (p) => arrayOf(p.measures).length > 0);
        if (source === 'deferred' || source === 'inherited') return NOT_APPLICABLE;
        const count = arrayOf(problem.measures).length;
        const data = { id: problem.id ?? '', count, countEn: countedEn(count, 'measure'), minimum: context.options.minimum };
        if (count === 0) context.report({ path: [...path, 'measures'], messageId: 'missing', data });
        else if (count < context.options.minimum) context.report({ path: [...path, 'measures'], messageId: 'tooFew', data });
      },
      measure(measure, path) {
        if (typeof measure.text === 'string' && isPlaceholder(measure.text)) context.report({ path: [...path, 'text'], messageId: 'placeholder', data: { text: quotedPlaceholder(measure.text) } });
        else if (!isNonEmptyString(measure.text)) context.report({ path: [...path, 'text'], messageId: 'empty' });
      },
    };
  },
});
