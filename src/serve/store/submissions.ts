/**
 * Files acknowledged for a round, and the units they belong to. A submission is pending until it is checked;
 * the check says which unit the document is from, and then it is that unit's next version (a unit's versions are
 * its submissions in upload order).
 */
import type { Database } from './database.js';
import type { StoredFile } from './blobs.js';
import { unitKey, type UnitSource } from '../model/unit-name.js';

export type SubmissionState = 'pending' | 'checked' | 'failed';

export interface Submission extends StoredFile {
  id: number;
  roundId: number;
  unitId: number | null;
  fileName: string;
  size: number;
  uploadedAt: string;
  state: SubmissionState;
  /** Whether the check could read the file as a plan (null until checked). */
  readable: boolean | null;
  /** Why the file could not be read or checked. */
  reason: string | null;
  detectedUnit: string | null;
  unitSource: UnitSource | null;
  summaryJson: string | null;
  chartJson: string | null;
  checkedAt: string | null;
}

export interface Unit {
  id: number;
  roundId: number;
  name: string;
}

export interface NewSubmission extends StoredFile {
  fileName: string;
  size: number;
}

/** What checking a submission established, written in one transaction with its result. */
export interface CheckedSubmission {
  readable: boolean;
  reason: string | null;
  /** The unit the document names, or its file name's stem when it names none (null when unreadable). */
  unit: { name: string; source: UnitSource } | null;
  summaryJson: string | null;
  chartJson: string | null;
}

interface SubmissionRow {
  id: number;
  round_id: number;
  unit_id: number | null;
  file_hash: string;
  extension: string;
  file_name: string;
  size: number;
  uploaded_at: string;
  state: SubmissionState;
  readable: number | null;
  reason: string | null;
  detected_unit: string | null;
  unit_source: UnitSource | null;
  summary_json: string | null;
  chart_json: string | null;
  checked_at: string | null;
}

function toSubmission(row: SubmissionRow): Submission {
  return {
    id: row.id,
    roundId: row.round_id,
    unitId: row.unit_id,
    hash: row.file_hash,
    extension: row.extension,
    fileName: row.file_name,
    size: row.size,
    uploadedAt: row.uploaded_at,
    state: row.state,
    readable: row.readable === null ? null : row.readable === 1,
    reason: row.reason,
    detectedUnit: row.detected_unit,
    unitSource: row.unit_source,
    summaryJson: row.summary_json,
    chartJson: row.chart_json,
    checkedAt: row.checked_at,
  };
}

export type AddOutcome = { added: Submission } | { duplicateOf: Submission };

/** A unit's latest version, for the round overview. */
export interface UnitLatest {
  unit: Unit;
  latest: Submission;
  /** The latest version's number (how many submissions the unit has). */
  version: number;
}

export class SubmissionsTable {
  constructor(private readonly db: Database) {}

  get(id: number): Submission | undefined {
    const row = this.db.prepare('SELECT * FROM submissions WHERE id = ?').get(id) as SubmissionRow | undefined;
    return row && toSubmission(row);
  }

  /**
   * Acknowledges files for a round in one transaction: all of them or, if anything fails, none. A file the round
   * already holds (the same bytes as the same type) is not added again; its earlier submission is named instead.
   */
  addAll(roundId: number, files: readonly NewSubmission[], now: string): AddOutcome[] {
    const insert = this.db.prepare(
      `INSERT INTO submissions (round_id, file_hash, extension, file_name, size, uploaded_at, state)
       VALUES (?, ?, ?, ?, ?, ?, 'pending') ON CONFLICT (round_id, file_hash, extension) DO NOTHING`,
    );
    const existing = this.db.prepare('SELECT * FROM submissions WHERE round_id = ? AND file_hash = ? AND extension = ?');
    return this.db.transaction(() =>
      files.map((file): AddOutcome => {
        const { changes, lastInsertRowid } = insert.run(roundId, file.hash, file.extension, file.fileName, file.size, now);
        if (changes === 1) return { added: this.get(Number(lastInsertRowid))! };
        return { duplicateOf: toSubmission(existing.get(roundId, file.hash, file.extension) as SubmissionRow) };
      }),
    )();
  }

  /** Submissions waiting for their check, oldest first (after a restart too). */
  pending(limit: number): Submission[] {
    return (this.db.prepare("SELECT * FROM submissions WHERE state = 'pending' ORDER BY id LIMIT ?").all(limit) as SubmissionRow[]).map(toSubmission);
  }

  /** Checks that failed for a reason outside the file (a broken config) are tried again at the next start. */
  retryFailed(): number {
    return this.db.prepare("UPDATE submissions SET state = 'pending', reason = NULL WHERE state = 'failed'").run().changes;
  }

  /** Records a check: the submission is checked, filed under its unit (created when new), all at once. */
  recordChecked(id: number, checked: CheckedSubmission, now: string): void {
    const submission = this.get(id);
    if (!submission) return;
    const unitId = checked.unit ? this.unitFor(submission.roundId, checked.unit.name, now).id : null;
    this.db
      .prepare(
        `UPDATE submissions SET state = 'checked', readable = ?, reason = ?, unit_id = coalesce(unit_id, ?), detected_unit = ?,
           unit_source = coalesce(unit_source, ?), summary_json = ?, chart_json = ?, checked_at = ? WHERE id = ?`,
      )
      .run(checked.readable ? 1 : 0, checked.reason, unitId, checked.unit?.name ?? null, checked.unit?.source ?? null, checked.summaryJson, checked.chartJson, now, id);
  }

  /** Puts checked submissions back in the queue (their unit kept), to be checked again. */
  requeue(ids: readonly number[]): void {
    const requeue = this.db.prepare("UPDATE submissions SET state = 'pending', reason = NULL WHERE id = ? AND state <> 'pending'");
    for (const id of ids) requeue.run(id);
  }

  recordFailed(id: number, reason: string): void {
    this.db.prepare("UPDATE submissions SET state = 'failed', reason = ? WHERE id = ? AND state = 'pending'").run(reason, id);
  }

  /** Files a submission under the unit a reviewer names (created when new). */
  assignUnit(id: number, name: string, now: string): Unit {
    const submission = this.get(id)!;
    const unit = this.unitFor(submission.roundId, name, now);
    this.db.prepare("UPDATE submissions SET unit_id = ?, unit_source = 'reviewer' WHERE id = ?").run(unit.id, id);
    return unit;
  }

  unitFor(roundId: number, name: string, now: string): Unit {
    const key = unitKey(name);
    this.db.prepare('INSERT INTO units (round_id, name, key, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (round_id, key) DO NOTHING').run(roundId, name, key, now);
    return this.db.prepare('SELECT id, round_id AS roundId, name FROM units WHERE round_id = ? AND key = ?').get(roundId, key) as Unit;
  }

  unit(roundId: number, unitId: number): Unit | undefined {
    return this.db.prepare('SELECT id, round_id AS roundId, name FROM units WHERE id = ? AND round_id = ?').get(unitId, roundId) as Unit | undefined;
  }

  /** A unit's submissions in upload order: version 1 first. */
  versions(unitId: number): Submission[] {
    return (this.db.prepare('SELECT * FROM submissions WHERE unit_id = ? ORDER BY id').all(unitId) as SubmissionRow[]).map(toSubmission);
  }

  /** Every unit of a round with files, with its latest version, in the order their first files came. */
  latestByUnit(roundId: number): UnitLatest[] {
    const rows = this.db
      .prepare(
        `SELECT s.*, u.name AS unit_name, (SELECT count(*) FROM submissions v WHERE v.unit_id = u.id) AS version
         FROM units u JOIN submissions s ON s.id = (SELECT max(id) FROM submissions x WHERE x.unit_id = u.id)
         WHERE u.round_id = ? ORDER BY (SELECT min(id) FROM submissions f WHERE f.unit_id = u.id)`,
      )
      .all(roundId) as (SubmissionRow & { unit_name: string; version: number })[];
    return rows.map((row) => ({ unit: { id: row.unit_id!, roundId, name: row.unit_name }, latest: toSubmission(row), version: row.version }));
  }

  /** Files of a round that belong to no unit: not yet checked, unreadable, or failed. */
  unfiled(roundId: number): Submission[] {
    return (this.db.prepare('SELECT * FROM submissions WHERE round_id = ? AND unit_id IS NULL ORDER BY id').all(roundId) as SubmissionRow[]).map(toSubmission);
  }

  /** How far the round's checking has got. */
  progress(roundId: number): { total: number; pending: number; failed: number; unreadable: number } {
    return this.db
      .prepare(
        `SELECT count(*) AS total, coalesce(sum(state = 'pending'), 0) AS pending, coalesce(sum(state = 'failed'), 0) AS failed,
           coalesce(sum(state = 'checked' AND readable = 0), 0) AS unreadable FROM submissions WHERE round_id = ?`,
      )
      .get(roundId) as { total: number; pending: number; failed: number; unreadable: number };
  }

  /** The stored files every submission refers to, by their name in the store. */
  storedNames(): Set<string> {
    const rows = this.db.prepare('SELECT DISTINCT file_hash, extension FROM submissions').all() as { file_hash: string; extension: string }[];
    return new Set(rows.map((row) => `${row.file_hash}${row.extension}`));
  }
}
