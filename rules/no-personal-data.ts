import { defineRule, isObject, type JsonPath } from '../src/rule-kit/index.js';
import { findPersonalData, PERSONAL_EMAIL_DOMAINS, type PersonalDataKind } from './support/personal-data.js';
import { wordList } from './support/options.js';

interface Options {
  personalEmailDomains: string[];
}

const KIND_NAMES: Record<PersonalDataKind, { zh: string; en: string }> = {
  'id-number': { zh: '居民身份证号码', en: 'a resident ID number' },
  mobile: { zh: '手机号码', en: 'a mobile number' },
  email: { zh: '个人电子邮箱', en: 'a personal e-mail address' },
};

/** Children the runner visits on their own, so each node's text is checked (and scored) once, by its own visit. */
const VISITED_SEPARATELY: Record<string, readonly string[]> = {
  plan: ['aspects'],
  problem: ['measures', 'evidence', 'items'],
  measure: ['evidence'],
  evidence: [],
};

/**
 * Calls `visit` with every string under a node, where it is (the path of its container and its key, so a path is
 * built only for a string that has something to report); vendor extensions (x-…) are not published text.
 */
function forEachString(value: unknown, path: JsonPath, visit: (text: string, at: JsonPath, key?: string | number) => void, skip?: readonly string[]): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (typeof value[i] === 'string') visit(value[i], path, i);
      else forEachString(value[i], [...path, i], visit);
    }
  } else if (isObject(value)) {
    for (const key in value) {
      if (skip?.includes(key) || key.startsWith('x-') || key === '$schema') continue;
      if (typeof value[key] === 'string') visit(value[key], path, key);
      else forEachString(value[key], [...path, key], visit);
    }
  }
}

export default defineRule<Options>({
  meta: {
    id: 'no-personal-data',
    type: 'problem',
    category: 'publication',
    defaultSeverity: 'off',
    presets: { publish: 'error' },
    weight: 3,
    docs: {
      description: {
        zh: '准备公开的文本中不得含有居民身份证号码（校验位核验）、手机号码或个人电子邮箱；公开的监督联系方式除外',
        en: 'No resident ID numbers (checksum verified), mobile numbers or personal e-mail addresses in text to be published; the public contact block is exempt',
      },
      basis: '整改情况以适当方式公开 (R2015-32), 按审定的通报稿公开 (L-county-pub); 《个人信息保护法》: 未经本人单独同意不得公开其个人信息',
    },
    messages: {
      found: {
        zh: '含有{{kind}}“{{masked}}”，公开前应删除或脱敏',
        en: 'contains {{kindEn}} ({{masked}}); remove or mask it before publication',
      },
    },
    options: {
      type: 'object',
      properties: {
        personalEmailDomains: wordList(PERSONAL_EMAIL_DOMAINS, 'Mail domains whose addresses are personal (webmail); addresses at other domains are taken as institutional.'),
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const scan = (node: unknown, path: JsonPath, skip: readonly string[]) => {
      const report = (text: string, at: JsonPath, key?: string | number) => {
        for (const match of findPersonalData(text, context.options.personalEmailDomains)) {
          const kind = KIND_NAMES[match.kind];
          context.report({ path: key === undefined ? at : [...at, key], messageId: 'found', data: { kind: kind.zh, kindEn: kind.en, masked: match.masked } });
        }
      };
      forEachString(node, path, report, skip);
    };
    return {
      plan(plan) {
        // The public contact block is meant to be published.
        const { contacts: _published, ...report } = isObject(plan.report) ? plan.report : ({} as Record<string, unknown>);
        scan({ ...plan, report }, [], VISITED_SEPARATELY.plan);
      },
      problem: (problem, path) => scan(problem, path, VISITED_SEPARATELY.problem),
      measure: (measure, path) => scan(measure, path, VISITED_SEPARATELY.measure),
      evidence: (evidence, path) => scan(evidence, path, VISITED_SEPARATELY.evidence),
    };
  },
});
