import type { Locale } from '../rule-kit/types.js';
import { UsageError } from './exit-codes.js';

/** `--locale`, else LANG/LC_ALL: English only when the environment asks for English; Chinese first otherwise. */
export function chooseLocale(flag: string | undefined, env: Record<string, string | undefined>): Locale {
  if (flag !== undefined) {
    if (flag === 'zh-CN' || flag === 'zh') return 'zh-CN';
    if (flag === 'en') return 'en';
    throw new UsageError(`--locale 只接受 zh-CN 或 en (--locale takes zh-CN or en), not "${flag}"`);
  }
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(lang) ? 'en' : 'zh-CN';
}
