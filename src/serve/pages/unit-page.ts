/**
 * A unit's version as the reviewer works on it: the document with every finding marked at its place and listed
 * beside it (accept with a reason, comment), the 台账's texts, the versions and how they compare, and the decision
 * with its opinion. A file not filed under a unit (unreadable, say) is shown the same way, without the review.
 */
import type { Diagnostic } from '../../core/diagnostic.js';
import { html, type SafeHtml } from '../../formatters/html/escape.js';
import { labelsFor } from '../../formatters/html/labels.js';
import { severityWord } from '../../formatters/words.js';
import type { Locale } from '../../rule-kit/types.js';
import { verdictText } from '../../core/verdict.js';
import type { FileResult } from '../../run/file-result.js';
import type { ViewDocument } from '../document/view-document.js';
import { findingKey } from '../model/finding-key.js';
import { gradeOf, type UnitSummary } from '../model/summary.js';
import type { Acceptance, Comment, DecisionRecord } from '../store/reviews.js';
import type { Round } from '../store/rounds.js';
import type { Submission, Unit } from '../store/submissions.js';
import type { UiLabels } from './labels.js';
import { csrfField, renderPage, type Frame } from './layout.js';
import { ledgerTexts } from './ledger-texts.js';
import { placeText } from './place.js';
import { sourceView } from './source-view.js';

export interface UnitPageData {
  round: Round;
  /** Null for a file not filed under any unit. */
  unit: Unit | null;
  /** The unit's versions, v1 first (just the file, for an unfiled one). */
  versions: readonly Submission[];
  current: Submission;
  result: FileResult;
  document: ViewDocument;
  acceptances: ReadonlyMap<string, Acceptance>;
  comments: readonly Comment[];
  decisions: readonly DecisionRecord[];
  /** The command that gives the same findings. */
  command: string;
  /** Whether the version was judged with the round's other latest versions (the batch rules). */
  withRound: boolean;
}

interface Context {
  data: UnitPageData;
  frame: Frame;
  labels: UiLabels;
  locale: Locale;
  /** Where the review forms post: the unit's path. */
  base: string;
  versionOf: (submissionId: number) => number;
}

function findingItem(ctx: Context, d: Diagnostic, n: number): SafeHtml {
  const { labels, data, frame } = ctx;
  const key = findingKey(d);
  const accepted = data.acceptances.get(key);
  const line = d.range.start.line;
  const comments = data.comments.filter((c) => c.findingKey === key);
  const review = data.unit
    ? html`${accepted
        ? html`<p class="accepted"><b>${labels.acceptedBecause}</b> (v${ctx.versionOf(accepted.submissionId)}): ${accepted.reason} <form method="post" action="${ctx.base}/acceptances/${accepted.id}/withdraw" class="inline">${csrfField(frame.csrf)}<input type="hidden" name="version" value="${data.current.id}"><button type="submit" class="link">${labels.withdraw}</button></form></p>`
        : html`<details class="accept"><summary>${labels.acceptFinding}</summary><form method="post" action="${ctx.base}/acceptances" class="stack">${csrfField(frame.csrf)}<input type="hidden" name="version" value="${data.current.id}"><input type="hidden" name="finding" value="${key}"><label>${labels.acceptReason}<textarea name="reason" required maxlength="2000" rows="2"></textarea></label><button type="submit">${labels.acceptButton}</button></form></details>`}
<details class="comment"><summary>${labels.commentOn}</summary><form method="post" action="${ctx.base}/comments" class="stack">${csrfField(frame.csrf)}<input type="hidden" name="version" value="${data.current.id}"><input type="hidden" name="finding" value="${key}"><textarea name="body" required maxlength="4000" rows="2" placeholder="${labels.commentPlaceholder}" aria-label="${labels.commentOn}"></textarea><button type="submit">${labels.addComment}</button></form></details>
${comments.map((c) => html`<p class="finding-comment">${c.body} <span class="when">v${ctx.versionOf(c.submissionId)} · ${c.createdAt.slice(0, 16).replace('T', ' ')}</span></p>`)}`
    : '';
  // The other places it concerns (another unit's copy): linked to that version's line.
  const related = (d.related ?? []).map((place) => {
    const other = /^submission:(\d+)$/.exec(place.filePath);
    const where = `${place.name}:${place.range.start.line}:${place.range.start.column}`;
    return other ? html`<a href="/rounds/${data.round.id}/files/${other[1]}#L${place.range.start.line}">${where}</a>` : html`<span>${where}</span>`;
  });
  return html`<li id="F${n}" class="finding sev-${d.severity}${accepted ? ' is-accepted' : ''}" data-key="${key}"><div class="head"><a class="fnum sev-${d.severity}" href="#L${line}">${n}</a><span class="sev">${severityWord(d.severity, ctx.locale)}</span><code class="rule">${d.ruleId}</code></div><p class="msg">${d.message}</p><p class="where"><a href="#L${line}">${placeText(d.range, labels)}</a>${d.problemId ? html` · ${labelsFor(ctx.locale).problem} ${d.problemId}` : ''}</p>${related.length ? html`<p class="related">${labels.seeAlso} ${related}</p>` : ''}${review}</li>`;
}

function scoreCard(summary: UnitSummary, labels: UiLabels, locale: Locale): SafeHtml {
  const report = labelsFor(locale);
  const grade = gradeOf(summary.grade);
  const counts: [string, number][] = [
    [report.errors, summary.errors],
    [report.warnings, summary.warnings],
    [report.overdue, summary.overdue],
    [report.noEvidence, summary.noEvidence],
    [report.missedMeetings, summary.missedMeetings],
  ];
  return html`<div class="score-card grade-${grade.key}"><div class="big-score">${summary.score.toFixed(1)}</div><div class="badge grade-${grade.key}">${grade.label[locale === 'en' ? 'en' : 'zh']}</div><div class="verdict verdict-${summary.verdict.key}"><span class="label">${labels.verdict}</span> ${verdictText(summary.verdict, locale === 'en')}</div><ul class="counts">${counts.map(([label, n]) => html`<li class="${n > 0 ? 'nz' : ''}"><span>${label}</span><b>${n}</b></li>`)}</ul><p class="as-of">${labels.asOf} ${summary.asOf}</p></div>`;
}

function versionsNav(ctx: Context): SafeHtml | string {
  const { data, labels } = ctx;
  if (!data.unit) return '';
  const number = ctx.versionOf(data.current.id);
  const links = data.versions.map((v, i) => html`<li class="${v.id === data.current.id ? 'current' : ''}"><a href="${ctx.base}?v=${i + 1}"${v.id === data.current.id ? html` aria-current="page"` : ''}>v${i + 1}</a> <span class="file">${v.fileName}</span></li>`);
  const compare = number > 1 ? html`<a class="button" href="${ctx.base}/compare?from=${number - 1}&amp;to=${number}">${labels.compare(number, number - 1)}</a>` : '';
  return html`<nav class="versions" aria-label="${labels.versions}"><h3>${labels.versions}</h3><ol>${links}</ol>${compare}</nav>`;
}

function reviewPanel(ctx: Context): SafeHtml | string {
  const { data, labels, frame } = ctx;
  if (!data.unit) return '';
  const history = data.decisions.length
    ? html`<ol class="history">${[...data.decisions].reverse().map((d) => html`<li><span class="badge review-${d.decision}">${labels.decisions[d.decision]}</span> <span class="when">${labels.decidedOn(ctx.versionOf(d.submissionId), d.createdAt.slice(0, 16).replace('T', ' '))}</span><p>${d.opinion}</p></li>`)}</ol>`
    : '';
  const general = data.comments.filter((c) => c.findingKey === null);
  return html`<section class="card review" id="review" aria-labelledby="review-title"><h2 id="review-title">${labels.decision}</h2>
<form method="post" action="${ctx.base}/decision" class="stack" id="decision-form">${csrfField(frame.csrf)}<input type="hidden" name="version" value="${data.current.id}">
<fieldset class="choices"><legend>${labels.decision}</legend><label class="choice"><input type="radio" name="decision" value="returned" required> ${labels.decisions.returned}</label><label class="choice"><input type="radio" name="decision" value="passed"> ${labels.decisions.passed}</label></fieldset>
<label>${labels.opinion}<textarea name="opinion" required maxlength="8000" rows="4" placeholder="${labels.opinionPlaceholder}"></textarea></label>
<p><button type="submit" class="primary">${labels.decide}</button></p></form>
${history ? html`<h3>${labels.history}</h3>${history}` : ''}
<h3>${labels.comments}</h3>${general.length ? html`<ul class="comments">${general.map((c) => html`<li>${c.body} <span class="when">v${ctx.versionOf(c.submissionId)} · ${c.createdAt.slice(0, 16).replace('T', ' ')}</span></li>`)}</ul>` : html`<p class="empty">${labels.noComments}</p>`}
<form method="post" action="${ctx.base}/comments" class="stack">${csrfField(frame.csrf)}<input type="hidden" name="version" value="${data.current.id}"><textarea name="body" required maxlength="4000" rows="2" placeholder="${labels.commentPlaceholder}" aria-label="${labels.comments}"></textarea><button type="submit">${labels.addComment}</button></form>
</section>`;
}

export function unitPage(frame: Frame, data: UnitPageData, summary: UnitSummary, locale: Locale): string {
  const { labels } = frame;
  const { round, unit, current, result } = data;
  const report = labelsFor(locale);
  const base = unit ? `/rounds/${round.id}/units/${unit.id}` : `/rounds/${round.id}/files/${current.id}`;
  const ctx: Context = { data, frame, labels, locale, base, versionOf: (id) => data.versions.findIndex((v) => v.id === id) + 1 };
  const numberOf = new Map(result.diagnostics.map((d, i) => [d, i + 1]));
  const marks = result.diagnostics.map((d, i) => ({ start: d.range.start.offset, end: d.range.end.offset, severity: d.severity, number: i + 1, message: d.message }));
  const title = unit?.name ?? current.fileName;
  const rename = html`<details class="rename"><summary>${labels.renameUnit}</summary><form method="post" action="/rounds/${round.id}/files/${current.id}/unit" class="inline">${csrfField(frame.csrf)}<input type="text" name="unit" required maxlength="200" value="${unit?.name ?? ''}" aria-label="${labels.unitNamePlaceholder}"> <button type="submit">${labels.save}</button></form></details>`;
  const exportLink = unit ? html`<a class="button" href="${base}/opinion.docx?v=${ctx.versionOf(current.id)}">${labels.opinionDocx}</a>` : '';
  const header = html`<header class="card unit-header"><div class="unit-titles"><h1>${title}</h1><p class="meta">${labels.fileName}: ${current.fileName} · ${labels.uploadedAt}: ${current.uploadedAt.slice(0, 16).replace('T', ' ')}${current.unitSource ? html` · ${labels.unitFrom[current.unitSource]}` : ''}</p>${rename}<p class="command">${data.withRound ? labels.sameAsRound(data.command) : labels.sameAsCheck(data.command)}</p><p class="actions">${exportLink}</p></div>${scoreCard(summary, labels, locale)}</header>`;
  const findings = result.diagnostics.length
    ? html`<ol class="finding-list">${result.diagnostics.map((d, i) => findingItem(ctx, d, i + 1))}</ol>`
    : html`<p class="empty">${labels.noFindings}</p>`;
  const body = html`${header}
${versionsNav(ctx)}
<div class="workspace"><section class="card document" aria-labelledby="document-title"><h2 id="document-title">${labels.document}</h2>${result.fatal ? html`<p class="unreadable">${labels.unreadableFile}</p>` : ''}${sourceView(data.document, marks)}</section>
<aside class="card findings-panel" aria-labelledby="findings-title"><h2 id="findings-title">${labels.findingsPanel} (${result.diagnostics.length})</h2>${findings}</aside></div>
${result.fatal ? '' : html`<section class="card" aria-labelledby="ledger-title"><h2 id="ledger-title">${labels.ledger}</h2>${ledgerTexts(result, numberOf, labels, report, locale)}</section>`}
${reviewPanel(ctx)}`;
  const crumbs = [{ text: round.name, href: `/rounds/${round.id}` }, { text: unit ? `${title} v${ctx.versionOf(current.id)}` : title }];
  return renderPage({ ...frame, title, crumbs }, body);
}
