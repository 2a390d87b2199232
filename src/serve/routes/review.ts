/**
 * The review's changes: accepting a finding with a reason (and withdrawing it), commenting, deciding. Each names
 * the version it was made on, which must be one of the unit's; a finding must be one of that version's. Nothing
 * is written into the unit's file.
 */
import type { Context, Hono } from 'hono';
import type { AppEnv, ServeContext } from '../http/env.js';
import { ERRORS, failure, wantsJson } from '../http/errors.js';
import { cleanText, formFields, idParam } from '../http/params.js';
import { findingKey } from '../model/finding-key.js';
import type { Decision } from '../store/reviews.js';
import type { Round } from '../store/rounds.js';
import type { Submission, Unit } from '../store/submissions.js';
import { roundOf, unitOf, versionById } from './common.js';

const LIMITS = { reason: 2000, body: 4000, opinion: 8000 };

interface Target {
  round: Round;
  unit: Unit;
  version: { submission: Submission; number: number };
  fields: Record<string, string>;
}

export function reviewRoutes(app: Hono<AppEnv>, context: ServeContext): void {
  const { store, checker } = context;

  /** The round, unit and version a review form names, or the error answer. */
  async function target(c: Context<AppEnv>): Promise<Target | Response> {
    const round = roundOf(context, c);
    if (round instanceof Response) return round;
    const unit = unitOf(context, c, round);
    if (unit instanceof Response) return unit;
    const fields = await formFields(c);
    const version = versionById(c, store.submissions.versions(unit.id), fields.version);
    if (version instanceof Response) return version;
    return { round, unit, version, fields };
  }

  /** Text from a form field: required, within its limit. */
  function text(c: Context<AppEnv>, fields: Record<string, string>, name: keyof typeof LIMITS): string | Response {
    const value = cleanText(fields[name]);
    if (!value) return failure(c, 400, ERRORS.missingField(name));
    if (value.length > LIMITS[name]) return failure(c, 400, ERRORS.tooLong(name, LIMITS[name]));
    return value;
  }

  /** The finding a form names by its key, which must be one of the version's. */
  async function finding(c: Context<AppEnv>, submission: Submission, key: string) {
    const result = await checker.judgements.shown(submission, c.get('locale'));
    return result?.diagnostics.find((d) => findingKey(d) === key);
  }

  const done = (c: Context<AppEnv>, t: Target, anchor = '') =>
    wantsJson(c) ? c.json({ ok: true }) : c.redirect(`/rounds/${t.round.id}/units/${t.unit.id}?v=${t.version.number}${anchor}`, 303);

  app.post('/rounds/:round/units/:unit/acceptances', async (c) => {
    const t = await target(c);
    if (t instanceof Response) return t;
    const reason = text(c, t.fields, 'reason');
    if (reason instanceof Response) return reason;
    const found = await finding(c, t.version.submission, t.fields.finding ?? '');
    if (!found) return failure(c, 400, ERRORS.noSuchFinding);
    store.reviews.accept({ unitId: t.unit.id, submissionId: t.version.submission.id, findingKey: findingKey(found), ruleId: found.ruleId, reason, createdAt: new Date().toISOString() });
    return done(c, t, '#findings-title');
  });

  app.post('/rounds/:round/units/:unit/acceptances/:acceptance/withdraw', async (c) => {
    const t = await target(c);
    if (t instanceof Response) return t;
    const id = idParam(c, 'acceptance');
    if (id === undefined || !store.reviews.withdraw(t.unit.id, id)) return failure(c, 404, ERRORS.notFound);
    return done(c, t, '#findings-title');
  });

  app.post('/rounds/:round/units/:unit/comments', async (c) => {
    const t = await target(c);
    if (t instanceof Response) return t;
    const body = text(c, t.fields, 'body');
    if (body instanceof Response) return body;
    const key = t.fields.finding;
    if (key && !(await finding(c, t.version.submission, key))) return failure(c, 400, ERRORS.noSuchFinding);
    store.reviews.comment({ unitId: t.unit.id, submissionId: t.version.submission.id, findingKey: key || null, body, createdAt: new Date().toISOString() });
    return done(c, t, key ? '#findings-title' : '#review');
  });

  app.post('/rounds/:round/units/:unit/decision', async (c) => {
    const t = await target(c);
    if (t instanceof Response) return t;
    const decision = t.fields.decision;
    if (decision !== 'returned' && decision !== 'passed') return failure(c, 400, ERRORS.badChoice('decision'));
    const opinion = text(c, t.fields, 'opinion');
    if (opinion instanceof Response) return opinion;
    store.reviews.decide({ unitId: t.unit.id, submissionId: t.version.submission.id, decision: decision as Decision, opinion, createdAt: new Date().toISOString() });
    return done(c, t, '#review');
  });
}
