/** Each check's whole result (findings, score, the plan as read), per message language, as JSON. */
import type { FileResult } from '../../run/file-result.js';
import type { Locale } from '../../rule-kit/types.js';
import type { Database } from './database.js';

export class ResultsTable {
  constructor(private readonly db: Database) {}

  get(submissionId: number, locale: Locale): FileResult | undefined {
    const row = this.db.prepare('SELECT result_json FROM results WHERE submission_id = ? AND locale = ?').get(submissionId, locale) as { result_json: string } | undefined;
    return row && (JSON.parse(row.result_json) as FileResult);
  }

  put(submissionId: number, locale: Locale, result: FileResult): void {
    this.db
      .prepare('INSERT INTO results (submission_id, locale, result_json) VALUES (?, ?, ?) ON CONFLICT (submission_id, locale) DO UPDATE SET result_json = excluded.result_json')
      .run(submissionId, locale, JSON.stringify(result));
  }
}
