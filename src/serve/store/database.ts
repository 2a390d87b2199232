/** The workbench's SQLite database: opened with durable settings and brought up to the current schema. */
import type BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations.js';

export type Database = BetterSqlite3.Database;

/** A data folder the workbench cannot use (written by a newer rectlint, or held by another server). */
export class DataDirError extends Error {}

export async function openDatabase(file: string): Promise<Database> {
  // Loaded here, not at the top: only `rectlint serve` pays for the native module.
  const { default: Sqlite } = await import('better-sqlite3');
  const db = new Sqlite(file);
  // WAL lets pages read while a check is written; FULL makes each commit durable before it is acknowledged.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Applies every step after the database's `user_version`, each step and its version number in one transaction. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  if (current > latest) {
    throw new DataDirError(`数据库由更新版本的 rectlint 创建（结构版本 ${current}，本版本支持到 ${latest}）(the database was written by a newer rectlint: schema ${current}, this version knows up to ${latest})`);
  }
  for (const step of migrations) {
    if (step.version <= current) continue;
    db.transaction(() => {
      db.exec(step.sql);
      db.pragma(`user_version = ${step.version}`);
    })();
  }
  return latest;
}
