/**
 * Headers every answer carries, and the Host check. Pages may load only the workbench's own stylesheet and
 * script (no inline script, nothing from elsewhere), so markup smuggled into a document's text could not run even
 * if it escaped the escaping. Served on the loopback interface without sign-in, the workbench answers only to a
 * local Host, so a web page that rebinds its own name to 127.0.0.1 cannot reach it.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, ServeSettings } from './env.js';
import { ERRORS, failure } from './errors.js';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    if (!headers.has('content-security-policy')) headers.set('content-security-policy', CONTENT_SECURITY_POLICY);
    headers.set('x-content-type-options', 'nosniff');
    // same-origin, not no-referrer: with no-referrer a browser sends `Origin: null` on its own form posts.
    headers.set('referrer-policy', 'same-origin');
    headers.set('x-frame-options', 'DENY');
    headers.set('cross-origin-opener-policy', 'same-origin');
    headers.set('cross-origin-resource-policy', 'same-origin');
    if (!headers.has('cache-control')) headers.set('cache-control', 'no-store');
  };
}

/** The Host headers a server listening on `host`:`port` answers to when it is local only. */
export function localHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

export function hostCheck(settings: ServeSettings): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const allowed = settings.allowedHosts;
    if (allowed && !allowed.has((c.req.header('host') ?? '').toLowerCase())) return failure(c, 421, ERRORS.badHost);
    await next();
  };
}
