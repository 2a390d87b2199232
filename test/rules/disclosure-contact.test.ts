import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { positionOf, toText } from '../helpers.js';
import { findings, located, messages } from './findings.js';

const RULE = 'disclosure-contact';

function published() {
  const plan = basePlan();
  plan.report.publicationDate = '2022-07-20';
  return plan;
}

describe(RULE, () => {
  it('applies only to published reports unless told to check every report', () => {
    expect(findings(basePlan(), RULE)).toEqual([]);
    expect(messages(basePlan(), RULE, { ruleOptions: { always: true } })).toEqual(['公开的报告没有接受监督的联系方式（电话、电子邮箱或信箱）']);
  });

  it('reports a published report without a supervision channel, on the report', () => {
    const plan = published();
    const text = toText(plan);
    expect(located(plan, RULE)).toEqual([
      { message: '公开的报告没有接受监督的联系方式（电话、电子邮箱或信箱）', path: ['report', 'contacts'], ...positionOf(text, '"report"') },
    ]);
  });

  it('does not count a street address alone, and accepts a phone, an e-mail or a mailbox', () => {
    const plan = published();
    plan.report.contacts = [{ kind: 'address', value: '江滨区滨江路88号' }, { kind: 'postcode', value: '515800' }];
    expect(findings(plan, RULE)).toHaveLength(1);
    for (const contact of [
      { kind: 'phone' as const, value: '0754-85123456' },
      { kind: 'email' as const, value: 'jbjtj-xczg@example.com' },
      { kind: 'mailbox' as const, value: '江滨区邮政信箱12号' },
    ]) {
      plan.report.contacts = [contact];
      expect(findings(plan, RULE), contact.kind).toEqual([]);
    }
  });
});
