import { defineRule, isNonEmptyString, NOT_APPLICABLE, type JsonPath } from '../src/rule-kit/index.js';
import { lexicon, splitList } from './support/lexicon.js';
import { wordList } from './support/options.js';

interface Options {
  vagueParties: string[];
  vaguePrefixes: string[];
}

/** A party that opens with one of these is a collective however it goes on (各市场监管所, 相关业务股室). */
const VAGUE_PREFIXES = ['各', '相关', '有关', '全体', '所有'];

const VAGUE_PARTIES = [
  '班子成员', '各科室', '各股室', '各处室', '各部门', '各单位', '各业务', '各镇', '各街道', '各责任', '相关单位', '相关部门', '相关科室',
  '相关股室', '相关业务', '相关责任人', '有关部门', '有关单位', '有关科室', '有关责任人', '全体干部', '全体党员', '全体人员',
];

const FIELDS = [
  { field: 'responsibleLeader', zh: '责任领导', en: 'responsible leader' },
  { field: 'responsibleDepartment', zh: '责任部门', en: 'responsible department' },
  { field: 'responsiblePerson', zh: '责任人', en: 'responsible person' },
] as const;

export default defineRule<Options>({
  meta: {
    id: 'vague-responsibility',
    type: 'suggestion',
    category: 'accountability',
    defaultSeverity: 'warn',
    weight: 1,
    docs: {
      description: {
        zh: '责任主体只写“全体班子成员”“各科室”“相关单位”等笼统的集体，没有落实到具体单位或个人',
        en: 'A responsible party that is only a vague collective (全体班子成员, 各科室, 相关单位 …), not a named unit or person',
      },
      basis: '每一个整改问题都要明确责任领导、责任科室(部门)、责任人 (黑河市委巡察办, L-heihe); 整改责任是否明确清晰 (L-baoshan); practice A2 (W)',
    },
    messages: {
      vague: {
        zh: '{{field}}“{{value}}”是笼统的集体表述，应落实到具体的单位或个人',
        en: 'the {{fieldEn}} "{{value}}" is a vague collective; name a unit or a person',
      },
    },
    options: {
      type: 'object',
      properties: {
        vagueParties: wordList(VAGUE_PARTIES, 'Collective words; a party is vague when every part of it contains one or opens with a vague prefix.'),
        vaguePrefixes: wordList(VAGUE_PREFIXES, 'Openings that make a party collective (各, 相关, 有关, 全体 …).'),
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const { vagueParties, vaguePrefixes } = context.options;
    const collective = lexicon(vagueParties);
    const isVaguePart = (part: string) => collective.has(part) || vaguePrefixes.some((prefix) => part.startsWith(prefix));
    // A plan names the same few leaders and departments again and again: each distinct value is judged once.
    const judged = new Map<string, boolean>();
    const isVague = (value: string) => {
      let vague = judged.get(value);
      if (vague === undefined) {
        const parts = splitList(value);
        vague = parts.length > 0 && parts.every(isVaguePart);
        judged.set(value, vague);
      }
      return vague;
    };
    /** Reports each named field whose value is vague; not applicable when none is filled in. */
    const check = (holder: object, path: JsonPath, fields: readonly { field: string; zh: string; en: string }[]) => {
      let applicable = false;
      for (const { field, zh, en } of fields) {
        const value = (holder as Record<string, unknown>)[field];
        if (!isNonEmptyString(value)) continue;
        applicable = true;
        if (isVague(value)) context.report({ path: [...path, field], messageId: 'vague', data: { field: zh, fieldEn: en, value } });
      }
      return applicable ? undefined : NOT_APPLICABLE;
    };
    return {
      problem: (problem, path) => check(problem, path, FIELDS),
      measure: (measure, path) => check(measure, path, [{ field: 'owner', zh: '措施责任主体', en: 'measure owner' }]),
    };
  },
});
