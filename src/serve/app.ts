/**
 * The workbench as a Hono application: the middleware every request passes (security headers, the Host check,
 * the language, the session and sign-in, body limits, CSRF), then the routes. Built over the store and the
 * checker it is given, so tests can drive it in-process with `app.request()`.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv, ServeContext } from './http/env.js';
import { ERRORS, failure } from './http/errors.js';
import { locale } from './http/locale.js';
import { hostCheck, securityHeaders } from './http/security.js';
import { csrfProtection, sessions } from './http/session.js';
import { assetRoutes } from './routes/assets.js';
import { authRoutes } from './routes/auth.js';
import { exportRoutes } from './routes/exports.js';
import { reviewRoutes } from './routes/review.js';
import { roundRoutes } from './routes/rounds.js';
import { unitRoutes } from './routes/units.js';
import { megabytes, uploadRoutes } from './routes/uploads.js';

/** Forms other than uploads are small; anything larger is refused before it is read. */
const FORM_LIMIT = 1024 * 1024;
const UPLOAD_PATH = /^\/rounds\/[^/]+\/files$/;

function bodyLimits(context: ServeContext): MiddlewareHandler<AppEnv> {
  const { maxRequestBytes } = context.settings;
  const upload = bodyLimit({ maxSize: maxRequestBytes, onError: (c) => failure(c, 413, ERRORS.tooLarge(megabytes(maxRequestBytes))) });
  const form = bodyLimit({ maxSize: FORM_LIMIT, onError: (c) => failure(c, 413, ERRORS.tooLarge(megabytes(FORM_LIMIT))) });
  return (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : UPLOAD_PATH.test(c.req.path) ? upload(c, next) : form(c, next));
}

export function createApp(context: ServeContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(securityHeaders());
  app.use(hostCheck(context.settings));
  app.use(locale());
  app.use(sessions(context));
  app.use(bodyLimits(context));
  app.use(csrfProtection());

  assetRoutes(app);
  authRoutes(app, context);
  roundRoutes(app, context);
  uploadRoutes(app, context);
  unitRoutes(app, context);
  reviewRoutes(app, context);
  exportRoutes(app, context);

  app.notFound((c) => failure(c, 404, ERRORS.notFound));
  app.onError((error, c) => {
    // A body the browser could not have sent (a broken multipart form) is the client's error; anything else is ours.
    if (error instanceof TypeError && /form|multipart|boundary/iu.test(error.message)) return failure(c, 400, { zh: `请求格式无效：${error.message}`, en: `malformed request: ${error.message}` });
    console.error(`rectlint serve: ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return failure(c, 500, { zh: '服务器内部错误，已记录在服务器的输出中', en: 'internal error; the server printed the details' });
  });
  return app;
}
