/** Signed-in sessions (with `--auth`), kept across restarts. Only a token's hash is stored. */
import { createHash } from 'node:crypto';
import type { Database } from './database.js';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export class SessionsTable {
  constructor(private readonly db: Database) {}

  open(token: string, now: Date, lifetimeMs: number): void {
    this.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now.toISOString());
    this.db.prepare('INSERT INTO sessions (token_hash, created_at, expires_at) VALUES (?, ?, ?)').run(hashOf(token), now.toISOString(), new Date(now.getTime() + lifetimeMs).toISOString());
  }

  isOpen(token: string, now: Date): boolean {
    const row = this.db.prepare('SELECT expires_at FROM sessions WHERE token_hash = ?').get(hashOf(token)) as { expires_at: string } | undefined;
    return row !== undefined && row.expires_at > now.toISOString();
  }

  close(token: string): void {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hashOf(token));
  }
}
