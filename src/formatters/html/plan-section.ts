import { CATEGORY_LABELS } from '../../core/score.js';
import { verdictText } from '../../core/verdict.js';
import { isObject } from '../../rule-kit/helpers.js';
import type { Locale } from '../../rule-kit/types.js';
import { asText } from '../report/as-text.js';
import { html, type SafeHtml } from './escape.js';
import { findingList } from './findings.js';
import type { ReportLabels } from './labels.js';
import { ledgerTable } from './ledger-table.js';
import type { ReportPlan } from './model.js';

function field(plan: unknown, group: string, key: string): string {
  const part = isObject(plan) ? plan[group] : undefined;
  return isObject(part) ? asText(part[key]) : '';
}

function facts(p: ReportPlan, labels: ReportLabels): SafeHtml {
  const plan: unknown = p.result.plan;
  const entries: [string, string][] = [
    [labels.team, field(plan, 'inspection', 'team')],
    [labels.round, field(plan, 'inspection', 'round')],
    [labels.reportTitle, field(plan, 'report', 'title')],
    [labels.reportDate, field(plan, 'report', 'date')],
    [labels.asOf, p.result.asOf],
    [labels.file, p.summary.name],
  ];
  return html`<dl class="facts">${entries.filter(([, value]) => value).map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`;
}

function scoreCard(p: ReportPlan, labels: ReportLabels, en: boolean): SafeHtml {
  const { summary } = p;
  const counts: [string, number][] = [
    [labels.errors, summary.errors],
    [labels.warnings, summary.warnings],
    [labels.overdue, summary.overdue],
    [labels.noEvidence, summary.noEvidence],
    [labels.missedMeetings, summary.missedMeetings],
  ];
  return html`<div class="score-card grade-${summary.grade.key}"><div class="big-score">${summary.score.toFixed(1)}</div><div class="badge grade-${summary.grade.key}">${summary.grade.label[en ? 'en' : 'zh']}</div><div class="verdict verdict-${summary.verdict.key}">${verdictText(summary.verdict, en)}</div><ul class="counts">${counts.map(([label, n]) => html`<li class="${n > 0 ? 'nz' : ''}"><span>${label}</span><b>${n}</b></li>`)}</ul></div>`;
}

function categoryChips(p: ReportPlan, labels: ReportLabels, en: boolean): SafeHtml | string {
  const categories = Object.entries(p.result.score.byCategory);
  if (p.result.fatal || categories.length === 0) return '';
  const chips = categories.map(([category, tally]) => {
    const label = CATEGORY_LABELS[category as keyof typeof CATEGORY_LABELS]?.[en ? 'en' : 'zh'] ?? category;
    return html`<li><span>${label}</span><b>${tally.score.toFixed(1)}</b><i style="width:${Math.max(0, Math.min(100, tally.score))}%"></i></li>`;
  });
  return html`<div class="categories"><h4>${labels.byCategory}</h4><ul>${chips}</ul></div>`;
}

/** One plan's page: what it is, how it scored, and its 台账 with every finding in place. */
export function planSection(p: ReportPlan, labels: ReportLabels, locale: Locale): SafeHtml {
  const en = locale === 'en';
  const { ledger, summary, result } = p;
  const planLevel = ledger.planFindings.length > 0
    ? html`<h4>${labels.planFindings}</h4>${findingList(ledger.planFindings, summary.name, locale)}`
    : '';
  const body = result.fatal
    ? html`<p class="unreadable">${labels.unreadable}</p>${planLevel}`
    : html`${planLevel}<h4>${labels.ledger}</h4>${ledgerTable(ledger.rows, summary.name, labels, locale)}`;
  return html`<section class="plan" id="${p.anchor}"><header class="plan-header"><div class="plan-titles"><h3>${summary.unit || labels.unknownUnit}</h3>${facts(p, labels)}</div>${scoreCard(p, labels, en)}</header>${categoryChips(p, labels, en)}${body}<p class="back no-print"><a href="#top">↑ ${labels.backToTop}</a></p></section>`;
}
