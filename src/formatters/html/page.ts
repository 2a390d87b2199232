import { createHash } from 'node:crypto';
import type { Locale } from '../../rule-kit/types.js';
import { chartsSection } from './charts/index.js';
import { html, trusted, type SafeHtml } from './escape.js';
import type { ReportLabels } from './labels.js';
import type { ReportPlan } from './model.js';
import { overviewTable } from './overview-table.js';
import { planSection } from './plan-section.js';
import { PAGE_SCRIPT } from './script.js';
import { PAGE_STYLES } from './styles.js';

/**
 * Defence in depth behind the escaping: the page may load nothing (no network at all), and only the one
 * script whose hash is listed may run, so markup smuggled into plan text could not execute even if it
 * escaped escaping.
 */
function contentSecurityPolicy(): string {
  const scriptHash = createHash('sha256').update(PAGE_SCRIPT).digest('base64');
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `script-src 'sha256-${scriptHash}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function kpis(plans: readonly ReportPlan[], labels: ReportLabels): SafeHtml {
  const sum = (pick: (p: ReportPlan) => number) => plans.reduce((n, p) => n + pick(p), 0);
  const average = plans.length ? Math.round((10 * sum((p) => p.summary.score)) / plans.length) / 10 : 100;
  const failing = plans.filter((p) => p.summary.verdict.key === 'returned').length;
  const cards: [string, string | number, boolean][] = [
    [labels.plans, plans.length, false],
    [labels.problems, sum((p) => p.ledger.rows.length), false],
    [labels.averageScore, average.toFixed(1), false],
    [labels.failing, failing, failing > 0],
    [labels.errors, sum((p) => p.summary.errors), sum((p) => p.summary.errors) > 0],
    [labels.overdue, sum((p) => p.summary.overdue), sum((p) => p.summary.overdue) > 0],
    [labels.noEvidence, sum((p) => p.summary.noEvidence), sum((p) => p.summary.noEvidence) > 0],
    [labels.missedMeetings, sum((p) => p.summary.missedMeetings), sum((p) => p.summary.missedMeetings) > 0],
  ];
  return html`<ul class="kpis">${cards.map(([label, value, alert]) => html`<li class="${alert ? 'alert' : ''}"><span>${label}</span><b>${value}</b></li>`)}</ul>`;
}

/** The "as of" dates the plans were checked against: one date, or the range. */
function asOfRange(plans: readonly ReportPlan[]): string {
  const dates = [...new Set(plans.map((p) => p.result.asOf))].sort();
  if (dates.length === 0) return '';
  return dates.length === 1 ? dates[0] : `${dates[0]} – ${dates[dates.length - 1]}`;
}

export interface PageOptions {
  locale: Locale;
  labels: ReportLabels;
  version: string;
}

/** The whole report: one self-contained document with its styles, its script and its charts inlined. */
export function renderPage(plans: readonly ReportPlan[], options: PageOptions): string {
  const { labels, locale } = options;
  const en = locale === 'en';
  const asOf = asOfRange(plans);
  const page = html`<!DOCTYPE html>
<html lang="${labels.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="rectlint ${options.version}">
<title>${labels.title}</title>
<style>${trusted(PAGE_STYLES)}</style>
</head>
<body>
<main class="page" id="top">
<header class="report-header"><h1>${labels.title}</h1><p class="subtitle">${labels.subtitle}</p>${kpis(plans, labels)}<p class="meta">${asOf ? html`${labels.asOf} ${asOf} · ` : ''}rectlint ${options.version}</p></header>
${overviewTable(plans, labels, en)}
${chartsSection(plans, labels, en)}
${plans.map((p) => planSection(p, labels, locale))}
<footer class="report-footer">rectlint ${options.version}</footer>
</main>
<script>${trusted(PAGE_SCRIPT)}</script>
</body>
</html>
`;
  return page.value;
}
