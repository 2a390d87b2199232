import { defineRule, fieldSource, isNonEmptyString, NOT_APPLICABLE } from '../src/rule-kit/index.js';
import { isPlaceholder, quotedPlaceholder } from './support/placeholder.js';

interface Options {
  requireDepartment: boolean;
  requirePerson: boolean;
}

const FIELDS = [
  { field: 'responsibleLeader', messageId: 'missingLeader', name: { zh: '责任领导', en: 'responsible leader' }, option: undefined },
  { field: 'responsibleDepartment', messageId: 'missingDepartment', name: { zh: '责任部门', en: 'responsible department' }, option: 'requireDepartment' },
  { field: 'responsiblePerson', messageId: 'missingPerson', name: { zh: '责任人', en: 'responsible person' }, option: 'requirePerson' },
] as const;

export default defineRule<Options>({
  meta: {
    id: 'require-responsible-leader',
    type: 'problem',
    category: 'accountability',
    defaultSeverity: 'error',
    presets: { strict: { severity: 'error', options: { requireDepartment: true, requirePerson: true } } },
    weight: 2,
    docs: {
      description: { zh: '每个问题都明确责任领导（可要求责任部门和责任人）', en: 'Each problem names its responsible leader (optionally department and person)' },
      basis: '每一个整改问题都要明确责任领导、责任科室(部门)、责任人 (黑河市委巡察办, L-heihe)',
    },
    messages: {
      missingLeader: { zh: '问题 {{id}} 未明确责任领导', en: 'problem {{id}} names no responsible leader' },
      missingDepartment: { zh: '问题 {{id}} 未明确责任部门', en: 'problem {{id}} names no responsible department' },
      missingPerson: { zh: '问题 {{id}} 未明确责任人', en: 'problem {{id}} names no responsible person' },
      placeholder: { zh: '问题 {{id}} 的{{field}}还是占位文字“{{text}}”，尚未填写', en: 'problem {{id}}: the {{fieldEn}} is still the placeholder "{{text}}"' },
    },
    options: {
      type: 'object',
      properties: {
        requireDepartment: { type: 'boolean', default: false, description: 'Also require the responsible department.' },
        requirePerson: { type: 'boolean', default: false, description: 'Also require the responsible person.' },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    return {
      problem(problem, path, scope) {
        let applicable = false;
        for (const { field, messageId, name, option } of FIELDS) {
          const value = problem[field];
          const required = !option || context.options[option];
          // A placeholder is reported even in a field the options leave optional: a form left half filled in.
          if (typeof value === 'string' && isPlaceholder(value)) {
            applicable = true;
            context.report({ path: [...path, field], messageId: 'placeholder', data: { id: problem.id ?? '', field: name.zh, fieldEn: name.en, text: quotedPlaceholder(value) } });
            continue;
          }
          if (!required) continue;
          const source = fieldSource(problem, scope, (p) => p[field] !== undefined && p[field] !== '');
          if (source === 'inherited' || source === 'deferred') continue;
          applicable = true;
          if (!isNonEmptyString(value)) context.report({ path: [...path, field], messageId, data: { id: problem.id ?? '' } });
        }
        return applicable ? undefined : NOT_APPLICABLE;
      },
    };
  },
});
