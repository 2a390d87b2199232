import { arrayOf, defineRule, isNonEmptyString, NOT_APPLICABLE, type JsonPath, type VisitResult, textOf } from '../src/rule-kit/index.js';

/** Where the importer keeps text it could not place (see src/import/unrecognized.ts). */
const KEY = 'x-unrecognized';
const EXCERPT = 24;

export default defineRule({
  meta: {
    id: 'import-unrecognized',
    type: 'suggestion',
    category: 'completeness',
    defaultSeverity: 'info',
    presets: { strict: 'info' },
    weight: 1,
    docs: {
      description: { zh: '导入报告时未能识别、原样保留的文字', en: 'Text an imported report holds that the importer could not place' },
      basis: '导入时不丢弃任何文字：未识别的段落保留在最近的条目上，提示核对 (issue 3)',
    },
    messages: {
      kept: {
        zh: '未能识别的文字，已原样保留在{{where}}：“{{excerpt}}”',
        en: 'text the importer could not place, kept on {{whereEn}}: "{{excerpt}}"',
      },
    },
  },
  create(context) {
    // A note for the reader, never a failed check: the score is left alone.
    const report = (node: unknown, path: JsonPath, where: string, whereEn: string): VisitResult => {
      arrayOf<unknown>((node as Record<string, unknown>)[KEY]).forEach((text, index) => {
        if (!isNonEmptyString(text)) return;
        const excerpt = text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
        context.report({ path: [...path, KEY, index], messageId: 'kept', data: { where, whereEn, excerpt } });
      });
      return NOT_APPLICABLE;
    };
    return {
      plan: (plan, path) => report(plan, path, '方案', 'the plan'),
      aspect: (aspect, path) => report(aspect, path, `方面 ${textOf(aspect.id)}`.trim(), `aspect ${textOf(aspect.id)}`.trim()),
      problem: (problem, path) => report(problem, path, `问题 ${textOf(problem.id)}`.trim(), `problem ${textOf(problem.id)}`.trim()),
    };
  },
});
