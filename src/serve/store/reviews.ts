/**
 * The reviewer's part, kept apart from the checks: findings accepted with a reason, comments, and decisions.
 * Nothing here is ever written into a unit's file. An acceptance belongs to the unit, so a finding that is still
 * there in the next version stays accepted.
 */
import type { Database } from './database.js';

export type Decision = 'returned' | 'passed';
/** A unit's review state: its latest version awaits review until a decision on that version. */
export type ReviewState = 'pending' | Decision;

export interface Acceptance {
  id: number;
  unitId: number;
  submissionId: number;
  findingKey: string;
  ruleId: string;
  reason: string;
  createdAt: string;
}

export interface Comment {
  id: number;
  unitId: number;
  submissionId: number;
  findingKey: string | null;
  body: string;
  createdAt: string;
}

export interface DecisionRecord {
  id: number;
  unitId: number;
  submissionId: number;
  decision: Decision;
  opinion: string;
  createdAt: string;
}

const ACCEPTANCE = 'id, unit_id AS unitId, submission_id AS submissionId, finding_key AS findingKey, rule_id AS ruleId, reason, created_at AS createdAt';
const COMMENT = 'id, unit_id AS unitId, submission_id AS submissionId, finding_key AS findingKey, body, created_at AS createdAt';
const DECISION = 'id, unit_id AS unitId, submission_id AS submissionId, decision, opinion, created_at AS createdAt';

export class ReviewsTable {
  constructor(private readonly db: Database) {}

  /** Accepts a finding for the unit; accepting it again replaces the reason. */
  accept(entry: Omit<Acceptance, 'id'>): void {
    this.db
      .prepare(
        `INSERT INTO acceptances (unit_id, submission_id, finding_key, rule_id, reason, created_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (unit_id, finding_key) DO UPDATE SET reason = excluded.reason, submission_id = excluded.submission_id, created_at = excluded.created_at`,
      )
      .run(entry.unitId, entry.submissionId, entry.findingKey, entry.ruleId, entry.reason, entry.createdAt);
  }

  /** Withdraws an acceptance; false when the unit has no such acceptance. */
  withdraw(unitId: number, id: number): boolean {
    return this.db.prepare('DELETE FROM acceptances WHERE id = ? AND unit_id = ?').run(id, unitId).changes === 1;
  }

  acceptances(unitId: number): Acceptance[] {
    return this.db.prepare(`SELECT ${ACCEPTANCE} FROM acceptances WHERE unit_id = ? ORDER BY id`).all(unitId) as Acceptance[];
  }

  comment(entry: Omit<Comment, 'id'>): void {
    this.db
      .prepare('INSERT INTO comments (unit_id, submission_id, finding_key, body, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(entry.unitId, entry.submissionId, entry.findingKey, entry.body, entry.createdAt);
  }

  comments(unitId: number): Comment[] {
    return this.db.prepare(`SELECT ${COMMENT} FROM comments WHERE unit_id = ? ORDER BY id`).all(unitId) as Comment[];
  }

  decide(entry: Omit<DecisionRecord, 'id'>): void {
    this.db
      .prepare('INSERT INTO decisions (unit_id, submission_id, decision, opinion, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(entry.unitId, entry.submissionId, entry.decision, entry.opinion, entry.createdAt);
  }

  decisions(unitId: number): DecisionRecord[] {
    return this.db.prepare(`SELECT ${DECISION} FROM decisions WHERE unit_id = ? ORDER BY id`).all(unitId) as DecisionRecord[];
  }

  /** The latest decision on each of the given versions. */
  latestDecisions(submissionIds: readonly number[]): Map<number, DecisionRecord> {
    const found = new Map<number, DecisionRecord>();
    if (submissionIds.length === 0) return found;
    const query = this.db.prepare(`SELECT ${DECISION} FROM decisions WHERE submission_id = ? ORDER BY id DESC LIMIT 1`);
    for (const id of submissionIds) {
      const row = query.get(id) as DecisionRecord | undefined;
      if (row) found.set(id, row);
    }
    return found;
  }
}

export function reviewState(decision: DecisionRecord | undefined): ReviewState {
  return decision?.decision ?? 'pending';
}
