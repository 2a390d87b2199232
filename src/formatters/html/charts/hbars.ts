import { html, type SafeHtml } from '../escape.js';
import { fitLabel, FONT, legend, niceMax, round, svgFrame, ticks, type LegendItem } from './svg.js';

export interface BarSegment {
  value: number;
  color: string;
  name: string;
}

export interface Bar {
  label: string;
  segments: BarSegment[];
}

/** Row height: roomy for a few bars, tighter for many. */
function rowHeight(bars: number): number {
  return Math.max(22, Math.min(34, Math.floor(220 / Math.max(1, bars))));
}

/** Horizontal bars, each stacked from its segments, with the total at the bar's end. */
export function horizontalBars(id: string, title: string, bars: readonly Bar[], legendItems: readonly LegendItem[] = []): SafeHtml {
  const labelChars = 30;
  const row = rowHeight(bars.length);
  const top = legendItems.length > 0 ? 30 : 8;
  const box = { width: 560, height: top + bars.length * row + 28, top, right: 40, bottom: 28, left: 210 };
  const totals = bars.map((bar) => bar.segments.reduce((n, s) => n + s.value, 0));
  const max = niceMax(Math.max(1, ...totals));
  const plotWidth = box.width - box.left - box.right;
  const x = (v: number) => box.left + (v / max) * plotWidth;
  const bottom = box.height - box.bottom;

  const grid = ticks(max).map(
    (t) => html`<line x1="${round(x(t))}" x2="${round(x(t))}" y1="${box.top}" y2="${bottom}"/><text x="${round(x(t))}" y="${bottom + FONT + 4}" text-anchor="middle">${t}</text>`,
  );
  const rows = bars.map((bar, i) => {
    const rowY = box.top + i * row;
    const { shown, full } = fitLabel(bar.label, labelChars);
    let cursor = 0;
    const segments = bar.segments.map((segment) => {
      if (segment.value <= 0) return '';
      const start = cursor;
      cursor += segment.value;
      return html`<rect class="mark" x="${round(x(start))}" y="${rowY + 5}" width="${round(x(cursor) - x(start))}" height="${row - 10}" fill="${segment.color}"><title>${full} · ${segment.name}: ${segment.value}</title></rect>`;
    });
    return html`<text class="bar-label" x="${box.left - 8}" y="${rowY + row / 2 + FONT / 3}" text-anchor="end"><title>${full}</title>${shown}</text>${segments}<text class="value" x="${round(x(totals[i]) + 5)}" y="${rowY + row / 2 + FONT / 3}">${totals[i]}</text>`;
  });
  const key = legendItems.length > 0 ? legend(legendItems, box.left, 18) : '';
  return svgFrame(id, title, box, html`<g class="grid">${grid}</g>${rows}${key}`);
}
