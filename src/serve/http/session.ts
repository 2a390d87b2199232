/**
 * Sessions and CSRF. Every browser gets a random session token in an HttpOnly, SameSite=Strict cookie; the CSRF
 * token of its pages is an HMAC of that token under the data folder's secret, so another site can neither read
 * nor forge it. Every request that changes something must carry it (a form field or the `x-csrf-token` header)
 * and, when the browser says where it comes from, come from this origin. With `--auth`, a token is signed in only
 * after the password is given on the login page; the session is kept in the database (restart-proof) and a new
 * token is issued at sign-in.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv, ServeContext } from './env.js';
import { ERRORS, failure, wantsJson } from './errors.js';

export const SESSION_COOKIE = 'rectlint_session';
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function csrfToken(secret: Buffer, token: string): string {
  return createHmac('sha256', secret).update(`csrf:${token}`).digest('base64url');
}

export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function setSessionCookie(c: Context<AppEnv>, secret: Buffer, token: string): void {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/' });
  c.set('token', token);
  c.set('csrf', csrfToken(secret, token));
}

/** Paths open without signing in: the login page itself, the assets it needs, and the language switch. */
function isPublic(path: string): boolean {
  return path === '/login' || path.startsWith('/assets/') || path.startsWith('/lang/');
}

export function sessions(context: ServeContext): MiddlewareHandler<AppEnv> {
  const { store, settings } = context;
  return async (c, next) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    const token = cookie && TOKEN.test(cookie) ? cookie : undefined;
    if (token) {
      c.set('token', token);
      c.set('csrf', csrfToken(store.secret, token));
    } else setSessionCookie(c, store.secret, newToken());
    const signedIn = settings.password === undefined || (token !== undefined && store.sessions.isOpen(token, new Date()));
    c.set('signedIn', settings.password !== undefined && signedIn);
    if (!signedIn && !isPublic(c.req.path)) {
      if (c.req.method === 'GET' && !wantsJson(c)) return c.redirect(`/login?next=${encodeURIComponent(c.req.path + new URL(c.req.url).search)}`, 303);
      return failure(c, 401, ERRORS.signIn);
    }
    await next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses a change without this session's CSRF token, or from another origin. */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== 'null' && new URL(c.req.url).host !== safeHost(origin)) return failure(c, 403, ERRORS.crossOrigin);
    if (origin === 'null') return failure(c, 403, ERRORS.crossOrigin);
    let given = c.req.header('x-csrf-token');
    if (given === undefined) {
      const type = c.req.header('content-type') ?? '';
      if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
        const field = (await c.req.parseBody({ all: true }))._csrf;
        given = typeof field === 'string' ? field : undefined;
      }
    }
    if (given === undefined || !sameSecret(given, c.get('csrf'))) return failure(c, 403, ERRORS.csrf);
    await next();
  };
}

function safeHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
