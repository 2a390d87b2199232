import { GRADES, type Grade } from '../../../core/score.js';
import { html, type SafeHtml } from '../escape.js';
import type { ReportLabels } from '../labels.js';
import type { ChartPlan } from '../model.js';
import { GRADE_COLORS } from './palette.js';
import { FONT, legend, niceMax, noData, round, svgFrame, valueGrid } from './svg.js';

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

type GradeCounts = Record<Grade['key'], number>;

/**
 * Plans per score band, each bar stacked by the grade the plans received: a returned plan is 不合格 whatever its score, so a
 * band's plans need not share the grade its score alone would give.
 */
export function scoreHistogram(plans: readonly ChartPlan[], labels: ReportLabels, en: boolean): SafeHtml {
  const id = 'chart-scores';
  if (plans.length === 0) return noData(id, labels.scoreDistribution, labels.noData);
  const bands: GradeCounts[] = BANDS.map(() => ({ excellent: 0, good: 0, pass: 0, fail: 0 }));
  for (const plan of plans) bands[bandOf(plan.summary.score)][plan.summary.grade.key]++;
  const totals = bands.map((b) => b.excellent + b.good + b.pass + b.fail);

  const box = { width: 560, height: 280, top: 44, right: 12, bottom: 44, left: 40 };
  const max = niceMax(Math.max(...totals));
  const plotHeight = box.height - box.top - box.bottom;
  const y = (v: number) => box.top + plotHeight - (v / max) * plotHeight;
  const slot = (box.width - box.left - box.right) / BANDS.length;
  const barWidth = slot * 0.72;

  const bars = bands.map((counts, i) => {
    const x = box.left + i * slot + (slot - barWidth) / 2;
    const label = html`<text class="tick" x="${round(x + barWidth / 2)}" y="${box.height - box.bottom + FONT + 6}" text-anchor="middle">${bandLabel(i)}</text>`;
    if (totals[i] === 0) return label;
    let stacked = 0;
    // Worst grade at the bottom, so the failing part of a band reads first.
    const segments = [...GRADES].reverse().map((grade) => {
      const n = counts[grade.key];
      if (n === 0) return '';
      const from = stacked;
      stacked += n;
      return html`<rect class="mark" x="${round(x)}" y="${round(y(stacked))}" width="${round(barWidth)}" height="${round(y(from) - y(stacked))}" fill="${GRADE_COLORS[grade.key]}"><title>${bandLabel(i)} · ${grade.label[en ? 'en' : 'zh']}: ${n}</title></rect>`;
    });
    return html`${segments}<text class="value" x="${round(x + barWidth / 2)}" y="${round(y(totals[i]) - 4)}" text-anchor="middle">${totals[i]}</text>${label}`;
  });
  const used = GRADES.filter((g) => bands.some((b) => b[g.key] > 0));
  const key = legend(used.map((g) => ({ label: g.label[en ? 'en' : 'zh'], color: GRADE_COLORS[g.key] })), box.left, 14);
  const axisTitle = html`<text class="axis-title" x="${box.left + (box.width - box.left - box.right) / 2}" y="${box.height - 6}" text-anchor="middle">${labels.scoreAxis}</text>`;
  return svgFrame(id, labels.scoreDistribution, box, html`${valueGrid(box, max, y)}${bars}${axisTitle}${key}`);
}
