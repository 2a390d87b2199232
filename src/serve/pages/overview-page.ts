/**
 * A round's overview: its figures, the upload, how far checking has got, one row per unit (latest version,
 * score, grade, findings, the review columns, the review state), the files not filed under a unit with why,
 * and the HTML report's charts. Sorting and filtering are the page script's; everything shows without it.
 */
import { chartsSection } from '../../formatters/html/charts/index.js';
import { html, type HtmlValue, type SafeHtml } from '../../formatters/html/escape.js';
import { labelsFor } from '../../formatters/html/labels.js';
import type { Locale } from '../../rule-kit/types.js';
import { VERDICT_LABELS, verdictText } from '../../core/verdict.js';
import type { OverviewRow } from '../model/overview.js';
import { chartPlanOf, gradeOf } from '../model/summary.js';
import type { Round } from '../store/rounds.js';
import type { Submission } from '../store/submissions.js';
import type { UiLabels } from './labels.js';
import { csrfField, renderPage, type Frame } from './layout.js';

export interface OverviewData {
  round: Round;
  configLabel: string;
  rows: readonly OverviewRow[];
  unfiled: readonly Submission[];
  progress: { total: number; pending: number; failed: number; unreadable: number };
  /** The batch rules have not yet judged the latest versions together: the figures are each file's own. */
  comparing: boolean;
  readableExtensions: readonly string[];
  maxFileBytes: number;
}

interface Column {
  label: string;
  type: 'text' | 'number';
  value: (row: OverviewRow) => string | number;
  cell: (row: OverviewRow) => HtmlValue;
  count?: boolean;
}

function columns(labels: UiLabels, report: ReturnType<typeof labelsFor>, en: boolean, roundId: number): Column[] {
  const count = (label: string, value: (row: OverviewRow) => number): Column => ({ label, type: 'number', value, cell: value, count: true });
  return [
    {
      label: report.unit,
      type: 'text',
      value: (r) => r.unit.name,
      cell: (r) => html`<a href="/rounds/${roundId}/units/${r.unit.id}">${r.unit.name}</a><span class="file">${r.latest.fileName}</span>`,
    },
    { label: labels.version, type: 'number', value: (r) => r.version, cell: (r) => `v${r.version}` },
    { label: report.score, type: 'number', value: (r) => r.summary.score, cell: (r) => html`<span class="score">${r.summary.score.toFixed(1)}</span>` },
    {
      label: report.grade,
      type: 'number',
      value: (r) => gradeOf(r.summary.grade).min,
      cell: (r) => html`<span class="badge grade-${r.summary.grade}">${gradeOf(r.summary.grade).label[en ? 'en' : 'zh']}</span>`,
    },
    {
      label: labels.verdict,
      type: 'text',
      value: (r) => r.summary.verdict.label[en ? 'en' : 'zh'],
      cell: (r) => html`<span class="badge verdict-${r.summary.verdict.key}" title="${verdictText(r.summary.verdict, en)}">${r.summary.verdict.label[en ? 'en' : 'zh']}</span>`,
    },
    count(report.errors, (r) => r.summary.errors),
    count(report.warnings, (r) => r.summary.warnings),
    count(report.overdue, (r) => r.summary.overdue),
    count(report.noEvidence, (r) => r.summary.noEvidence),
    count(report.missedMeetings, (r) => r.summary.missedMeetings),
    {
      label: labels.reviewState,
      type: 'text',
      value: (r) => labels.review[r.review],
      cell: (r) => html`<span class="badge review-${r.review}">${labels.review[r.review]}</span>`,
    },
  ];
}

function kpis(data: OverviewData, labels: UiLabels, report: ReturnType<typeof labelsFor>): SafeHtml {
  const rows = data.rows;
  const sum = (pick: (r: OverviewRow) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const average = rows.length ? (sum((r) => r.summary.score) / rows.length).toFixed(1) : '—';
  const byState = (state: string) => rows.filter((r) => r.review === state).length;
  const cards: [string, string | number, boolean][] = [
    [labels.units, rows.length, false],
    [labels.files, data.progress.total, false],
    [report.averageScore, average, false],
    [labels.verdictReturned, rows.filter((r) => r.summary.verdict.key === 'returned').length, rows.some((r) => r.summary.verdict.key === 'returned')],
    [report.errors, sum((r) => r.summary.errors), sum((r) => r.summary.errors) > 0],
    [report.overdue, sum((r) => r.summary.overdue), sum((r) => r.summary.overdue) > 0],
    [labels.review.pending, byState('pending'), false],
    [labels.review.returned, byState('returned'), byState('returned') > 0],
  ];
  return html`<ul class="kpis">${cards.map(([label, value, alert]) => html`<li class="${alert ? 'alert' : ''}"><span>${label}</span><b>${value}</b></li>`)}</ul>`;
}

function uploadCard(data: OverviewData, frame: Frame): SafeHtml {
  const { labels } = frame;
  const { round, progress } = data;
  const done = progress.total - progress.pending;
  return html`<section class="card upload" aria-labelledby="upload-title"><h2 id="upload-title">${labels.upload}</h2>
<form method="post" action="/rounds/${round.id}/files" enctype="multipart/form-data" id="dropzone" class="dropzone" data-progress="/rounds/${round.id}/progress" data-round="${round.id}" data-max-file="${data.maxFileBytes}">${csrfField(frame.csrf)}
<p>${labels.dropHere} <label class="button">${labels.chooseFiles}<input type="file" name="files" multiple accept="${data.readableExtensions.join(',')}" id="file-input"></label> <button type="submit" class="no-js-only">${labels.uploadButton}</button></p>
<p class="hint">${labels.accepted(data.readableExtensions.join(' '))}</p>
</form>
<div id="upload-outcome" class="outcome" hidden><h3>${labels.uploadOutcome}</h3><ul></ul><button type="button" class="link" id="dismiss-outcome">${labels.dismiss}</button></div>
<div id="progress" class="progress" data-pending="${progress.pending}" data-comparing="${data.comparing ? 1 : 0}" data-template="${labels.progress('{done}', '{total}')}" data-comparing-text="${labels.comparing}" data-done-text="${labels.allChecked}" aria-live="polite"${progress.pending === 0 && !data.comparing ? html` hidden` : ''}><progress max="${progress.total}" value="${done}"></progress> <span>${progress.pending > 0 ? labels.progress(done, progress.total) : data.comparing ? labels.comparing : labels.allChecked}</span></div>
</section>`;
}

function unfiledCard(data: OverviewData, frame: Frame): SafeHtml | string {
  const { labels } = frame;
  if (data.unfiled.length === 0) return '';
  const state = (s: Submission) => (s.state === 'pending' ? labels.waiting : s.state === 'failed' ? labels.checkFailed : labels.unreadable);
  const items = data.unfiled.map(
    (s) => html`<tr class="state-${s.state}"><td><a href="/rounds/${data.round.id}/files/${s.id}">${s.fileName}</a></td><td>${state(s)}</td><td class="reason">${s.reason ?? ''}</td><td>${s.state === 'pending' ? '' : html`<form method="post" action="/rounds/${data.round.id}/files/${s.id}/unit" class="inline">${csrfField(frame.csrf)}<input type="text" name="unit" required maxlength="200" placeholder="${labels.unitNamePlaceholder}" aria-label="${labels.assignUnit}"> <button type="submit">${labels.assignUnit}</button></form>`}</td></tr>`,
  );
  return html`<section class="card unfiled" aria-labelledby="unfiled-title"><h2 id="unfiled-title">${labels.unfiled}</h2><p class="hint">${labels.unfiledHint}</p><table class="list" id="unfiled-table"><thead><tr><th>${labels.fileName}</th><th>${labels.fileState}</th><th>${labels.reason}</th><th>${labels.assignUnit}</th></tr></thead><tbody>${items}</tbody></table></section>`;
}

function overviewTable(data: OverviewData, labels: UiLabels, locale: Locale): SafeHtml {
  const report = labelsFor(locale);
  const en = locale === 'en';
  if (data.rows.length === 0) return html`<section class="overview"><h2>${labels.overview}</h2><p class="empty">${labels.noUnits}</p></section>`;
  const cols = columns(labels, report, en, data.round.id);
  const head = cols.map(
    (c, i) => html`<th scope="col" class="${c.type === 'number' ? 'num' : ''}" aria-sort="none"><button type="button" data-column="${i}" data-type="${c.type}">${c.label}<span class="sort-arrow" aria-hidden="true"></span></button></th>`,
  );
  const rows = data.rows.map((r) => {
    const cells = cols.map((c) => {
      const value = c.value(r);
      const highlight = c.count && Number(value) > 0 ? 'num nz' : c.type === 'number' ? 'num' : '';
      return html`<td class="${highlight}" data-value="${value}">${c.cell(r)}</td>`;
    });
    return html`<tr data-review="${r.review}" data-verdict="${r.summary.verdict.key}" data-grade="${r.summary.grade}" data-search="${`${r.unit.name} ${r.latest.fileName} ${r.summary.title}`.toLowerCase()}">${cells}</tr>`;
  });
  const states = ['pending', 'returned', 'passed'].map((s) => html`<option value="${s}">${labels.review[s]}</option>`);
  const verdicts = Object.entries(VERDICT_LABELS).map(([key, label]) => html`<option value="${key}">${label[en ? 'en' : 'zh']}</option>`);
  const filters = html`<div class="filters" role="search"><input type="search" id="unit-filter" data-filter="search" placeholder="${labels.filterPlaceholder}" aria-label="${labels.filterPlaceholder}" autocomplete="off"><select id="verdict-filter" data-filter="verdict" aria-label="${labels.verdict}"><option value="">${labels.allVerdicts}</option>${verdicts}</select><select id="review-filter" data-filter="review" aria-label="${labels.reviewState}"><option value="">${labels.allStates}</option>${states}</select><span id="filter-count" data-template="${report.shown('{shown}', '{total}')}" aria-live="polite">${report.shown(data.rows.length, data.rows.length)}</span><span class="hint">${report.sortHint}</span></div>`;
  return html`<section class="overview" aria-labelledby="overview-title"><h2 id="overview-title">${labels.overview}</h2>${filters}<div class="table-wrap"><table id="overview-table" class="overview-table"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

export function overviewPage(frame: Frame, data: OverviewData, locale: Locale): string {
  const { labels } = frame;
  const report = labelsFor(locale);
  const { round } = data;
  const charts = data.rows.length ? chartsSection(data.rows.map((r) => chartPlanOf(r.summary, r.chart)), report, locale === 'en') : '';
  const exports = html`<p class="exports"><span>${labels.exports}:</span> <a class="button" href="/rounds/${round.id}/summary.xlsx">${labels.summaryXlsx}</a> <a class="button" href="/rounds/${round.id}/report.html">${labels.reportHtml}</a></p>`;
  const body = html`<header class="card round-header"><h1>${round.name}</h1><p class="meta">${labels.asOf}: ${round.asOf ?? labels.asOfReport} · ${labels.config}: ${data.configLabel}</p>${kpis(data, labels, report)}${exports}</header>
${uploadCard(data, frame)}
${unfiledCard(data, frame)}
${overviewTable(data, labels, locale)}
${charts}`;
  return renderPage({ ...frame, title: round.name, crumbs: [{ text: round.name }] }, body);
}
