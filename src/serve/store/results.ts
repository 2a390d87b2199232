/**
 * Each check's own result (findings, score, the batch rules' facts), per message language, as JSON; the plan as read
 * is kept beside it and parsed only when a page shows it.
 */
import type { FileResult } from '../../run/file-result.js';
import type { Locale } from '../../rule-kit/types.js';
import type { Database } from './database.js';

export class ResultsTable {
  constructor(private readonly db: Database) {}

  /** A stored result; with `plan: false` its plan is left out (and not parsed). */
  get(submissionId: number, locale: Locale, options: { plan?: boolean } = {}): FileResult | undefined {
    const row = this.db.prepare(`SELECT result_json${options.plan === false ? '' : ', plan_json'} FROM results WHERE submission_id = ? AND locale = ?`).get(submissionId, locale) as
      | { result_json: string; plan_json?: string | null }
      | undefined;
    if (!row) return undefined;
    const result = JSON.parse(row.result_json) as FileResult;
    if (options.plan === false) delete result.plan;
    else if (row.plan_json) result.plan = JSON.parse(row.plan_json) as FileResult['plan'];
    return result;
  }

  /** The plan a stored result read (undefined for a file that could not be read as one). */
  plan(submissionId: number, locale: Locale): FileResult['plan'] {
    const row = this.db.prepare('SELECT plan_json, result_json FROM results WHERE submission_id = ? AND locale = ?').get(submissionId, locale) as { plan_json: string | null; result_json: string } | undefined;
    if (!row) return undefined;
    return row.plan_json ? (JSON.parse(row.plan_json) as FileResult['plan']) : (JSON.parse(row.result_json) as FileResult).plan;
  }

  /** Forgets a submission's results in every language (it is to be checked again). */
  drop(submissionId: number): void {
    this.db.prepare('DELETE FROM results WHERE submission_id = ?').run(submissionId);
  }

  put(submissionId: number, locale: Locale, result: FileResult): void {
    const { plan, ...rest } = result;
    this.db
      .prepare(
        `INSERT INTO results (submission_id, locale, result_json, plan_json) VALUES (?, ?, ?, ?)
         ON CONFLICT (submission_id, locale) DO UPDATE SET result_json = excluded.result_json, plan_json = excluded.plan_json`,
      )
      .run(submissionId, locale, JSON.stringify(rest), plan === undefined ? null : JSON.stringify(plan));
  }
}
