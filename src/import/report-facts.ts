import type { Report } from '../types/plan.js';
import type { ImportContext } from './context.js';
import { findDates } from './dates.js';
import { cleanSpan, type Span } from './span.js';
import type { LineToken } from './tokens.js';
import { foldWidth } from './width.js';

type Contact = NonNullable<Report['contacts']>[number];

const CONTACT_LABELS: readonly [RegExp, Contact['kind']][] = [
  [/^(?:联系电话|举报电话|监督电话|联系方式|电话)$/u, 'phone'],
  [/^(?:电子邮箱|电子信箱|邮箱|E-?mail)$/iu, 'email'],
  [/^(?:邮政信箱|信箱|来信地址)$/u, 'mailbox'],
  [/^(?:通信地址|通讯地址|地址)$/u, 'address'],
  [/^(?:邮政编码|邮编)$/u, 'postcode'],
];
const CONTACT = /(联系电话|举报电话|监督电话|联系方式|电话|电子邮箱|电子信箱|邮箱|E-?mail|邮政信箱|信箱|来信地址|通信地址|通讯地址|地址|邮政编码|邮编)\s*:\s*([^;,。]+)/giu;
const TITLE = /^[^。]{4,80}(?:整改(?:工作)?方案|整改[^。]{0,12}(?:报告|通报|情况))$/u;
const ISSUER = /^((?:中共|中国共产党)[^。]{2,40}?(?:党组|党委|党工委|委员会|党支部|党总支))关于/u;

export interface ReportFacts {
  report: Partial<Report>;
  /** Lines that gave a fact (the title, a date line). */
  used: Span[];
}

/**
 * The document's own facts: title and issuer from a title line, its kind from its words, its date from a date line
 * or the page's 成文日期, and the contact channels printed for public supervision.
 */
export function readReportFacts(ctx: ImportContext, tokens: readonly LineToken[]): ReportFacts {
  const report: Partial<Report> = {};
  const used: Span[] = [];
  const set = <K extends keyof Report>(key: K, value: Report[K], range: Span) => {
    if (report[key] !== undefined) return;
    report[key] = value;
    ctx.spans.set(['report', key], range);
    used.push(range);
  };
  const foldedOf = (range: Span) => ctx.folded.slice(range.start, range.end);

  const titleLine = tokens.find((token) => token.kind !== 'chrome');
  if (titleLine?.kind === 'text' && TITLE.test(foldedOf(titleLine.line.span))) {
    set('title', ctx.text.slice(titleLine.line.span.start, titleLine.line.span.end), titleLine.line.span);
    const issuer = ISSUER.exec(foldedOf(titleLine.line.span));
    if (issuer) set('issuer', issuer[1], { start: titleLine.line.span.start, end: titleLine.line.span.start + issuer[1].length });
  }
  for (const token of tokens) {
    if (token.kind === 'chrome') {
      const value = cleanSpan(ctx.text, token.value);
      const date = findDates(foldedOf(value), value.start).find((m) => m.form === 'day');
      const iso = date && ctx.years.iso(date);
      if (iso && token.field === '成文日期') set('date', iso, date.span);
      if (iso && /^发布(?:日期|时间)$/u.test(token.field ?? '')) set('publicationDate', iso, date.span);
      if (/^(?:发布机构|发文机关)$/u.test(token.field ?? '') && value.end > value.start) set('issuer', ctx.text.slice(value.start, value.end), value);
    }
    // A line that is only a date, as under a signature, dates the document.
    if (token.kind === 'text' || token.kind === 'closing') {
      const folded = foldedOf(token.line.span);
      const [date] = findDates(folded, token.line.span.start);
      const iso = date && ctx.years.iso(date);
      if (date?.form === 'day' && iso && date.span.end - date.span.start >= folded.trim().length - 1) set('date', iso, token.line.span);
    }
    if (token.kind === 'closing') readContacts(ctx, token.line.span, report, used);
  }
  // Kind first, as plans are written.
  const { contacts, ...rest } = report;
  const ordered: Partial<Report> = { kind: reportKind(ctx.folded, report.title === undefined ? undefined : foldWidth(report.title)), ...rest, ...(contacts ? { contacts } : {}) };
  const title = ctx.spans.get(['report', 'title']);
  if (title) ctx.spans.set(['report', 'kind'], title);
  // The report as a whole is its title; without one, a missing report field lands on the first line.
  if (title) ctx.spans.set(['report'], title);
  // An undated report is told so where a date belongs: under the signature, on the last line of the text.
  const last = [...tokens].reverse().find((token) => token.kind === 'text' || token.kind === 'closing');
  if (report.date === undefined && last) ctx.spans.setDefault(['report', 'date'], last.line.span);
  return { report: ordered, used };
}

/** By the title if there is one (…方案, …进展…, …整改情况…), else by the opening's words. */
function reportKind(folded: string, title: string | undefined): Report['kind'] {
  if (title !== undefined) {
    if (/方案$/u.test(title)) return 'plan';
    if (/进展/u.test(title)) return 'progress-report';
    if (/整改情况/u.test(title)) return 'final-report';
  }
  const opening = folded.slice(0, 600);
  if (/整改进展|进展情况|正在推进|正在按照|目前[,，]?正在/u.test(opening)) return 'progress-report';
  if (/整改情况(?:予以公布|的通报|报告|通报如下)|集中整改情况/u.test(opening)) return 'final-report';
  return 'progress-report';
}

function readContacts(ctx: ImportContext, line: Span, report: Partial<Report>, used: Span[]): void {
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
