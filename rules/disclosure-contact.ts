import { arrayOf, defineRule, isIsoDate, isObject, NOT_APPLICABLE, textOf } from '../src/rule-kit/index.js';
import { hasContent } from './support/placeholder.js';

interface Options {
  kinds: string[];
  always: boolean;
}

const CONTACT_KINDS = ['phone', 'email', 'mailbox', 'address', 'postcode'];

export default defineRule<Options>({
  meta: {
    id: 'disclosure-contact',
    type: 'problem',
    category: 'publication',
    defaultSeverity: 'off',
    presets: { publish: { severity: 'error', options: { always: true } } },
    weight: 1,
    docs: {
      description: {
        zh: '公开的整改情况报告附有接受群众监督的联系方式（电话、电子邮箱或信箱）',
        en: 'A published report carries a channel for public supervision (phone, e-mail or mailbox)',
      },
      basis: '巡视进驻、反馈、整改等情况应当以适当方式公开，接受党员、干部和人民群众监督 (R2015-32); 公开时须公布接受监督的联系方式 (L-county-pub); practice C9',
    },
    messages: {
      missing: {
        zh: '公开的报告没有接受监督的联系方式（电话、电子邮箱或信箱）',
        en: 'the published report gives no contact for public supervision (phone, e-mail or mailbox)',
      },
    },
    options: {
      type: 'object',
      properties: {
        kinds: {
          type: 'array',
          items: { type: 'string', enum: CONTACT_KINDS },
          default: ['phone', 'email', 'mailbox'],
          description: 'Contact kinds that count as a supervision channel (a street address alone does not).',
        },
        always: {
          type: 'boolean',
          default: false,
          description: 'Check every report, not only those that record a publication date (the publish preset sets it: it gates reports about to be published).',
        },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    return {
      plan(plan) {
        const report = isObject(plan.report) ? plan.report : undefined;
        if (!report || (!context.options.always && !isIsoDate(report.publicationDate))) return NOT_APPLICABLE;
        const kinds = new Set(context.options.kinds);
        const hasChannel = arrayOf<{ kind?: string; value?: string }>(report.contacts).some((c) => isObject(c) && kinds.has(textOf(c.kind)) && hasContent(c.value));
        if (!hasChannel) context.report({ path: ['report', 'contacts'], messageId: 'missing' });
        return undefined;
      },
    };
  },
});
