import { GRADES } from '../../core/score.js';
import { verdictText } from '../../core/verdict.js';
import { html, type HtmlValue, type SafeHtml } from './escape.js';
import type { ReportLabels } from './labels.js';
import type { ReportPlan } from './model.js';

interface Column {
  label: string;
  type: 'text' | 'number';
  value: (plan: ReportPlan) => string | number;
  cell: (plan: ReportPlan) => HtmlValue;
  /** Count columns: a non-zero count is a problem and is highlighted. */
  count?: boolean;
}

function countColumn(label: string, value: (plan: ReportPlan) => number): Column {
  return { label, type: 'number', value, cell: value, count: true };
}

function columns(labels: ReportLabels, en: boolean): Column[] {
  return [
    {
      label: labels.unit,
      type: 'text',
      value: (p) => p.summary.unit || p.summary.name,
      cell: (p) => html`<a href="#${p.anchor}">${p.summary.unit || labels.unknownUnit}</a><span class="file">${p.summary.name}</span>`,
    },
    { label: labels.score, type: 'number', value: (p) => p.summary.score, cell: (p) => html`<span class="score">${p.summary.score.toFixed(1)}</span>` },
    {
      label: labels.grade,
      type: 'number',
      // Sorting by grade means sorting by its threshold, not alphabetically.
      value: (p) => p.summary.grade.min,
      cell: (p) => html`<span class="badge grade-${p.summary.grade.key}">${p.summary.grade.label[en ? 'en' : 'zh']}</span>`,
    },
    {
      label: labels.verdict,
      type: 'text',
      value: (p) => p.summary.verdict.label[en ? 'en' : 'zh'],
      cell: (p) => html`<span class="badge verdict-${p.summary.verdict.key}" title="${verdictText(p.summary.verdict, en)}">${p.summary.verdict.label[en ? 'en' : 'zh']}</span>`,
    },
    countColumn(labels.errors, (p) => p.summary.errors),
    countColumn(labels.warnings, (p) => p.summary.warnings),
    countColumn(labels.overdue, (p) => p.summary.overdue),
    countColumn(labels.noEvidence, (p) => p.summary.noEvidence),
    countColumn(labels.missedMeetings, (p) => p.summary.missedMeetings),
  ];
}

function filters(plans: readonly ReportPlan[], labels: ReportLabels, en: boolean): SafeHtml {
  const options = GRADES.map((g) => html`<option value="${g.key}">${g.label[en ? 'en' : 'zh']}</option>`);
  return html`<div class="filters no-print" role="search"><label class="visually-hidden" for="plan-filter">${labels.filterLabel}</label><input type="search" id="plan-filter" data-filter="search" placeholder="${labels.filterPlaceholder}" autocomplete="off"><select id="grade-filter" data-filter="grade" aria-label="${labels.grade}"><option value="">${labels.allGrades}</option>${options}</select><span id="filter-count" data-template="${labels.shown('{shown}', '{total}')}" aria-live="polite">${labels.shown(plans.length, plans.length)}</span><span class="hint">${labels.sortHint}</span></div>`;
}

/** Every plan in one sortable, filterable table; the page script only reorders and hides rows. */
export function overviewTable(plans: readonly ReportPlan[], labels: ReportLabels, en: boolean): SafeHtml {
  const cols = columns(labels, en);
  const head = cols.map(
    (c, i) => html`<th scope="col" class="${c.type === 'number' ? 'num' : ''}" aria-sort="none"><button type="button" data-column="${i}" data-type="${c.type}">${c.label}<span class="sort-arrow" aria-hidden="true"></span></button></th>`,
  );
  const rows = plans.map((p) => {
    const cells = cols.map((c) => {
      const value = c.value(p);
      const highlight = c.count && Number(value) > 0 ? 'num nz' : c.type === 'number' ? 'num' : '';
      return html`<td class="${highlight}" data-value="${value}">${c.cell(p)}</td>`;
    });
    return html`<tr data-grade="${p.summary.grade.key}" data-search="${`${p.summary.unit} ${p.summary.name} ${p.summary.title}`.toLowerCase()}">${cells}</tr>`;
  });
  return html`<section class="overview" aria-labelledby="overview-title"><h2 id="overview-title">${labels.overview}</h2>${filters(plans, labels, en)}<div class="table-wrap"><table id="overview-table" class="overview-table"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div></section>`;
}
