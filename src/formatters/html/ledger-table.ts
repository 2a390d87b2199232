import type { Locale } from '../../rule-kit/types.js';
import type { LedgerEvidence, LedgerRow } from '../report/ledger.js';
import { html, type SafeHtml } from './escape.js';
import { findingList } from './findings.js';
import type { ReportLabels } from './labels.js';

const COLUMNS = 7;

function evidenceList(evidence: readonly LedgerEvidence[]): SafeHtml | string {
  if (evidence.length === 0) return '—';
  const items = evidence.map(
    (e) => html`<li>${e.type ? html`<span class="tag">${e.type}</span>` : ''}${e.title}${e.reference ? html` <span class="ref">${e.reference}</span>` : ''}${e.date ? html` <span class="date">${e.date}</span>` : ''}</li>`,
  );
  return html`<ul class="evidence">${items}</ul>`;
}

function responsible(row: LedgerRow): SafeHtml {
  const others = [row.responsibleDepartment, row.responsiblePerson].filter(Boolean).join(' · ');
  return html`${row.responsibleLeader || html`<span class="missing">—</span>`}${others ? html`<span class="sub">${others}</span>` : ''}`;
}

function deadline(row: LedgerRow, labels: ReportLabels): SafeHtml {
  return html`${row.deadline || html`<span class="missing">—</span>`}${row.extendedTo ? html`<span class="sub">${labels.extendedTo} ${row.extendedTo}</span>` : ''}`;
}

function status(row: LedgerRow, labels: ReportLabels): SafeHtml {
  const badge = html`<span class="badge status status-${row.status || 'none'}">${row.statusLabel || labels.statusNone}</span>`;
  return html`${badge}${row.completionDate ? html`<span class="sub">${labels.completionDate} ${row.completionDate}</span>` : ''}`;
}

function problemRows(row: LedgerRow, fileName: string, labels: ReportLabels, locale: Locale): SafeHtml {
  const flagged = row.findings.length > 0 ? ' flagged' : '';
  const main = html`<tr class="problem depth-${Math.min(row.depth, 3)}${flagged}"><td class="id">${row.id}</td><td class="title">${row.title}</td><td>${responsible(row)}</td><td class="nowrap">${deadline(row, labels)}</td><td>${status(row, labels)}</td><td>${evidenceList(row.evidence)}</td><td class="num">${row.score === undefined ? '' : row.score.toFixed(1)}</td></tr>`;
  if (row.findings.length === 0) return main;
  return html`${main}<tr class="problem-findings"><td></td><td colspan="${COLUMNS - 1}">${findingList(row.findings, fileName, locale)}</td></tr>`;
}

/** A 整改台账: the plan's problems grouped under their aspects, each followed by its findings. */
export function ledgerTable(rows: readonly LedgerRow[], fileName: string, labels: ReportLabels, locale: Locale): SafeHtml {
  if (rows.length === 0) return html`<p class="empty">${labels.noProblems}</p>`;
  const body: SafeHtml[] = [];
  let aspect: string | undefined;
  for (const row of rows) {
    if (row.aspect !== aspect) {
      aspect = row.aspect;
      body.push(html`<tr class="aspect"><th colspan="${COLUMNS}" scope="rowgroup">${aspect}</th></tr>`);
    }
    body.push(problemRows(row, fileName, labels, locale));
  }
  const head = [labels.id, labels.problem, labels.responsible, labels.deadline, labels.status, labels.evidence, labels.problemScore];
  return html`<table class="ledger"><colgroup><col class="c-id"><col class="c-title"><col class="c-resp"><col class="c-deadline"><col class="c-status"><col class="c-evidence"><col class="c-score"></colgroup><thead><tr>${head.map((h, i) => html`<th scope="col" class="${i === COLUMNS - 1 ? 'num' : ''}">${h}</th>`)}</tr></thead><tbody>${body}</tbody></table>`;
}
