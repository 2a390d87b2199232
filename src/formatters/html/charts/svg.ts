import { html, type HtmlValue, type SafeHtml } from '../escape.js';

/**
 * Small SVG building blocks. Charts are generated as inline SVG: no library to inline, nothing to run before
 * they show, and vector output that prints as crisply as the text around it.
 */

export interface Box {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const FONT = 12;

/** A step of 1, 2 or 5 × 10ⁿ giving at most `count` intervals up to `max` (at least 1: counts are whole). */
function tickStep(max: number, count: number): number {
  const raw = Math.max(1, max / count);
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((s) => s * power).find((s) => s >= raw)!;
}

/** A round upper bound for an axis: the data's maximum rounded up to a whole tick step. */
export function niceMax(max: number, count = 5): number {
  if (max <= 0) return 1;
  const step = tickStep(max, count);
  return Math.ceil(max / step) * step;
}

/** Ticks from 0 to max (a `niceMax`), on the same step. */
export function ticks(max: number, count = 5): number[] {
  const step = tickStep(max, count);
  const out: number[] = [];
  for (let v = 0; v <= max + step / 1000; v += step) out.push(v);
  return out;
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Cuts a label to `max` characters; the full text stays in a tooltip. */
export function fitLabel(text: string, max: number): { shown: string; full: string } {
  const chars = [...text];
  return { shown: chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text, full: text };
}

export function svgFrame(id: string, title: string, box: Box, body: HtmlValue): SafeHtml {
  return html`<svg class="chart" id="${id}" viewBox="0 0 ${box.width} ${box.height}" width="${box.width}" height="${box.height}" role="img" aria-labelledby="${id}-title"><title id="${id}-title">${title}</title>${body}</svg>`;
}

export function noData(id: string, title: string, label: string): SafeHtml {
  const box = { width: 560, height: 120, top: 0, right: 0, bottom: 0, left: 0 };
  return svgFrame(id, title, box, html`<text class="no-data" x="280" y="64" text-anchor="middle">${label}</text>`);
}

/** Horizontal grid lines with their values, for a vertical value axis. */
export function valueGrid(box: Box, max: number, y: (v: number) => number): SafeHtml {
  return html`<g class="grid">${ticks(max).map(
    (t) => html`<line x1="${box.left}" x2="${box.width - box.right}" y1="${round(y(t))}" y2="${round(y(t))}"/><text x="${box.left - 6}" y="${round(y(t) + FONT / 3)}" text-anchor="end">${t}</text>`,
  )}</g>`;
}

export interface LegendItem {
  label: string;
  color: string;
  /** Drawn as a line rather than a swatch. */
  line?: boolean;
}

/** A one-line legend starting at (x, y). */
export function legend(items: readonly LegendItem[], x: number, y: number): SafeHtml {
  let cursor = x;
  const parts = items.map((item) => {
    const swatch = item.line
      ? html`<line x1="${cursor}" x2="${cursor + 16}" y1="${y - 4}" y2="${y - 4}" stroke="${item.color}" stroke-width="2.5"/>`
      : html`<rect x="${cursor}" y="${y - 9}" width="10" height="10" rx="2" fill="${item.color}"/>`;
    const text = html`<text x="${cursor + (item.line ? 21 : 14)}" y="${y}">${item.label}</text>`;
    cursor += (item.line ? 27 : 20) + labelWidth(item.label) + 14;
    return html`${swatch}${text}`;
  });
  return html`<g class="legend">${parts}</g>`;
}

/** Approximate width of a label at FONT size: CJK characters are square, Latin ones about half as wide. */
export function labelWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2e80-\u9fff\uff00-\uffef]/u.test(char) ? FONT : FONT * 0.58;
  return width;
}
