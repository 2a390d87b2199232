import { countedEn } from './support/english.js';
import { defineRule, NOT_APPLICABLE } from '../src/rule-kit/index.js';
import { collectTexts, collectUnit, isTemplate, KIND_WORDS, kindOf, pathOf, placeholderIn, ROUND_OPTIONS, roundMatches, unitCount, type RoundOptions } from './support/round-texts.js';

export default defineRule<RoundOptions>({
  meta: {
    id: 'template-text',
    scope: 'batch',
    type: 'problem',
    category: 'specificity',
    defaultSeverity: 'warn',
    presets: { strict: 'error' },
    weight: 1,
    docs: {
      description: {
        zh: '模板原文未改写：同一段文字出现在本轮许多单位的方案中（默认 6 个单位以上），或带着“XX”“（填写…）”等模板占位符出现在两个以上单位的方案中',
        en: 'Template text left in: the same passage in the plans of many units of the round (6 or more by default), or with a placeholder (XX, （填写…）) in two or more',
      },
      basis: '文字整改，只表态不落实 (K-wenzi); 杜绝整改措施空泛 (L-heihe); 措施是否具有针对性 (L-baoshan)',
    },
    messages: {
      shared: {
        zh: '{{kind}}与本轮另外 {{others}} 个单位方案中的文字几乎相同（如 {{relatedPlace}}），疑为模板原文未改写',
        en: 'this {{kindEn}} is nearly the same as text in the plans of {{othersEn}} of the round (e.g. {{relatedPlace}}): template text left in?',
      },
      placeholder: {
        zh: '{{kind}}留有模板占位符“{{mark}}”，与另外 {{others}} 个单位方案中的文字相同（如 {{relatedPlace}}），模板原文未改写',
        en: 'this {{kindEn}} keeps the template’s placeholder "{{mark}}" and matches the plans of {{othersEn}} (e.g. {{relatedPlace}}): template text left in',
      },
    },
    options: { type: 'object', properties: ROUND_OPTIONS, additionalProperties: false },
  },
  create(context) {
    return {
      plan(plan) {
        collectUnit(context, plan);
        return NOT_APPLICABLE;
      },
      problem(problem, path) {
        return collectTexts(context, problem, path) ? undefined : NOT_APPLICABLE;
      },
      batch(plans) {
        // A round of one unit (one plan, or a plan and its report) gives nothing to compare: no check is made.
        if (unitCount(plans) < 2) return NOT_APPLICABLE;
        for (const match of roundMatches(plans, context.options)) {
          if (!isTemplate(match, context.options)) continue;
          const { text, other, units } = match;
          const mark = placeholderIn(text.text);
          context.report({
            plan: text.plan,
            path: pathOf(text),
            messageId: mark ? 'placeholder' : 'shared',
            data: { kind: KIND_WORDS[kindOf(text)].zh, kindEn: KIND_WORDS[kindOf(text)].en, others: Math.max(1, units - 1), othersEn: countedEn(Math.max(1, units - 1), 'other unit'), ...(mark ? { mark } : {}) },
            related: [{ in: other.plan, path: pathOf(other) }],
          });
        }
        return undefined;
      },
    };
  },
});
