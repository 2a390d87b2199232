import { html, type SafeHtml } from '../escape.js';
import type { ReportLabels } from '../labels.js';
import type { ChartPlan } from '../model.js';
import { findingsByRule } from './findings-by-rule.js';
import { problemsByStatus } from './problems-by-status.js';
import { scoreHistogram } from './score-histogram.js';
import { deadlineTimeline } from './timeline.js';

function figure(title: string, chart: SafeHtml): SafeHtml {
  return html`<figure class="chart-card"><figcaption>${title}</figcaption>${chart}</figure>`;
}

/** The four batch-wide charts, in a grid that becomes one column in print. */
export function chartsSection(plans: readonly ChartPlan[], labels: ReportLabels, en: boolean): SafeHtml {
  return html`<section class="charts" aria-labelledby="charts-title"><h2 id="charts-title">${labels.charts}</h2><div class="chart-grid">${[
    figure(labels.scoreDistribution, scoreHistogram(plans, labels, en)),
    figure(labels.findingsByRule, findingsByRule(plans, labels)),
    figure(labels.problemsByStatus, problemsByStatus(plans, labels, en)),
    figure(labels.timeline, deadlineTimeline(plans, labels)),
  ]}</div></section>`;
}
