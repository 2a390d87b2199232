/** The stylesheet and the script, from constants: no request path is ever looked up on disk. */
import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import { CLIENT_SCRIPT } from '../assets/client-script.js';
import { APP_STYLES } from '../assets/styles.js';
import type { AppEnv } from '../http/env.js';

const etag = (text: string) => `"${createHash('sha256').update(text).digest('base64url').slice(0, 16)}"`;

export function assetRoutes(app: Hono<AppEnv>): void {
  const assets: [string, string, string][] = [
    ['/assets/app.css', 'text/css; charset=utf-8', APP_STYLES],
    ['/assets/app.js', 'text/javascript; charset=utf-8', CLIENT_SCRIPT],
  ];
  for (const [path, type, text] of assets) {
    const tag = etag(text);
    app.get(path, (c) => {
      if (c.req.header('if-none-match') === tag) return c.body(null, 304);
      return c.body(text, 200, { 'content-type': type, etag: tag, 'cache-control': 'no-cache' });
    });
  }
}
