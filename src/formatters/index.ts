import type { Formatter } from './types.js';

/** Formats load on demand, so a run pays only for the ones it prints. */
const FORMATTERS: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  html: () => import('./html/index.js'),
  csv: () => import('./csv.js'),
  sarif: () => import('./sarif.js'),
  junit: () => import('./junit.js'),
  checkstyle: () => import('./checkstyle.js'),
  github: () => import('./github.js'),
  markdown: () => import('./markdown.js'),
};

export const FORMAT_NAMES = Object.keys(FORMATTERS);

/** Formats that never read `result.plan`: a run printing only these need not keep every parsed plan in memory. */
// stylish's per-plan table shows file names, scores and counts, never the plan's own text.
export const PLAN_FREE_FORMATS: ReadonlySet<string> = new Set(['stylish', 'json', 'sarif', 'junit', 'checkstyle', 'github', 'markdown']);

/** Formats that print no per-rule or per-problem tallies (unless the score is explained). */
export const SCORE_DETAIL_FREE_FORMATS: ReadonlySet<string> = new Set(['stylish', 'json', 'sarif', 'checkstyle', 'github', 'markdown']);

export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  return Object.hasOwn(FORMATTERS, name) ? (await FORMATTERS[name]())?.default : undefined;
}
