import { isIsoDate } from '../../../core/dates.js';
import { html, type SafeHtml } from '../escape.js';
import type { ReportLabels } from '../labels.js';
import type { ChartPlan } from '../model.js';
import { TIMELINE_COLORS } from './palette.js';
import { FONT, legend, niceMax, noData, round, svgFrame, valueGrid } from './svg.js';

/** Months as numbers (year × 12 + month − 1), so a range is a plain interval. */
function monthOf(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

function monthLabel(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

function cumulative(events: readonly number[], first: number, months: number): number[] {
  const perMonth = new Array<number>(months).fill(0);
  for (const month of events) perMonth[month - first]++;
  let sum = 0;
  return perMonth.map((n) => (sum += n));
}

/**
 * Cumulative deadlines against cumulative completions, month by month, over every plan: where the due line
 * runs above the completed line, problems fell due before they were done.
 */
export function deadlineTimeline(plans: readonly ChartPlan[], labels: ReportLabels): SafeHtml {
  const id = 'chart-timeline';
  const due: number[] = [];
  const done: number[] = [];
  for (const plan of plans) {
    for (const row of plan.ledger.rows) {
      const deadline = isIsoDate(row.extendedTo) ? row.extendedTo : row.deadline;
      if (isIsoDate(deadline)) due.push(monthOf(deadline));
      if (row.completed && isIsoDate(row.completionDate)) done.push(monthOf(row.completionDate));
    }
  }
  if (due.length + done.length === 0) return noData(id, labels.timeline, labels.noData);
  // A loop, not Math.min(...events): spreading the months of 100 000 problems overflows the stack.
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const list of [due, done]) {
    for (const month of list) {
      if (month < first) first = month;
      if (month > last) last = month;
    }
  }
  const months = last - first + 1;
  const dueSeries = cumulative(due, first, months);
  const doneSeries = cumulative(done, first, months);

  const box = { width: 560, height: 260, top: 30, right: 16, bottom: 40, left: 40 };
  const max = niceMax(Math.max(dueSeries[months - 1], doneSeries[months - 1]));
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const x = (i: number) => box.left + (months === 1 ? plotWidth / 2 : (i / (months - 1)) * plotWidth);
  const y = (v: number) => box.top + plotHeight - (v / max) * plotHeight;

  const series = (values: number[], color: string, name: string) => {
    const points = values.map((v, i) => `${round(x(i))},${round(y(v))}`).join(' ');
    const dots = values.map(
      (v, i) => html`<circle class="mark" cx="${round(x(i))}" cy="${round(y(v))}" r="${months > 36 ? 1.5 : 3}" fill="${color}"><title>${monthLabel(first + i)} · ${name}: ${v}</title></circle>`,
    );
    return html`<polyline class="mark line" points="${points}" fill="none" stroke="${color}" stroke-width="2.2"/>${dots}`;
  };
  const every = Math.max(1, Math.ceil(months / 7));
  const xTicks = [];
  for (let i = 0; i < months; i += every) {
    xTicks.push(html`<text class="tick" x="${round(x(i))}" y="${box.height - box.bottom + FONT + 6}" text-anchor="middle">${monthLabel(first + i)}</text>`);
  }
  const key = legend(
    [
      { label: labels.due, color: TIMELINE_COLORS.due, line: true },
      { label: labels.completedCumulative, color: TIMELINE_COLORS.completed, line: true },
    ],
    box.left,
    16,
  );
  return svgFrame(
    id,
    labels.timeline,
    box,
    html`${valueGrid(box, max, y)}${xTicks}${series(dueSeries, TIMELINE_COLORS.due, labels.due)}${series(doneSeries, TIMELINE_COLORS.completed, labels.completedCumulative)}${key}`,
  );
}
