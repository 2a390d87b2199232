import { isIsoDate } from '../../src/rule-kit/index.js';

/**
 * Personal data in text about to be published: resident ID numbers (18 characters, checksum and birth date
 * verified), mobile numbers and personal e-mail addresses. Document numbers (文号, No. serials) are masked
 * first, so a number that only looks like a phone number inside one is not reported.
 */

export type PersonalDataKind = 'id-number' | 'mobile' | 'email';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  value: string;
  /** The value with its middle hidden, safe to print in a diagnostic. */
  masked: string;
}

/** 文号 such as 江交〔2022〕13912345678号, serials such as No.2022070145 or 第13812345678号. */
const DOCUMENT_NUMBERS = /[\u4e00-\u9fa5A-Za-z]{1,12}\s*[〔［\[（(【]\s*\d{4}\s*[〕］\]）)】]\s*第?\s*\d+\s*号|(?:No|NO|no|№)\.?\s*[A-Za-z0-9-]+|第\s*\d+\s*号|[编单票]号[:：]?\s*[A-Za-z0-9-]+/gu;

const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/gu;
/** 11-digit mainland mobile numbers, optionally +86, optionally grouped 3-4-4. */
const MOBILE = /(?<![0-9A-Za-z])(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?![0-9A-Za-z])/gu;
/** An address starts where its run of address characters starts: tried inside a long run of them, it would scan to the run's end from every character. */
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/gu;

export const PERSONAL_EMAIL_DOMAINS = ['qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net', 'sina.com', 'sina.cn', 'sohu.com', '139.com', '189.cn', 'aliyun.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'live.com', 'yahoo.com', 'icloud.com'];

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';

/** GB 11643-1999: the 18th character is the ISO 7064 MOD 11-2 check of the first 17; digits 7–14 are a birth date. */
export function isResidentIdNumber(candidate: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(candidate)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(candidate[i]) * ID_WEIGHTS[i];
  if (ID_CHECK_CHARS[sum % 11] !== candidate[17].toUpperCase()) return false;
  const birth = `${candidate.slice(6, 10)}-${candidate.slice(10, 12)}-${candidate.slice(12, 14)}`;
  return isIsoDate(birth) && birth >= '1900-01-01';
}

function hideMiddle(value: string, keepStart: number, keepEnd: number): string {
  return value.slice(0, keepStart) + '*'.repeat(Math.max(0, value.length - keepStart - keepEnd)) + value.slice(value.length - keepEnd);
}

function hideEmail(value: string): string {
  const at = value.indexOf('@');
  return `${value.slice(0, 1)}***${value.slice(at)}`;
}

/**
 * What every match needs in the raw text: 17 digits in a row, a mobile number's digits (ID_NUMBER and MOBILE
 * without their look-arounds) or an @. Masking 文号 only turns characters into runs of two spaces or more, so it
 * never makes a match the raw text lacks: text without any of these has no personal data, and most plan text has none.
 */
const MAY_HOLD_PERSONAL_DATA = /@|\d{17}|1[3-9]\d(?:[-\s]?\d{4}){2}/;

/** The domains lower-cased, once per list (options are shared by every file). */
const domainSets = new WeakMap<readonly string[], Set<string>>();

function domainSet(personalEmailDomains: readonly string[]): Set<string> {
  let domains = domainSets.get(personalEmailDomains);
  if (!domains) domainSets.set(personalEmailDomains, (domains = new Set(personalEmailDomains.map((d) => d.toLowerCase()))));
  return domains;
}

/** The shortest mobile number (11 digits); an ID number is longer. Shorter text can hold only an e-mail address. */
const SHORTEST_NUMBER = 11;

export function findPersonalData(text: string, personalEmailDomains: readonly string[]): PersonalDataMatch[] {
  // Most strings of a plan are short (ids, dates, names, statuses): for them, looking for an @ is enough.
  const mayHold = text.length < SHORTEST_NUMBER ? text.includes('@') : MAY_HOLD_PERSONAL_DATA.test(text);
  return mayHold ? scanForPersonalData(text, personalEmailDomains) : [];
}

/** `findPersonalData` without the quick look first (exported so a test can hold the two to the same answers). */
export function scanForPersonalData(text: string, personalEmailDomains: readonly string[]): PersonalDataMatch[] {
  const plain = text.replace(DOCUMENT_NUMBERS, (serial) => ' '.repeat(serial.length));
  const found: PersonalDataMatch[] = [];
  for (const [value] of plain.matchAll(ID_NUMBER)) {
    if (isResidentIdNumber(value)) found.push({ kind: 'id-number', value, masked: hideMiddle(value, 6, 4) });
  }
  for (const [value] of plain.matchAll(MOBILE)) {
    const digits = value.replace(/\D/g, '').slice(-11);
    found.push({ kind: 'mobile', value, masked: hideMiddle(digits, 3, 4) });
  }
  const domains = domainSet(personalEmailDomains);
  for (const [value, domain] of plain.matchAll(EMAIL)) {
    if (domains.has(domain.toLowerCase())) found.push({ kind: 'email', value, masked: hideEmail(value) });
  }
  return found;
}
