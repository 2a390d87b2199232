/**
 * What each paragraph of the reading text is, before the outline is built: page chrome (发布时间：… 来源：…), the
 * document's title and addressee, a heading (with its mark), a paragraph of labelled fields, the closing block
 * (监督联系方式, signature, date), or body text.
 */
import type { Lexicon } from './lexicon.js';
import { readLabels, trailingAside, type LabelledField } from './labels.js';
import { splitProblemRuns } from './problem-runs.js';
import { readMark, type Mark } from './marks.js';
import { CHROME_FIELDS, chromeShape, LEADING_DATE } from './page-chrome.js';
import { quotedProblemLength } from './titles.js';
import type { ReadingParagraph, ReadingText } from './reading-text.js';
import type { Span } from './span.js';

export interface ChromeField {
  name: string;
  /** The field name with its colon. */
  nameSpan: Span;
  value: Span;
}

export type ParagraphRole =
  /** Page chrome: its fields (发布时间：…), none for a menu or a page's controls (kept as words). */
  | { kind: 'chrome'; fields: ChromeField[] }
  | { kind: 'title' }
  | { kind: 'addressee' }
  /** `outlook`: the unit's word on going on (下一步，局党组将持续…), after the last item and before the signature. */
  | { kind: 'closing'; what: 'contacts' | 'disclosure' | 'signature' | 'date' | 'outlook' }
  /** `words` is what follows the mark: the title, and any body words on the same paragraph. */
  | { kind: 'heading'; mark?: Mark; words: Span; named?: boolean; fields?: LabelledField[] }
  | { kind: 'labels'; mark?: Mark; fields: LabelledField[] }
  /** `fields`: labels that end the paragraph, after a full stop (…台账。完成时限：…) or in a bracketed aside (（责任单位：…）). */
  | { kind: 'text'; fields?: LabelledField[] };

export interface Paragraph extends ReadingParagraph {
  index: number;
  role: ParagraphRole;
}

const CONTACTS = /^(?:联系电话|联系方式|举报电话|监督电话|电子邮箱|电子信箱|通信地址|通讯地址|邮政信箱|邮政编码|来信地址)[ \t]{0,2}:/u;
const DISCLOSURE = /^(?:欢迎(?:广大|社会各界|各界)?|如有(?:意见建议|意见和建议|异议|问题)|公示期|公示时间|公示期间|对(?:巡察|巡视)?整改(?:落实)?情况有(?:意见|异议))/u;
const DATE_ONLY = /^(?:\d{4}|[〇零一二三四五六七八九]{4})[ \t]{0,2}年[ \t]{0,2}[\d一二三四五六七八九十]{1,3}[ \t]{0,2}月[ \t]{0,2}[\d一二三四五六七八九十]{1,3}[ \t]{0,2}日$|^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/u;
const SENTENCE = /[。;；!?！？,，]/u;
// What a title ends with: the kind of document, then perhaps a note in brackets (（试行）) or the cover it is sent
// under (关于印发《…方案》的通知).
const TITLE_WORDS = /(?:报告|方案|通报|公示|公告|情况|说明|清单|台账|汇报)(?:[(（][^)）]{1,8}[)）])?(?:》的通知)?$/u;
const ADDRESSEE = /^[^,，。:：;；]{2,40}(?:领导小组|巡察办|巡视办|委员会|县委|市委|区委|州委|党委|党组|纪委|办公室|工委)(?:[、,，][^,，。:：;；]{2,40})*:$/u;
const NAMED_PROBLEM = /^(?:针对|关于)[^。]{1,80}?(?:问题|方面)(?:的整改(?:情况)?)?[ \t]{0,2}[:。]?$/u;
const DOCUMENT_NUMBER_LINE = /^[\u4e00-\u9fff]{1,12}[〔[(［]\d{4}[〕\])］]\d{1,4}号$/u;
const ORG_NAME = /(?:党组|党委|党工委|委员会|党总支|党支部|局|办|委|院|中心|公司|政府|学校|中学|小学|大学|医院|镇|乡|街道)$/u;

export function classifyParagraphs(reading: ReadingText, lexicon: Lexicon): Paragraph[] {
  const { folded } = reading;
  const paragraphs: Paragraph[] = splitProblemRuns(folded, reading.paragraphs).map((p, index) => ({ ...p, index, role: { kind: 'text' } }));
  let seenContent = false;
  let titleSeen = false;
  // Short lines without a sentence above the title (a site's name, a menu): chrome once a title follows them.
  let pending: Paragraph[] = [];
  // Bold lines title problems under numbered headings; before any such heading a bold line is emphasis in prose.
  let numberedSeen = false;
  for (const paragraph of paragraphs) {
    const { start, end } = paragraph.span;
    const head = folded.slice(start, Math.min(end, start + 48));
    const atTop = !seenContent && !titleSeen;
    let role = roleOf(folded, paragraph, head, lexicon, atTop);
    if (role.kind === 'heading' && role.mark?.style === 'bold' && !numberedSeen) role = { kind: 'text' };
    if (role.kind === 'heading' && role.mark && role.mark.style !== 'bold') numberedSeen = true;
    paragraph.role = role;
    if (role.kind === 'chrome') continue;
    if (atTop && isTitle(folded, paragraph, head)) {
      paragraph.role = { kind: 'title' };
      titleSeen = true;
      for (const above of pending) above.role = { kind: 'chrome', fields: [] };
      pending = [];
      continue;
    }
    // The 文号 under an official document's title (柏统党〔2024〕15号) is the page's, not the report's words.
    if (titleSeen && !seenContent && role.kind === 'text' && end - start <= 24 && DOCUMENT_NUMBER_LINE.test(folded.slice(start, end))) {
      paragraph.role = { kind: 'chrome', fields: [] };
      continue;
    }
    if (!seenContent && role.kind === 'text' && ADDRESSEE.test(folded.slice(start, Math.min(end, start + 90))) && end - start <= 90) {
      paragraph.role = { kind: 'addressee' };
      continue;
    }
    if (atTop && role.kind === 'text' && end - start <= 40 && !SENTENCE.test(folded.slice(start, end))) {
      pending.push(paragraph);
      continue;
    }
    seenContent = true;
    pending = [];
  }
  markSignatures(folded, paragraphs);
  markFooter(folded, paragraphs);
  markOutlook(folded, paragraphs);
  return paragraphs;
}

function roleOf(folded: string, paragraph: Paragraph, head: string, lexicon: Lexicon, zone: boolean): ParagraphRole {
  const { start, end } = paragraph.span;
  const chrome = paragraph.headingLevel === undefined ? pageChrome(folded, paragraph, zone) : undefined;
  if (chrome) return chrome;
  if (paragraph.headingLevel === undefined && CONTACTS.test(head)) return { kind: 'closing', what: 'contacts' };
  if (paragraph.headingLevel === undefined && DISCLOSURE.test(head)) return { kind: 'closing', what: 'disclosure' };
  if (end - start <= 24 && DATE_ONLY.test(folded.slice(start, end))) return { kind: 'closing', what: 'date' };
  const mark = readMark(folded, start, end, paragraph);
  const after = mark ? mark.span.end : start;
  const fields = readLabels(folded, after, end, lexicon, paragraph.strong);
  if (fields) {
    const numbered = mark !== undefined && (mark.ordinal !== undefined || mark.style.startsWith('h'));
    // 二、整改落实情况 is a section's title that happens to be a label's words; （二）整改措施： is a label.
    const onlyWords = fields.length === 1 && !fields[0].delimited && fields[0].content.end <= fields[0].content.start;
    if (numbered && onlyWords) return { kind: 'heading', mark, words: { start: after, end } };
    // 1.反馈问题：… opens a problem whose words follow the label; （一）原因分析： is a label the number decorates.
    if (numbered && (fields[0].field === 'feedback' || mark.style.startsWith('h'))) return { kind: 'heading', mark, words: { start: after, end }, fields };
    return { kind: 'labels', ...(mark ? { mark } : {}), fields };
  }
  // 【党的建设方面】 alone on its line (no label's words inside): a heading set in brackets instead of numbered.
  const bracketed = mark ? undefined : bracketedHeading(folded, start, end, lexicon, paragraph.strong);
  if (bracketed) return { kind: 'heading', ...bracketed };
  // A short line set in bold from end to end, no sentence and no label: a title set apart without a number.
  if (!mark && isBoldTitle(folded, start, end, paragraph)) return { kind: 'heading', mark: { style: 'bold', span: { start, end: start } }, words: { start, end } };
  if (mark) {
    // ★药品采购未执行集中采购。原因分析：…整改措施：… : the labels after the title are the item's fields.
    const inline = trailingLabels(folded, after, end, lexicon, paragraph.strong);
    return { kind: 'heading', mark, words: { start: after, end: wordsEnd(folded, end, inline) }, ...(inline ? { fields: inline } : {}) };
  }
  const aside = trailingLabels(folded, start, end, lexicon, paragraph.strong);
  const asideFields = aside ? { fields: aside } : {};
  const words = { start, end: wordsEnd(folded, end, aside) };
  if (words.end - start <= 100 && NAMED_PROBLEM.test(folded.slice(start, words.end))) return { kind: 'heading', words, named: true, ...asideFields };
  // 针对“…”的问题，一是… : a paragraph that opens by quoting the problem it answers is that problem, told in prose.
  if (quotedProblemLength(folded, start, words.end) > 0) return { kind: 'heading', words, named: true, ...asideFields };
  return { kind: 'text', ...asideFields };
}

const BOLD_TITLE_LENGTH = 60;

/** A Word paragraph in bold, or a Markdown line wrapped in ** from end to end, short and with no full stop or label. */
function isBoldTitle(folded: string, start: number, end: number, paragraph: Pick<Paragraph, 'bold' | 'strong'>): boolean {
  if (end - start < 2 || end - start > BOLD_TITLE_LENGTH) return false;
  if (!paragraph.bold && !paragraph.strong.some((bold) => bold.start <= start && bold.end >= end)) return false;
  return !/[。;；:!?！？]/u.test(folded.slice(start, end));
}

const BRACKETED = /^[【〖][^【】〖〗。:：;；]{2,60}[】〗]/u;

/**
 * A paragraph that opens with a bracketed title (no sentence, no colon inside): its brackets are its mark. Alone
 * on its line it heads what follows (【党的建设方面】); followed by labels it is a problem told on one line
 * (【康复服务监管不严】整改措施：…整改情况：…).
 */
function bracketedHeading(folded: string, start: number, end: number, lexicon: Lexicon, strong: readonly Span[]): { mark: Mark; words: Span; fields?: LabelledField[] } | undefined {
  const match = BRACKETED.exec(folded.slice(start, Math.min(end, start + 64)));
  if (!match) return undefined;
  const close = start + match[0].length;
  const heading = { mark: { style: 'bracket', span: { start, end: start + 1 } }, words: { start: start + 1, end: close - 1 } };
  let after = close;
  while (after < end && ' \t'.includes(folded.charAt(after))) after++;
  if (after >= end) return heading;
  const fields = readLabels(folded, after, end, lexicon, strong);
  return fields ? { ...heading, fields } : undefined;
}

function labelOpensAt(folded: string, at: number, end: number, lexicon: Lexicon): boolean {
  if ('【[〔'.includes(folded.charAt(at))) return true;
  const match = lexicon.labelAt(folded, at);
  if (!match) return false;
  const near = folded.slice(at + match.label.length, Math.min(end, at + match.label.length + 5));
  return near.includes(':');
}

/** Where a heading's words end: before a closing aside of labels, whose colons would otherwise cut its title. */
function wordsEnd(folded: string, end: number, fields: readonly LabelledField[] | undefined): number {
  const start = fields?.[0].markup.start;
  return start !== undefined && folded.charAt(start) === '(' ? start : end;
}

/**
 * Labels that end a paragraph after its words (a heading's title, an account): a bracketed aside of labels that ends
 * it, or labels after a full stop or semicolon (the first such that opens with a label and its colon).
 */
function trailingLabels(folded: string, start: number, end: number, lexicon: Lexicon, strong: readonly Span[]): LabelledField[] | undefined {
  const aside = trailingAside(folded, start, end, lexicon, strong);
  if (aside) return aside;
  // The labels may follow the title's sentence or an account after it (…：一是…；二是…。整改时限：…。完成情况：…).
  for (let stop = start; stop < end; stop++) {
    const char = folded.charAt(stop);
    if (char !== '。' && char !== ';' && char !== '；') continue;
    let at = stop + 1;
    while (at < end && (folded.charAt(at) === ' ' || folded.charAt(at) === '\u3000')) at++;
    // Only a label word with a colon close after it (or a bracket) is worth a full read: keeps the pass linear.
    if (!labelOpensAt(folded, at, end, lexicon)) continue;
    const fields = readLabels(folded, at, end, lexicon, strong);
    if (fields?.[0].delimited) return fields;
  }
  return undefined;
}

function isTitle(folded: string, paragraph: Paragraph, head: string): boolean {
  if (paragraph.title) return true;
  const { start, end } = paragraph.span;
  if (end - start > 100 || folded.slice(start, end).includes('。')) return false;
  if (paragraph.headingLevel !== undefined && paragraph.headingLevel > 1) return false;
  // A numbered first line is a section, even in a heading style; a title names the document (…报告, 关于…).
  if (/^[(（一二三四五六七八九十\d第]/u.test(head)) return false;
  const words = folded.slice(start, end).trim();
  return TITLE_WORDS.test(words) || (paragraph.headingLevel === 1 && words.includes('关于'));
}

/**
 * A paragraph that is page chrome (page-chrome.ts), with its fields. A numbered line is never chrome unless it is a
 * page's field line; `zone` says the line stands where chrome gathers (above the title, below the closing).
 */
function pageChrome(folded: string, paragraph: Paragraph, zone: boolean): ParagraphRole | undefined {
  const { start, end } = paragraph.span;
  let from = start;
  while (from < end && (folded.charAt(from) === ' ' || folded.charAt(from) === '\t')) from++;
  const line = folded.slice(from, end).trimEnd();
  const shape = chromeShape(line, { zone });
  if (!shape) return undefined;
  if (shape !== 'fields' && readMark(folded, start, end, paragraph)?.ordinal !== undefined) return undefined;
  return { kind: 'chrome', fields: shape === 'fields' ? chromeFields(folded, from, end) : [] };
}

/**
 * Below the closing (the signature's date, the contacts), a run of lines at the document's end that holds page
 * chrome is the page's footer: its other short lines without a sentence (a row of links) are chrome too.
 */
function markFooter(folded: string, paragraphs: Paragraph[]): void {
  let first = paragraphs.length;
  let chrome = false;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const paragraph = paragraphs[i];
    if (paragraph.role.kind === 'chrome') {
      chrome = true;
      first = i;
      continue;
    }
    if (paragraph.role.kind !== 'text' || paragraph.span.end - paragraph.span.start > 60 || SENTENCE.test(folded.slice(paragraph.span.start, paragraph.span.end))) break;
    const shaped = pageChrome(folded, paragraph, true);
    if (shaped) {
      paragraph.role = shaped;
      chrome = true;
    }
    first = i;
  }
  if (!chrome) return;
  const closed = paragraphs.slice(0, first).some((p) => p.role.kind === 'closing');
  if (!closed) return;
  for (let i = first; i < paragraphs.length; i++) if (paragraphs[i].role.kind === 'text') paragraphs[i].role = { kind: 'chrome', fields: [] };
}

/** 发布时间：2024-11-28 16:05　　来源：市国资委　　浏览次数：356: each field with its value. */
function chromeFields(folded: string, start: number, end: number): ChromeField[] {
  const local = folded.slice(start, end);
  const found: { name: string; at: number; after: number }[] = [];
  CHROME_FIELDS.lastIndex = 0;
  for (let match = CHROME_FIELDS.exec(local); match; match = CHROME_FIELDS.exec(local)) found.push({ name: match[1].replace(/[ \t]/gu, ''), at: match.index, after: match.index + match[0].length });
  // A date opening the line (2024-03-05 10:21　来源：…) is the page's publication time, printed without its name.
  const date = LEADING_DATE.exec(local);
  if (date) found.unshift({ name: '发布时间', at: 0, after: 0 });
  if (found.length === 0) return [];
  return found.map((field, i) => ({
    name: field.name,
    nameSpan: { start: start + field.at, end: start + field.after },
    value: { start: start + field.after, end: valueEnd(folded, start + field.after, i + 1 < found.length ? start + found[i + 1].at : end) },
  }));
}

/** Where a field's value ends: before the blanks and bars that separate it from the next field (来源：X | 作者：Y). */
function valueEnd(folded: string, start: number, end: number): number {
  while (end > start && ' \t|'.includes(folded.charAt(end - 1))) end--;
  return end;
}

/** How a closing word on going on opens: 下一步，… 今后，… 下阶段，… */
const OUTLOOK = /^(?:下一步|下步|下阶段|下一阶段|今后|接下来)(?:工作中|工作|中)?[,，]/u;

/**
 * Unnumbered, unlabelled paragraphs opening 下一步，/今后， just before the closing (contacts, signature, date) close the
 * whole report, not its last item: a report without a 下一步工作打算 heading says it so, and the last problem would
 * otherwise take it as its own measure, hiding that problem's own last words (its status).
 */
function markOutlook(folded: string, paragraphs: Paragraph[]): void {
  let i = paragraphs.length - 1;
  while (i >= 0 && (paragraphs[i].role.kind === 'closing' || paragraphs[i].role.kind === 'chrome')) i--;
  const closed = i < paragraphs.length - 1;
  for (; closed && i >= 0; i--) {
    const paragraph = paragraphs[i];
    if (paragraph.role.kind !== 'text' || paragraph.role.fields || !OUTLOOK.test(folded.slice(paragraph.span.start, paragraph.span.start + 12))) return;
    paragraph.role = { kind: 'closing', what: 'outlook' };
  }
}

/** The line just above a date line at the end, naming an organisation and no sentence, is the signature. */
function markSignatures(folded: string, paragraphs: Paragraph[]): void {
  for (let i = 1; i < paragraphs.length; i++) {
    const date = paragraphs[i];
    if (date.role.kind !== 'closing' || date.role.what !== 'date') continue;
    const above = paragraphs[i - 1];
    if (above.role.kind !== 'text') continue;
    const words = folded.slice(above.span.start, above.span.end).trim();
    if (words.length <= 40 && !/[,，。;；:：]/u.test(words) && ORG_NAME.test(words)) above.role = { kind: 'closing', what: 'signature' };
  }
}
