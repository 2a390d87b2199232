/**
 * The workbench's database schema, as numbered steps. A data folder records the last step applied (SQLite's
 * `user_version`); opening it applies the steps after that one, each in its own transaction. Steps are never
 * edited once released: a change to the schema is a new step.
 */
export interface Migration {
  version: number;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- 巡察轮次: what the round is checked against. as_of NULL means each report's own date (else today); config is a
-- preset's name, or 'file' with the config file the server was started with.
CREATE TABLE rounds (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  as_of TEXT,
  config TEXT NOT NULL,
  config_file TEXT,
  created_at TEXT NOT NULL
);

-- The units of a round; key is the name folded for matching (width, spaces), so 交通局 and ｢交通局 ｣ are one unit.
CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES rounds(id),
  name TEXT NOT NULL,
  key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (round_id, key)
);

-- Every file acknowledged for a round, in upload order (the id); a unit's versions are its submissions by id.
-- unit_id is set when the check has read which unit the document is from, or a reviewer said so.
CREATE TABLE submissions (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES rounds(id),
  unit_id INTEGER REFERENCES units(id),
  file_hash TEXT NOT NULL,
  extension TEXT NOT NULL,
  file_name TEXT NOT NULL,
  size INTEGER NOT NULL,
  uploaded_at TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'checked', 'failed')),
  readable INTEGER,
  reason TEXT,
  detected_unit TEXT,
  unit_source TEXT CHECK (unit_source IN ('document', 'file-name', 'reviewer')),
  summary_json TEXT,
  chart_json TEXT,
  checked_at TEXT,
  UNIQUE (round_id, file_hash, extension)
);
CREATE INDEX submissions_by_unit ON submissions (unit_id, id);
CREATE INDEX submissions_pending ON submissions (state, id);

-- A check's whole result (findings, score, the plan read), per message language.
CREATE TABLE results (
  submission_id INTEGER NOT NULL REFERENCES submissions(id),
  locale TEXT NOT NULL,
  result_json TEXT NOT NULL,
  PRIMARY KEY (submission_id, locale)
);

-- The review: findings accepted with a reason (kept for the unit, so a finding that stays in v2 stays accepted),
-- comments, and decisions on a version.
CREATE TABLE acceptances (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  submission_id INTEGER NOT NULL REFERENCES submissions(id),
  finding_key TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (unit_id, finding_key)
);

CREATE TABLE comments (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  submission_id INTEGER NOT NULL REFERENCES submissions(id),
  finding_key TEXT,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX comments_by_unit ON comments (unit_id, id);

CREATE TABLE decisions (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  submission_id INTEGER NOT NULL REFERENCES submissions(id),
  decision TEXT NOT NULL CHECK (decision IN ('returned', 'passed')),
  opinion TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX decisions_by_submission ON decisions (submission_id, id);

-- Signed-in sessions (with --auth); the token is kept only as its hash.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
`,
  },
  {
    version: 2,
    sql: `
-- A result's plan is kept apart from its findings and score, so what needs only those (the round's batch phase, the
-- figures) never parses the plan. NULL in rows written before: the plan is then inside result_json.
ALTER TABLE results ADD COLUMN plan_json TEXT;

-- A unit's latest version as the round's batch rules judged it together with every other unit's latest version
-- (copied-across-plans, template-text): its result (NULL when no batch rule was pending on it: its own result
-- stands) and figures, and the set of versions judged (stamp), so a new version anywhere in the round makes it
-- stale. Older versions are judged alone, from their own results.
CREATE TABLE settled (
  submission_id INTEGER NOT NULL REFERENCES submissions(id),
  locale TEXT NOT NULL,
  stamp TEXT NOT NULL,
  result_json TEXT,
  summary_json TEXT NOT NULL,
  chart_json TEXT NOT NULL,
  PRIMARY KEY (submission_id, locale)
);
`,
  },
];
