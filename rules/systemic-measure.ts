import { arrayOf, defineRule, isNonEmptyString, isObject, NOT_APPLICABLE, type JsonPath, textOf } from '../src/rule-kit/index.js';
import type { Measure, Problem } from '../src/types/plan.js';
import { containsAny } from './support/lexicon.js';
import { wordList } from './support/options.js';
import { makesRule, titlesIn } from './support/outcomes.js';
import { evidenceOf } from './support/walk.js';

interface Options {
  sweeps: string[];
}

const SWEEPS = ['举一反三', '全面排查', '全面自查', '全面清理', '全面梳理', '专项检查', '专项整治', '专项治理', '逐宗核查', '逐项核查', '集中排查', '拉网式排查'];

/** A rule made or revised without its name in 《》 still counts: 修订财务管理制度. */
const RULE_MADE_UNNAMED = /(?:制定|制订|修订|修改|出台)[^。；;，,]{0,10}(?:制度|办法|规定|细则|规程)/u;
/** Evidence that is itself a rule: a 文件 titled 《…制度》. */
const RULE_WORDS = /制度|办法|规定|细则|规则|规程|准则/u;
const namesRule = (title: string) => [...titlesIn(title)].some(({ name }) => RULE_WORDS.test(name));

export default defineRule<Options>({
  meta: {
    id: 'systemic-measure',
    type: 'suggestion',
    category: 'specificity',
    defaultSeverity: 'off',
    weight: 1,
    docs: {
      description: {
        zh: '每个问题至少有一条举一反三、建章立制的措施：制定或修订制度（《…》），或全面排查、专项检查',
        en: 'Each problem has at least one systemic measure: a rule made or revised (制定/修订《…》), or a sweep (全面排查, 专项检查, 举一反三)',
      },
      basis: '整改措施就事论事，没有结合单位实际举一反三 (大理市, L-dali); 共性问题整治到位、制度机制完善到位 (L-jiaozuo); practice A7',
    },
    messages: {
      missing: {
        zh: '问题 {{id}} 的措施只针对个案，没有举一反三或建章立制的措施（制定、修订制度，全面排查、专项检查等）',
        en: 'the measures of problem {{id}} fix only the case at hand: none makes or revises a rule or sweeps for similar cases',
      },
    },
    options: {
      type: 'object',
      properties: { sweeps: wordList(SWEEPS, 'Words of a sweep for similar cases (举一反三, 全面排查, 专项检查 …).') },
      additionalProperties: false,
    },
  },
  create(context) {
    const isSystemicText = (text: string) => makesRule(text) || RULE_MADE_UNNAMED.test(text) || containsAny(text, context.options.sweeps);
    const isSystemic = (problem: Problem | undefined, path: JsonPath) =>
      problem !== undefined &&
      (arrayOf<Measure>(problem.measures).some((m) => isObject(m) && isNonEmptyString(m.text) && isSystemicText(m.text)) ||
        evidenceOf(problem, path).some(({ evidence }) => evidence.type === '文件' && namesRule(textOf(evidence.title))));
    return {
      problem(problem, path, scope) {
        if (arrayOf(problem.measures).length === 0) return NOT_APPLICABLE;
        // A sub-item is covered by the systemic measures of any problem enclosing it.
        if (isSystemic(problem, path) || scope.ancestors.some((ancestor) => isSystemic(ancestor, []))) return undefined;
        context.report({ path: [...path, 'measures'], messageId: 'missing', data: { id: problem.id ?? '' } });
        return undefined;
      },
    };
  },
});
