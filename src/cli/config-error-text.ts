import type { ConfigError } from '../config/config-error.js';
import type { Locale } from '../rule-kit/types.js';

/** A configuration error as the CLI prints it: one line for one problem, else a count and a line for each. */
export function configErrorText(error: ConfigError, locale: Locale | undefined): string {
  const en = locale === 'en';
  const head = en ? 'configuration error' : '配置错误';
  if (error.problems.length === 1) return `rectlint: ${head}: ${error.message}\n`;
  const count = en ? ` (${error.problems.length} problems)` : `（${error.problems.length} 处）`;
  return `rectlint: ${head}${count}:\n${error.message.split('\n').map((line) => `  ${line}\n`).join('')}`;
}
