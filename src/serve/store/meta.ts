/** Settings the data folder keeps for itself, such as the secret that signs CSRF tokens. */
import { randomBytes } from 'node:crypto';
import type { Database } from './database.js';

/** The folder's secret, made at its first start and kept, so tokens in open pages survive a restart. */
export function serverSecret(db: Database): Buffer {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING').run('secret', randomBytes(32).toString('base64'));
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get('secret') as { value: string };
  return Buffer.from(row.value, 'base64');
}
