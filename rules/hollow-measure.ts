import { defineRule, NOT_APPLICABLE } from '../src/rule-kit/index.js';
import { hasContent } from './support/placeholder.js';
import { deliverablesOptionSchema, isConcrete } from './support/concrete.js';
import { findTerm } from './support/lexicon.js';
import { wordList } from './support/options.js';

interface Options {
  boilerplate: string[];
  deliverables: string[];
}

const BOILERPLATE = [
  '进一步', '切实', '认真', '加强', '强化', '提高认识', '提高思想认识', '高度重视', '持续推进', '不断完善', '扎实', '全面',
  '有效', '深入', '大力', '着力', '积极', '不断', '坚决', '严格', '狠抓', '压实', '夯实', '推动', '提升', '增强', '健全', '完善',
];

export default defineRule<Options>({
  meta: {
    id: 'hollow-measure',
    type: 'suggestion',
    category: 'specificity',
    defaultSeverity: 'warn',
    weight: 1,
    docs: {
      description: {
        zh: '措施只有“进一步”“切实”“加强”等套话，没有数字、日期、文件名（《…》）、具体单位或岗位、可数的成果',
        en: 'A measure made only of boiler-plate (进一步, 切实, 加强 …) with no number, date, named document, named unit or post, or countable deliverable',
      },
      basis: '杜绝整改措施空泛、针对性和可操作性不强 (黑河市委巡察办, L-heihe); 整改措施是否具有针对性 (L-baoshan); practice D6',
    },
    messages: {
      hollow: {
        zh: '措施空泛：只有“{{word}}”之类的表述，没有数字、日期、文件名、具体单位或岗位、可数的成果',
        en: 'hollow measure: only wording such as "{{word}}", with no number, date, named document, named unit or post, or countable deliverable',
      },
    },
    options: {
      type: 'object',
      properties: {
        boilerplate: wordList(BOILERPLATE, 'Boiler-plate words; a measure with one of them and nothing concrete is hollow.'),
        deliverables: deliverablesOptionSchema,
      },
      additionalProperties: false,
    },
  },
  create(context) {
    return {
      measure(measure, path) {
        // An empty measure or template filler is require-measures' finding; there is nothing here to call hollow.
        if (!hasContent(measure.text)) return NOT_APPLICABLE;
        if (isConcrete(measure.text, context.options)) return undefined;
        const word = findTerm(measure.text, context.options.boilerplate);
        if (word) context.report({ path: [...path, 'text'], messageId: 'hollow', data: { word } });
        return undefined;
      },
    };
  },
});
