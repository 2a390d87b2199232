/**
 * Latest versions as the round's batch rules judged them together. A row is current while the round's set of
 * latest versions is the one it was judged with (its stamp); any new version or refiling makes the round's rows stale.
 */
import { createHash } from 'node:crypto';
import type { FileResult } from '../../run/file-result.js';
import type { Locale } from '../../rule-kit/types.js';
import type { Database } from './database.js';

export interface SettledRow {
  submissionId: number;
  /** The version as judged with the round, without its plan; undefined when no batch rule was pending on it. */
  result?: FileResult;
  summaryJson: string;
  chartJson: string;
}

/** The stamp of a set of latest versions: the same set gives the same stamp. */
export function roundStamp(submissionIds: readonly number[]): string {
  return createHash('sha256').update([...submissionIds].sort((a, b) => a - b).join(',')).digest('hex').slice(0, 32);
}

export class SettledTable {
  constructor(private readonly db: Database) {}

  /** The rows of these versions judged with this stamp; undefined unless every one of them is there. */
  all(submissionIds: readonly number[], locale: Locale, stamp: string): Map<number, SettledRow> | undefined {
    const query = this.db.prepare('SELECT result_json, summary_json, chart_json FROM settled WHERE submission_id = ? AND locale = ? AND stamp = ?');
    const rows = new Map<number, SettledRow>();
    for (const id of submissionIds) {
      const row = query.get(id, locale, stamp) as { result_json: string | null; summary_json: string; chart_json: string } | undefined;
      if (!row) return undefined;
      rows.set(id, { submissionId: id, ...(row.result_json ? { result: JSON.parse(row.result_json) as FileResult } : {}), summaryJson: row.summary_json, chartJson: row.chart_json });
    }
    return rows;
  }

  /** The last judgement of a version, whatever set of versions it was judged with. */
  last(submissionId: number, locale: Locale): SettledRow | undefined {
    const row = this.db.prepare('SELECT result_json, summary_json, chart_json FROM settled WHERE submission_id = ? AND locale = ?').get(submissionId, locale) as
      | { result_json: string | null; summary_json: string; chart_json: string }
      | undefined;
    return row && { submissionId, ...(row.result_json ? { result: JSON.parse(row.result_json) as FileResult } : {}), summaryJson: row.summary_json, chartJson: row.chart_json };
  }

  /** Only the figures, for the overview: by version, those judged with this stamp. */
  summaries(submissionIds: readonly number[], locale: Locale, stamp: string): Map<number, { summaryJson: string; chartJson: string }> {
    const query = this.db.prepare('SELECT summary_json, chart_json FROM settled WHERE submission_id = ? AND locale = ? AND stamp = ?');
    const found = new Map<number, { summaryJson: string; chartJson: string }>();
    for (const id of submissionIds) {
      const row = query.get(id, locale, stamp) as { summary_json: string; chart_json: string } | undefined;
      if (row) found.set(id, { summaryJson: row.summary_json, chartJson: row.chart_json });
    }
    return found;
  }

  /** Forgets how a version was judged, in every language (it is to be checked again). */
  drop(submissionId: number): void {
    this.db.prepare('DELETE FROM settled WHERE submission_id = ?').run(submissionId);
  }

  putAll(rows: readonly SettledRow[], locale: Locale, stamp: string): void {
    const put = this.db.prepare(
      `INSERT INTO settled (submission_id, locale, stamp, result_json, summary_json, chart_json) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (submission_id, locale) DO UPDATE SET stamp = excluded.stamp, result_json = excluded.result_json, summary_json = excluded.summary_json, chart_json = excluded.chart_json`,
    );
    this.db.transaction(() => {
      for (const row of rows) put.run(row.submissionId, locale, stamp, row.result ? JSON.stringify({ ...row.result, plan: undefined }) : null, row.summaryJson, row.chartJson);
    })();
  }
}
