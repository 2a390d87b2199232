import { defineRule, NOT_APPLICABLE } from '../src/rule-kit/index.js';
import { collectTexts, collectUnit, isTemplate, KIND_WORDS, kindOf, pathOf, ROUND_OPTIONS, roundMatches, sameness, unitCount, type RoundOptions } from './support/round-texts.js';

export default defineRule<RoundOptions>({
  meta: {
    id: 'copied-across-plans',
    scope: 'batch',
    type: 'problem',
    category: 'specificity',
    defaultSeverity: 'warn',
    presets: { strict: 'error' },
    weight: 2,
    docs: {
      description: {
        zh: '一轮方案中，不同单位的原因分析、整改措施、整改情况或佐证材料名称相同或几乎相同（照搬照抄、上下一般粗），在每一处都报告，并指出另一单位的文件和位置',
        en: 'Across a round of plans, causes, measures, progress or evidence titles identical or nearly identical between units (copied), reported on each copy with the other unit’s file and place',
      },
      basis: '一个部门照抄另一部门的材料 (K-paper); 措施是否具有针对性 (L-baoshan); 结合单位实际 (L-dali); practice D4 (near-duplicate text by character shingles)',
    },
    messages: {
      copied: {
        zh: '{{kind}}与{{unit}}方案中的文字{{sameness}}（见 {{relatedPlace}}），疑为照搬照抄',
        en: 'this {{kindEn}} is {{samenessEn}} text in the plan of {{unit}} (see {{relatedPlace}}): copied?',
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
          // Text in many units' plans, or holding a placeholder, is the round's template: template-text says so.
          if (isTemplate(match, context.options)) continue;
          const { text, other } = match;
          context.report({
            plan: text.plan,
            path: pathOf(text),
            messageId: 'copied',
            data: { kind: KIND_WORDS[kindOf(text)].zh, kindEn: KIND_WORDS[kindOf(text)].en, unit: other.unit, ...sameness(match.similarity) },
            related: [{ in: other.plan, path: pathOf(other) }],
          });
        }
        return undefined;
      },
    };
  },
});
