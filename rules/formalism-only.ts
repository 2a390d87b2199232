import { arrayOf, defineRule, isNonEmptyString, isObject, NOT_APPLICABLE, textOf } from '../src/rule-kit/index.js';
import { hasContent } from './support/placeholder.js';
import type { Measure } from '../src/types/plan.js';
import { hasOutcome, isFormalOnly, outcomeOptionSchemas, outcomeWords } from './support/outcomes.js';
import { evidenceOf } from './support/walk.js';

interface Options {
  formalActs: string[];
  outcomes: string[];
}

/** Evidence of these kinds records what was done (money paid back, a ledger of cases, figures), not a meeting. */
const RECORD_TYPES = new Set(['凭证', '台账', '统计']);

/** "唯一的措施" or "3 条措施都", and the English to match. */
function measureWords(count: number): Record<string, string> {
  return count === 1
    ? { measures: '唯一措施', measuresEn: 'the only measure', areEn: 'is' }
    : { measures: ` ${count} 条措施都`, measuresEn: `all ${count} measures`, areEn: 'are' };
}

export default defineRule<Options>({
  meta: {
    id: 'formalism-only',
    type: 'problem',
    category: 'specificity',
    defaultSeverity: 'warn',
    weight: 2,
    docs: {
      description: {
        zh: '一个问题的措施和佐证材料全是开会、学习、发文，没有任何成果（清退、问责、办结、纠正……）',
        en: 'Every measure and piece of evidence of a problem is a meeting, study or circular, with no outcome (清退, 问责, 办结, 纠正 …)',
      },
      basis: '以会议落实会议、以文件落实文件 (K-meeting); 只表态不落实 (K-wenzi); 形式主义整改 (L-liaocheng); practice D5',
    },
    messages: {
      formalOnly: {
        zh: '问题 {{id}} 的{{measures}}只是开会、学习或发文（如“{{act}}”），措施、佐证和整改情况中都没有实际成果',
        en: '{{measuresEn}} of problem {{id}} {{areEn}} only meetings, study or circulars (e.g. "{{act}}"); no measure, evidence or progress shows an outcome',
      },
    },
    options: {
      type: 'object',
      properties: outcomeOptionSchemas,
      additionalProperties: false,
    },
  },
  create(context) {
    const lexicon = outcomeWords(context.options);
    return {
      problem(problem, path) {
        const texts = arrayOf<Measure>(problem.measures)
          .filter(isObject)
          .map((m) => m.text)
          .filter(hasContent);
        if (texts.length === 0) return NOT_APPLICABLE;
        if (!texts.every((text) => isFormalOnly(text, lexicon))) return undefined;
        const evidenceShowsOutcome = evidenceOf(problem, path).some(({ evidence }) => RECORD_TYPES.has(evidence.type) || hasOutcome(textOf(evidence.title), lexicon));
        const progressShowsOutcome = isNonEmptyString(problem.progress) && hasOutcome(problem.progress, lexicon);
        if (evidenceShowsOutcome || progressShowsOutcome) return undefined;
        const act = lexicon.formalActs.first(texts[0]) ?? '';
        context.report({ path: [...path, 'measures'], messageId: 'formalOnly', data: { id: problem.id ?? '', count: texts.length, act, ...measureWords(texts.length) } });
        return undefined;
      },
    };
  },
});
