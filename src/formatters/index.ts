import type { Formatter } from './types.js';

/** Formats load on demand, so a run pays only for the ones it prints. */
const FORMATTERS: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  html: () => import('./html/index.js'),
  csv: () => import('./csv.js'),
};

export const FORMAT_NAMES = Object.keys(FORMATTERS);

export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  return (await FORMATTERS[name]?.())?.default;
}
