import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { positionOf, toText } from '../helpers.js';
import { findPersonalData, isResidentIdNumber, PERSONAL_EMAIL_DOMAINS, scanForPersonalData } from '../../rules/support/personal-data.js';
import { findings, located, messages } from './findings.js';

const RULE = 'no-personal-data';
const ID = '440515198506123439';

const kinds = (text: string) => findPersonalData(text, PERSONAL_EMAIL_DOMAINS).map((m) => `${m.kind} ${m.masked}`);

describe('personal data detection', () => {
  it('skips text without the digits or @ any match needs, and answers as the full scan does', () => {
    // Pieces of IDs, mobiles, 文号 and serials, separators and look-around characters, mixed at random.
    const piece = fc.constantFrom('1', '3', '8', '9', '0', 'X', '13812345678', '139-1234-5678', '139 1234 5678', ' ', '-', '+86', '@', 'qq.com', 'a', '号', '第', 'No.', '〔2022〕', '江交', ID, '．', '，');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        expect(findPersonalData(text, PERSONAL_EMAIL_DOMAINS)).toEqual(scanForPersonalData(text, PERSONAL_EMAIL_DOMAINS));
      }),
      { numRuns: 3000 },
    );
    expect(findPersonalData('2022年6月20日召开专题会议，整改3项', PERSONAL_EMAIL_DOMAINS)).toEqual([]);
  });

  it('verifies the resident ID checksum (GB 11643) and the birth date', () => {
    expect(isResidentIdNumber(ID)).toBe(true);
    expect(isResidentIdNumber('11010519491231002X')).toBe(true);
    expect(isResidentIdNumber('11010519491231002x')).toBe(true);
    expect(isResidentIdNumber('440515198506123438')).toBe(false); // wrong check digit
    expect(isResidentIdNumber('440515198513123435')).toBe(false); // month 13
  });

  it('finds IDs, mobiles (also grouped or +86) and webmail addresses, masked', () => {
    expect(kinds(`当事人王某（身份证号${ID}）`)).toEqual(['id-number 440515********3439']);
    expect(kinds('联系人手机13812345678，备用 +86 139-1234-5678')).toEqual(['mobile 138****5678', 'mobile 139****5678']);
    expect(kinds('举报邮箱 wangmou1988@qq.com')).toEqual(['email w***@qq.com']);
  });

  it('is not fooled by 15 digits, a failed checksum, a number inside a 文号 or a serial, or an office address', () => {
    expect(kinds('身份证号110105491231002')).toEqual([]);
    expect(kinds('身份证号440515198506123438')).toEqual([]);
    expect(kinds('依据江交〔2022〕13812345678号文件')).toEqual([]);
    expect(kinds('非税收入一般缴款书 No.13812345678')).toEqual([]);
    expect(kinds('凭证编号：13912345678')).toEqual([]);
    expect(kinds('办件流水号2022081513812345678')).toEqual([]);
    expect(kinds('来信请寄 jbjtj@jiangbin.gov.cn，电话 0754-85123456')).toEqual([]);
  });
});

describe(RULE, () => {
  it('passes the base plan', () => {
    expect(findings(basePlan(), RULE)).toEqual([]);
  });

  it('reports personal data in problem, measure and evidence text, on the string that holds it', () => {
    const plan = basePlan();
    const problem = plan.aspects[0].problems[0];
    problem.feedback = `向不符合条件的王某（身份证号${ID}）发放信访岗位津贴。`;
    problem.measures![0].owner = '财务股 孙某某（13812345678）';
    problem.evidence![0].title = '退款确认邮件（发件人 sunmou@163.com）';
    const text = toText(plan);
    // New keys go last, so the feedback follows the measures and evidence in the text.
    expect(located(plan, RULE)).toEqual([
      { message: '含有手机号码“138****5678”，公开前应删除或脱敏', path: ['aspects', 0, 'problems', 0, 'measures', 0, 'owner'], ...positionOf(text, '"财务股 孙某某') },
      { message: '含有个人电子邮箱“s***@163.com”，公开前应删除或脱敏', path: ['aspects', 0, 'problems', 0, 'evidence', 0, 'title'], ...positionOf(text, '"退款确认邮件') },
      { message: '含有居民身份证号码“440515********3439”，公开前应删除或脱敏', path: ['aspects', 0, 'problems', 0, 'feedback'], ...positionOf(text, '"向不符合条件') },
    ]);
  });

  it('checks the rest of the plan too, but not the public contact block or vendor extensions', () => {
    const plan = basePlan() as ReturnType<typeof basePlan> & { 'x-note'?: string };
    plan.report.contacts = [{ kind: 'phone', value: '13812345678' }, { kind: 'email', value: 'jbjtj_xczg@163.com' }];
    plan['x-note'] = '起草人手机 13912345678';
    expect(findings(plan, RULE)).toEqual([]);
    plan.organization!.firstResponsible!.post = '党组书记、局长（手机13912345678）';
    expect(messages(plan, RULE, { locale: 'en' })).toEqual(['contains a mobile number (139****5678); remove or mask it before publication']);
  });

  it('takes the personal mail domains from the options', () => {
    const plan = basePlan();
    plan.aspects[0].problems[0].progress = '已通过 wangmou@example.org 反馈当事人。';
    expect(findings(plan, RULE)).toEqual([]);
    expect(findings(plan, RULE, { ruleOptions: { personalEmailDomains: ['example.org'] } })).toHaveLength(1);
  });
});
