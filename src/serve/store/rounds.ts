/** 巡察轮次: a name, the date findings are judged against, and the configuration its files are checked with. */
import type { Database } from './database.js';

export interface Round {
  id: number;
  name: string;
  /** "Today" for every check of the round; null: each report's own date (else the day it is checked). */
  asOf: string | null;
  /** A preset (`rectlint:strict`) or `file`: the config file the server was started with (`configFile`). */
  config: string;
  configFile: string | null;
  createdAt: string;
}

export interface NewRound {
  name: string;
  asOf: string | null;
  config: string;
  configFile: string | null;
}

interface RoundRow {
  id: number;
  name: string;
  as_of: string | null;
  config: string;
  config_file: string | null;
  created_at: string;
}

const toRound = (row: RoundRow): Round => ({ id: row.id, name: row.name, asOf: row.as_of, config: row.config, configFile: row.config_file, createdAt: row.created_at });

export class RoundsTable {
  constructor(private readonly db: Database) {}

  create(round: NewRound, now: string): Round {
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO rounds (name, as_of, config, config_file, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(round.name, round.asOf, round.config, round.configFile, now);
    return this.get(Number(lastInsertRowid))!;
  }

  get(id: number): Round | undefined {
    const row = this.db.prepare('SELECT * FROM rounds WHERE id = ?').get(id) as RoundRow | undefined;
    return row && toRound(row);
  }

  /** Newest first, with how many units and files each holds. */
  list(): (Round & { units: number; files: number })[] {
    const rows = this.db
      .prepare(
        `SELECT r.*, (SELECT count(*) FROM units u WHERE u.round_id = r.id) AS units, (SELECT count(*) FROM submissions s WHERE s.round_id = r.id) AS files
         FROM rounds r ORDER BY r.id DESC`,
      )
      .all() as (RoundRow & { units: number; files: number })[];
    return rows.map((row) => ({ ...toRound(row), units: row.units, files: row.files }));
  }
}
