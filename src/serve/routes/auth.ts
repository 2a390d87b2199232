/**
 * Signing in and out (with `--auth`), and the language switch. Failed sign-ins are slowed per client: after a few
 * wrong passwords in a minute, the login answers 429 for the rest of it.
 */
import { createHash } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import type { AppEnv, ServeContext } from '../http/env.js';
import { formFields } from '../http/params.js';
import { LOCALE_COOKIE, parseLocale, safeBackPath } from '../http/locale.js';
import { newToken, sameSecret, SESSION_LIFETIME_MS, setSessionCookie } from '../http/session.js';
import { loginPage } from '../pages/login-page.js';
import { ERRORS, failure } from '../http/errors.js';
import { frameFor } from './common.js';

const ATTEMPTS = 5;
const WINDOW_MS = 60_000;

const digest = (text: string) => createHash('sha256').update(text).digest('base64');

export function authRoutes(app: Hono<AppEnv>, context: ServeContext): void {
  const { store, settings } = context;
  const failures = new Map<string, number[]>();
  /** Who is signing in: the connection's address (a header could be forged), one key for in-process requests. */
  const client = (c: Context<AppEnv>): string => {
    const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
    return incoming?.socket?.remoteAddress ?? 'local';
  };

  app.get('/login', (c) => {
    if (settings.password === undefined || c.get('signedIn')) return c.redirect('/', 303);
    return c.html(loginPage(frameFor(c, c.get('labels').signIn), safeBackPath(c.req.query('next'))));
  });

  app.post('/login', async (c) => {
    if (settings.password === undefined) return c.redirect('/', 303);
    const labels = c.get('labels');
    const fields = await formFields(c);
    const next = safeBackPath(fields.next);
    const now = Date.now();
    const recent = (failures.get(client(c)) ?? []).filter((at) => now - at < WINDOW_MS);
    if (recent.length >= ATTEMPTS) return c.html(loginPage(frameFor(c, labels.signIn), next, labels.tooManyAttempts), 429);
    // Compared as digests of equal length, in constant time.
    if (!sameSecret(digest(fields.password ?? ''), digest(settings.password))) {
      failures.set(client(c), [...recent, now]);
      return c.html(loginPage(frameFor(c, labels.signIn), next, labels.wrongPassword), 401);
    }
    failures.delete(client(c));
    // A new token at sign-in, so a token planted before it is worth nothing after.
    const token = newToken();
    store.sessions.open(token, new Date(), SESSION_LIFETIME_MS);
    setSessionCookie(c, store.secret, token);
    return c.redirect(next, 303);
  });

  app.post('/logout', (c) => {
    store.sessions.close(c.get('token'));
    setSessionCookie(c, store.secret, newToken());
    return c.redirect(settings.password === undefined ? '/' : '/login', 303);
  });

  app.get('/lang/:locale', (c) => {
    const locale = parseLocale(c.req.param('locale'));
    if (!locale) return failure(c, 404, ERRORS.notFound);
    setCookie(c, LOCALE_COOKIE, locale, { path: '/', sameSite: 'Lax', maxAge: 365 * 24 * 3600 });
    return c.redirect(safeBackPath(c.req.query('back')), 303);
  });
}
