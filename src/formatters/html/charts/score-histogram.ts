import { gradeFor } from '../../../core/score.js';
import { html, type SafeHtml } from '../escape.js';
import type { ReportLabels } from '../labels.js';
import type { ReportPlan } from '../model.js';
import { GRADE_COLORS } from './palette.js';
import { FONT, niceMax, noData, round, svgFrame, valueGrid } from './svg.js';

/** Bands of 5 from 50 up, so the grade thresholds (60, 75, 90) fall on band edges; everything under 50 is one band. */
const BANDS = [0, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95];

function bandLabel(i: number): string {
  if (i === 0) return '<50';
  return `${BANDS[i]}–${i === BANDS.length - 1 ? 100 : BANDS[i + 1]}`;
}

function bandOf(score: number): number {
  let band = 0;
  for (let i = 0; i < BANDS.length; i++) if (score >= BANDS[i]) band = i;
  return band;
}

export function scoreHistogram(plans: readonly ReportPlan[], labels: ReportLabels): SafeHtml {
  const id = 'chart-scores';
  if (plans.length === 0) return noData(id, labels.scoreDistribution, labels.noData);
  const counts = BANDS.map(() => 0);
  for (const plan of plans) counts[bandOf(plan.summary.score)]++;

  const box = { width: 560, height: 260, top: 16, right: 12, bottom: 44, left: 40 };
  const max = niceMax(Math.max(...counts));
  const plotHeight = box.height - box.top - box.bottom;
  const y = (v: number) => box.top + plotHeight - (v / max) * plotHeight;
  const slot = (box.width - box.left - box.right) / BANDS.length;
  const barWidth = slot * 0.72;

  const bars = counts.map((count, i) => {
    const x = box.left + i * slot + (slot - barWidth) / 2;
    const color = GRADE_COLORS[gradeFor(BANDS[i]).key];
    const label = html`<text class="tick" x="${round(x + barWidth / 2)}" y="${box.height - box.bottom + FONT + 6}" text-anchor="middle">${bandLabel(i)}</text>`;
    if (count === 0) return label;
    return html`<rect class="mark" x="${round(x)}" y="${round(y(count))}" width="${round(barWidth)}" height="${round(y(0) - y(count))}" fill="${color}"><title>${bandLabel(i)}: ${count}</title></rect><text class="value" x="${round(x + barWidth / 2)}" y="${round(y(count) - 4)}" text-anchor="middle">${count}</text>${label}`;
  });
  const axisTitle = html`<text class="axis-title" x="${box.left + (box.width - box.left - box.right) / 2}" y="${box.height - 6}" text-anchor="middle">${labels.scoreAxis}</text>`;
  return svgFrame(id, labels.scoreDistribution, box, html`${valueGrid(box, max, y)}${bars}${axisTitle}`);
}
