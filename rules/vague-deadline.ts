import { defineRule, isIsoDate, isNonEmptyString, NOT_APPLICABLE, type JsonPath, textOf } from '../src/rule-kit/index.js';
import { problemDeadline } from './support/deadlines.js';
import { findTerm } from './support/lexicon.js';
import { wordList } from './support/options.js';

interface Options {
  vagueWords: string[];
}

const VAGUE_WORDS = ['尽快', '近期', '适时', '逐步', '及时', '定期', '不定期', '抓紧', '按要求', '择机', '视情'];

// A numeral is tried from the start of its run only (see outcomes.ts): a long run is never scanned from each one.
/** A date, a period or a countable span in the deadline text (2022年9月底前, 3个月内, 年底前) makes it a deadline after all. */
const TIME_EXPRESSION = /\d|(?<![一二两三四五六七八九十])[一二两三四五六七八九十]+个?(?:工作日|日|天|周|个月|月|季度)|年底|年末|年内|月底|月末|季度|上半年|下半年|[上中下]旬/u;

/** A deadline marker (长期坚持, 立行立改): a deadline that is deliberately not a date. */
const isMarker = (deadline: unknown) => typeof deadline === 'string' && deadline.length > 0 && !isIsoDate(deadline);

export default defineRule<Options>({
  meta: {
    id: 'vague-deadline',
    type: 'suggestion',
    category: 'timeliness',
    defaultSeverity: 'warn',
    weight: 1,
    docs: {
      description: { zh: '整改时限只写“尽快”“近期”“适时”“逐步”等而无具体日期', en: 'A deadline given only as 尽快, 近期, 适时, 逐步 … without a date' },
      basis: '整改台账逐项列出整改时限 (L-gulou); 整改时限设置是否合理 (L-baoshan); practice A4: 尽快|近期|适时|逐步|抓紧|及时 → W',
    },
    messages: {
      vague: {
        zh: '{{what}}时限“{{text}}”含糊（“{{word}}”），没有具体日期',
        en: '{{whatEn}} deadline "{{text}}" is vague ("{{word}}") and gives no date',
      },
      vagueWord: {
        zh: '{{what}}时限“{{text}}”含糊，没有具体日期',
        en: '{{whatEn}} deadline "{{text}}" is vague and gives no date',
      },
    },
    options: {
      type: 'object',
      properties: { vagueWords: wordList(VAGUE_WORDS, 'Words that make a deadline text vague when it has no date.') },
      additionalProperties: false,
    },
  },
  create(context) {
    /** `dated`: the item has a date (its own or a bound); `marked`: it is declared long-term (长期坚持), which is no vague date. */
    const check = (deadlineText: unknown, dated: boolean, marked: boolean, path: JsonPath, what: { what: string; whatEn: string }) => {
      if (!isNonEmptyString(deadlineText) || marked) return NOT_APPLICABLE;
      const word = findTerm(deadlineText, context.options.vagueWords);
      if (!dated && word && !TIME_EXPRESSION.test(deadlineText)) {
        context.report({ path: [...path, 'deadlineText'], messageId: deadlineText.trim() === word ? 'vagueWord' : 'vague', data: { ...what, text: deadlineText, word } });
      }
      return undefined;
    };
    return {
      problem(problem, path, scope) {
        const id = textOf(problem.id);
        const dated = problemDeadline(problem, scope.ancestors) !== undefined;
        return check(problem.deadlineText, dated, isMarker(problem.deadline), path, { what: `问题 ${id} 的`, whatEn: `problem ${id}’s` });
      },
      measure(measure, path, scope) {
        // A measure's vague wording is bounded by its problem's dated deadline.
        const dated = isIsoDate(measure.deadline) || problemDeadline(scope.problem) !== undefined;
        return check(measure.deadlineText, dated, isMarker(measure.deadline), path, { what: '措施', whatEn: 'the measure’s' });
      },
    };
  },
});
