import { defineRule, isNonEmptyString, isObject, NOT_APPLICABLE } from '../src/rule-kit/index.js';
import { isPlaceholder, quotedPlaceholder } from './support/placeholder.js';
import { isPrincipalPost, principalOptionSchemas } from './support/principal.js';

interface Options {
  principalTitles: string[];
  notPrincipalTitles: string[];
  requireNamed: boolean;
}

const FIRST = ['organization', 'firstResponsible'];
const LEADER = ['organization', 'leadingGroup', 'leader'];

export default defineRule<Options>({
  meta: {
    id: 'principal-is-first-responsible',
    type: 'problem',
    category: 'accountability',
    defaultSeverity: 'error',
    presets: { strict: { severity: 'error', options: { requireNamed: true } } },
    weight: 2,
    docs: {
      description: {
        zh: '整改第一责任人和领导小组组长是单位主要负责人（党组书记、党委书记）',
        en: 'The first responsible person and the leading group’s leader are the unit’s principal (its Party secretary)',
      },
      basis: '《巡视工作条例》(2015) 第二十七条: 被巡视党组织主要负责人为落实整改工作的第一责任人 (R2015-27); 党委书记是第一责任人 (C-3lists); practice C2',
    },
    messages: {
      missingFirst: { zh: '未明确整改第一责任人', en: 'no first responsible person is named' },
      missingLeader: { zh: '整改领导小组未明确组长', en: 'the leading group names no leader' },
      namePlaceholder: { zh: '{{role}}的姓名还是占位文字“{{text}}”，尚未填写', en: 'the name of the {{roleEn}} is still the placeholder "{{text}}"' },
      firstNotPrincipal: {
        zh: '第一责任人“{{who}}”不是单位主要负责人（应为党组书记、党委书记等）',
        en: 'the first responsible person "{{who}}" is not the unit’s principal (its Party secretary)',
      },
      leaderNotPrincipal: {
        zh: '领导小组组长“{{who}}”不是单位主要负责人（应为党组书记、党委书记等）',
        en: 'the leading group’s leader "{{who}}" is not the unit’s principal (its Party secretary)',
      },
      leaderIsNotFirst: {
        zh: '领导小组组长（{{leader}}）与第一责任人（{{first}}）不是同一人，而二者都应是单位主要负责人',
        en: 'the leading group’s leader ({{leader}}) and the first responsible person ({{first}}) are different people; both should be the principal',
      },
    },
    options: {
      type: 'object',
      properties: {
        ...principalOptionSchemas,
        requireNamed: { type: 'boolean', default: false, description: 'Also report a plan that names no first responsible person or group leader.' },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const describe = (person: { name?: string; post?: string }) => [person.post, person.name].filter(isNonEmptyString).join(' ');
    return {
      plan(plan) {
        const organization = isObject(plan.organization) ? plan.organization : undefined;
        const first = isObject(organization?.firstResponsible) ? organization!.firstResponsible : undefined;
        const group = isObject(organization?.leadingGroup) ? organization!.leadingGroup : undefined;
        const leader = isObject(group?.leader) ? group!.leader : undefined;
        const { requireNamed } = context.options;
        if (!first && !leader && !requireNamed) return NOT_APPLICABLE;

        const isPrincipal = (person: { post?: string }) => isNonEmptyString(person.post) && isPrincipalPost(person.post, context.options);
        // A name left as （姓名） or XXX names nobody: said where it stands, before judging the post.
        const roles = [
          [first, FIRST, { role: '第一责任人', roleEn: 'first responsible person' }],
          [leader, LEADER, { role: '领导小组组长', roleEn: 'leading group’s leader' }],
        ] as const;
        for (const [person, at, role] of roles) {
          if (person && typeof person.name === 'string' && isPlaceholder(person.name)) context.report({ path: [...at, 'name'], messageId: 'namePlaceholder', data: { ...role, text: quotedPlaceholder(person.name) } });
        }
        if (!first) {
          if (requireNamed) context.report({ path: FIRST, messageId: 'missingFirst' });
        } else if (!isPrincipal(first)) {
          context.report({ path: [...FIRST, 'post'], messageId: 'firstNotPrincipal', data: { who: describe(first) } });
        }
        if (!leader) {
          if (requireNamed && group) context.report({ path: LEADER, messageId: 'missingLeader' });
        } else if (first && isNonEmptyString(first.name) && isNonEmptyString(leader.name) && first.name !== leader.name && isPrincipal(first) && isPrincipal(leader)) {
          // Two different people both named as the principal: one of the two records is wrong.
          context.report({ path: [...LEADER, 'name'], messageId: 'leaderIsNotFirst', data: { leader: describe(leader), first: describe(first) } });
        } else if (!isPrincipal(leader) && !(first && isPrincipal(first) && isNonEmptyString(first.name) && first.name === leader.name)) {
          context.report({ path: [...LEADER, 'post'], messageId: 'leaderNotPrincipal', data: { who: describe(leader) } });
        }
        return undefined;
      },
    };
  },
});
