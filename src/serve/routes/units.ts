/**
 * A unit's versions: the unit view, a file not filed under a unit, filing a file under another unit, and the
 * comparison of two versions.
 */
import type { Context, Hono } from 'hono';
import type { AppEnv, ServeContext } from '../http/env.js';
import { ERRORS, failure } from '../http/errors.js';
import { formFields, positiveInteger } from '../http/params.js';
import { compareVersions } from '../../compare/index.js';
import type { Plan } from '../../types/plan.js';
import { viewDocument } from '../document/view-document.js';
import { overviewFacts } from '../model/summary.js';
import { cleanUnitName } from '../model/unit-name.js';
import { comparePage } from '../pages/compare-page.js';
import { unitPage } from '../pages/unit-page.js';
import type { Round } from '../store/rounds.js';
import type { Submission, Unit } from '../store/submissions.js';
import { equivalentCommand, fileOf, frameFor, roundOf, unitOf, versionOf } from './common.js';

export function unitRoutes(app: Hono<AppEnv>, context: ServeContext): void {
  const { store, checker } = context;

  async function showVersion(c: Context<AppEnv>, round: Round, unit: Unit | null, versions: readonly Submission[], current: Submission): Promise<Response> {
    const result = await checker.judgements.shown(current, c.get('locale'));
    if (!result) return failure(c, 409, ERRORS.notChecked);
    const document = await viewDocument(await store.blobs.read(current), current.fileName);
    const data = {
      round,
      unit,
      versions,
      current,
      result,
      document,
      acceptances: new Map(unit ? store.reviews.acceptances(unit.id).map((a) => [a.findingKey, a]) : []),
      comments: unit ? store.reviews.comments(unit.id) : [],
      decisions: unit ? store.reviews.decisions(unit.id) : [],
      command: equivalentCommand(round, current.fileName),
      withRound: unit !== null && versions[versions.length - 1].id === current.id,
    };
    return c.html(unitPage(frameFor(c, unit?.name ?? current.fileName), data, overviewFacts(result).summary, c.get('locale')));
  }

  app.get('/rounds/:round/units/:unit', async (c) => {
    const round = roundOf(context, c);
    if (round instanceof Response) return round;
    const unit = unitOf(context, c, round);
    if (unit instanceof Response) return unit;
    const versions = store.submissions.versions(unit.id);
    const version = versionOf(c, versions, c.req.query('v'));
    if (version instanceof Response) return version;
    return showVersion(c, round, unit, versions, version.submission);
  });

  app.get('/rounds/:round/files/:file', async (c) => {
    const round = roundOf(context, c);
    if (round instanceof Response) return round;
    const file = fileOf(context, c, round);
    if (file instanceof Response) return file;
    if (file.unitId !== null) {
      const versions = store.submissions.versions(file.unitId);
      return c.redirect(`/rounds/${round.id}/units/${file.unitId}?v=${versions.findIndex((v) => v.id === file.id) + 1}`, 303);
    }
    return showVersion(c, round, null, [file], file);
  });

  app.post('/rounds/:round/files/:file/unit', async (c) => {
    const round = roundOf(context, c);
    if (round instanceof Response) return round;
    const file = fileOf(context, c, round);
    if (file instanceof Response) return file;
    // A file not checked yet has no unit to move from; one queued again after a refiling keeps the unit it was given.
    if (file.state === 'pending' && file.unitId === null) return failure(c, 409, ERRORS.notChecked);
    const name = cleanUnitName((await formFields(c)).unit ?? '');
    if (!name) return failure(c, 400, ERRORS.missingField('unit'));
    const unit = store.submissions.assignUnit(file.id, name, new Date().toISOString());
    checker.refiled(file.id, file.unitId);
    const versions = store.submissions.versions(unit.id);
    return c.redirect(`/rounds/${round.id}/units/${unit.id}?v=${versions.findIndex((v) => v.id === file.id) + 1}`, 303);
  });

  app.get('/rounds/:round/units/:unit/compare', async (c) => {
    const round = roundOf(context, c);
    if (round instanceof Response) return round;
    const unit = unitOf(context, c, round);
    if (unit instanceof Response) return unit;
    const versions = store.submissions.versions(unit.id);
    const to = positiveInteger(c.req.query('to')) ?? versions.length;
    const from = positiveInteger(c.req.query('from')) ?? to - 1;
    if (from < 1 || to > versions.length || from === to) return failure(c, 404, ERRORS.notFound);
    const [before, after] = await Promise.all([checker.judgements.shown(versions[from - 1], c.get('locale')), checker.judgements.shown(versions[to - 1], c.get('locale'))]);
    if (!before || !after) return failure(c, 409, ERRORS.notChecked);
    // An unreadable version compares as a plan with nothing in it.
    const version = (result: typeof before) => ({ plan: (result.plan ?? {}) as Plan, diagnostics: result.diagnostics });
    return c.html(comparePage(frameFor(c, unit.name), round, unit, from, to, compareVersions(version(before), version(after), c.get('locale')), c.get('locale')));
  });
}
