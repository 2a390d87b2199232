/**
 * The document's own facts: its title and issuer, its kind, its date (the line under the signature, else the page's
 * 成文日期, else its 发布时间), when it was published (发布时间/发布日期), the contact channels printed for public
 * supervision, and the page chrome and closing words kept as they are.
 */
import type { Report } from '../types/plan.js';
import type { ImportContext } from './context.js';
import { findDates } from './dates.js';
import type { Paragraph } from './paragraphs.js';
import { cleanSpan, isEmptySpan, type Span } from './span.js';
import { foldWidth } from './width.js';

type Contact = NonNullable<Report['contacts']>[number];
export type ImportedReportFacts = Partial<Report> & { 'x-addressee'?: string; 'x-signature'?: string; 'x-chrome'?: Record<string, string>; 'x-closing'?: string[] };

const CONTACT_LABELS: readonly [RegExp, Contact['kind']][] = [
  [/^(?:联系电话|举报电话|监督电话|联系方式|电话)$/u, 'phone'],
  [/^(?:电子邮箱|电子信箱|邮箱|E-?mail)$/iu, 'email'],
  [/^(?:邮政信箱|信箱|来信地址)$/u, 'mailbox'],
  [/^(?:通信地址|通讯地址|地址)$/u, 'address'],
  [/^(?:邮政编码|邮编)$/u, 'postcode'],
];
const CONTACT = /(联系电话|举报电话|监督电话|联系方式|电话|电子邮箱|电子信箱|邮箱|E-?mail|邮政信箱|信箱|来信地址|通信地址|通讯地址|地址|邮政编码|邮编)[ \t]{0,2}:[ \t]{0,2}([^;,。\n]{1,80})/giu;
/** A page's fields dating the document itself, and its publication. */
const ISSUED_ON = /^(?:成文日期|发文日期|印发日期|生成日期)$/u;
const PUBLISHED_ON = /^(?:发布日期|发布时间|公开日期|日期|时间|发布)$/u;
const PAGE_WORDS = '页面';
const ISSUER = /^((?:中共|中国共产党)[^。]{2,40}?(?:党组|党委|党工委|委员会|党支部|党总支))关于/u;
const ISSUER_BEFORE_ABOUT = /^([^。]{2,40}?)关于/u;
/** A Party organisation opening a title, before what it does about the feedback: 关于, 落实, 贯彻落实, 对. */
const TITLE_UNIT = /^((?:中共|中国共产党)?[^。,，]{2,40}?(?:党组|党委|党工委|党总支|党支部))(?:关于|贯彻落实|落实|对)/u;

export interface ReportFacts {
  report: ImportedReportFacts;
  /** The Party organisation a title reports its own rectification of feedback for (县文旅局党组落实…反馈意见整改方案). */
  titleUnit?: { value: string; span: Span };
  /** Spans that gave a fact. */
  used: Span[];
}

/** `last` is the document's last paragraph: where an undated report is told it has no date (under the signature). */
export function readReportFacts(ctx: ImportContext, outside: readonly Paragraph[], last?: Span): ReportFacts {
  const report: ImportedReportFacts = {};
  const used: Span[] = [];
  const set = <K extends keyof ImportedReportFacts>(key: K, value: ImportedReportFacts[K], range: Span) => {
    if (report[key] !== undefined) return;
    report[key] = value;
    ctx.spans.set(['report', key], range);
    used.push(range);
  };
  const dayIn = (range: Span) => {
    const date = findDates(ctx.folded.slice(range.start, range.end), range.start).find((m) => m.form === 'day' && !m.since);
    const iso = date && ctx.years.iso(date);
    return iso && date ? { iso, span: date.span } : undefined;
  };
  let signed: { iso: string; span: Span } | undefined;
  let issuedOn: { iso: string; span: Span } | undefined;
  let published: { iso: string; span: Span } | undefined;
  let signature: Span | undefined;
  let pageIssuer: Span | undefined;
  let pageTitle: Span | undefined;
  let titleUnit: ReportFacts['titleUnit'];
  for (const paragraph of outside) {
    const role = paragraph.role;
    const span = paragraph.span;
    if (role.kind === 'title') {
      const title = cleanSpan(ctx.text, span);
      setTitle(ctx, title, set);
      titleUnit ??= unitOfTitle(ctx, title);
    } else if (role.kind === 'addressee') {
      const words = cleanSpan(ctx.text, span);
      set('x-addressee', ctx.text.slice(words.start, words.end), words);
    } else if (role.kind === 'chrome') {
      const chrome = (report['x-chrome'] ??= {});
      if (role.fields.length === 0) keepPageWords(ctx, chrome, cleanSpan(ctx.text, span));
      for (const field of role.fields) {
        const value = cleanSpan(ctx.text, field.value);
        if (ISSUED_ON.test(field.name)) issuedOn ??= dayIn(value);
        else if (PUBLISHED_ON.test(field.name)) published ??= dayIn(value);
        else if (/^(?:发布机构|发文机关)$/u.test(field.name) && !isEmptySpan(value)) pageIssuer ??= value;
        else if (/^(?:名称|标题|信息名称)$/u.test(field.name) && !isEmptySpan(value)) pageTitle ??= value;
        if (!isEmptySpan(value) && chrome[field.name] === undefined) {
          chrome[field.name] = ctx.text.slice(value.start, value.end);
          ctx.spans.set(['report', 'x-chrome', field.name], value);
          ctx.spans.setDefault(['report', 'x-chrome'], value);
        }
      }
    } else if (role.kind === 'closing') {
      if (role.what === 'date') signed = dayIn(span) ?? signed;
      else if (role.what === 'signature') signature = cleanSpan(ctx.text, span);
      else readContacts(ctx, span, report, used);
      if (role.what === 'disclosure' || role.what === 'outlook') {
        const closing = (report['x-closing'] ??= []);
        const words = cleanSpan(ctx.text, span);
        ctx.spans.set(['report', 'x-closing', closing.length], words);
        closing.push(ctx.text.slice(words.start, words.end));
      }
    }
  }
  // A page's 名称：… field names the document when its title line was not copied.
  if (pageTitle && report.title === undefined) setTitle(ctx, pageTitle, set);
  if (pageIssuer) set('issuer', ctx.text.slice(pageIssuer.start, pageIssuer.end), pageIssuer);
  if (signature) {
    const signedBy = ctx.text.slice(signature.start, signature.end);
    set('issuer', signedBy, signature);
    if (report.issuer !== signedBy) set('x-signature', signedBy, signature);
  }
  // The date under the signature dates the document; the page's 成文日期, else its publication, stand in for it.
  const date = signed ?? issuedOn ?? published;
  if (date) set('date', date.iso, date.span);
  if (published) set('publicationDate', published.iso, published.span);
  const { contacts, ...rest } = report;
  // Kind first, as plans are written.
  const ordered: ImportedReportFacts = { kind: reportKind(ctx.folded, report.title === undefined ? undefined : foldWidth(report.title)), ...rest, ...(contacts ? { contacts } : {}) };
  const title = ctx.spans.get(['report', 'title']);
  if (title) {
    ctx.spans.set(['report', 'kind'], title);
    ctx.spans.set(['report'], title);
  }
  if (report.date === undefined && last) ctx.spans.setDefault(['report', 'date'], last);
  return { report: ordered, used, ...(titleUnit ? { titleUnit } : {}) };
}

type Setter = <K extends keyof ImportedReportFacts>(key: K, value: ImportedReportFacts[K], range: Span) => void;

/**
 * The unit a title reports on, where it is the title's own subject: a Party organisation before 关于/落实 in a title
 * about rectifying an inspection's findings (中共X党组关于区委巡察组反馈意见整改情况的报告, X党组关于巡察整改情况的报告).
 * A notice of an inspection office (区委巡察办关于…整改情况的通报) names no Party organisation so.
 */
function unitOfTitle(ctx: ImportContext, title: Span): ReportFacts['titleUnit'] {
  const folded = ctx.folded.slice(title.start, title.end);
  if (!/反馈|巡察|巡视/u.test(folded) || !/整改/u.test(folded)) return undefined;
  const match = TITLE_UNIT.exec(folded);
  if (!match) return undefined;
  const span = { start: title.start, end: title.start + match[1].length };
  return { value: ctx.text.slice(span.start, span.end), span };
}

/** The title, and the issuer it names before 关于. */
function setTitle(ctx: ImportContext, title: Span, set: Setter): void {
  set('title', ctx.text.slice(title.start, title.end), title);
  const folded = ctx.folded.slice(title.start, title.end);
  const issuer = ISSUER.exec(folded) ?? ISSUER_BEFORE_ABOUT.exec(folded);
  if (issuer && !/^(?:关于|对)/u.test(issuer[1])) set('issuer', ctx.text.slice(title.start, title.start + issuer[1].length), { start: title.start, end: title.start + issuer[1].length });
}

/** A page's menus and controls, kept as they are, one a line, under 页面. */
function keepPageWords(ctx: ImportContext, chrome: Record<string, string>, words: Span): void {
  if (isEmptySpan(words)) return;
  const line = ctx.text.slice(words.start, words.end);
  if (chrome[PAGE_WORDS] === undefined) {
    chrome[PAGE_WORDS] = line;
    ctx.spans.set(['report', 'x-chrome', PAGE_WORDS], words);
    ctx.spans.setDefault(['report', 'x-chrome'], words);
  } else chrome[PAGE_WORDS] += `\n${line}`;
}

/** By the title if there is one (…方案, …进展…, …整改情况…), else by the opening's words. */
function reportKind(folded: string, title: string | undefined): Report['kind'] {
  if (title !== undefined) {
    // …整改方案, …整改方案（试行）, 关于印发《…整改工作方案》的通知: a plan, however it is sent out.
    if (/方案(?:[(（][^)）]{1,8}[)）])?(?:》(?:的通知)?)?$/u.test(title)) return 'plan';
    if (/进展/u.test(title)) return 'progress-report';
    if (/整改情况/u.test(title)) return 'final-report';
  }
  const opening = folded.slice(0, 600);
  if (/整改进展|进展情况|正在推进|正在按照|目前[,，]?正在/u.test(opening)) return 'progress-report';
  if (/整改情况(?:予以公布|的通报|报告|通报如下)|集中整改情况/u.test(opening)) return 'final-report';
  return 'progress-report';
}

function readContacts(ctx: ImportContext, line: Span, report: ImportedReportFacts, used: Span[]): void {
  const folded = ctx.folded.slice(line.start, line.end);
  CONTACT.lastIndex = 0;
  for (let match = CONTACT.exec(folded); match; match = CONTACT.exec(folded)) {
    const kind = CONTACT_LABELS.find(([pattern]) => pattern.test(match![1]))?.[1];
    const valueStart = line.start + match.index + match[0].length - match[2].length;
    const value = cleanSpan(ctx.text, { start: valueStart, end: line.start + match.index + match[0].length });
    if (!kind || value.end <= value.start) continue;
    const contacts = (report.contacts ??= []);
    const path = ['report', 'contacts', contacts.length];
    contacts.push({ kind, value: ctx.text.slice(value.start, value.end) });
    ctx.spans.set(path, { start: line.start + match.index, end: value.end });
    ctx.spans.set([...path, 'kind'], { start: line.start + match.index, end: line.start + match.index + match[1].length });
    ctx.spans.set([...path, 'value'], value);
    ctx.spans.setDefault(['report', 'contacts'], { start: line.start + match.index, end: value.end });
    used.push(value);
  }
}
