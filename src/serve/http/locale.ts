/** Chinese first; the language switch keeps the choice in a cookie. */
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Locale } from '../../rule-kit/types.js';
import { uiLabels } from '../pages/labels.js';
import type { AppEnv } from './env.js';

export const LOCALE_COOKIE = 'rectlint_lang';

export function parseLocale(value: string | undefined): Locale | undefined {
  return value === 'en' || value === 'zh-CN' ? value : undefined;
}

export function locale(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const chosen = parseLocale(getCookie(c, LOCALE_COOKIE)) ?? 'zh-CN';
    c.set('locale', chosen);
    c.set('labels', uiLabels(chosen));
    await next();
  };
}

/** A path to come back to after switching: on this site only (a path, never `//host` or a scheme). */
export function safeBackPath(back: string | undefined): string {
  return back && back.startsWith('/') && !back.startsWith('//') && !back.startsWith('/\\') ? back : '/';
}
