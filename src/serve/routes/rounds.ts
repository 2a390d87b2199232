/** The rounds: listing and creating them, a round's overview, and how far its checking has got. */
import type { Context, Hono } from 'hono';
import { isIsoDate } from '../../core/dates.js';
import { READABLE_EXTENSIONS } from '../../import/report-files.js';
import type { LocalizedText } from '../../rule-kit/types.js';
import type { AppEnv, ServeContext } from '../http/env.js';
import { ERRORS, failure, wantsJson } from '../http/errors.js';
import { cleanText, formFields } from '../http/params.js';
import { overviewRows } from '../model/overview.js';
import { overviewPage } from '../pages/overview-page.js';
import { roundsPage, type RoundForm } from '../pages/rounds-page.js';
import type { NewRound } from '../store/rounds.js';
import { configChoices, configLabel, frameFor, roundOf } from './common.js';

const MAX_NAME = 200;

/** A new round from the form, or why not. */
export function readRoundForm(fields: Record<string, string>, choices: readonly string[], configFile: string | undefined): NewRound | LocalizedText {
  const name = cleanText(fields.name).replace(/\s+/gu, ' ');
  if (!name) return ERRORS.missingField('name');
  if (name.length > MAX_NAME) return ERRORS.tooLong('name', MAX_NAME);
  const fixedDate = fields.asOfMode === 'date' || (fields.asOfMode === undefined && Boolean(fields.asOf));
  const asOf = fixedDate ? (fields.asOf ?? '').trim() : '';
  if (fixedDate && !isIsoDate(asOf)) return ERRORS.badDate;
  const config = fields.config ?? 'rectlint:strict';
  if (!choices.includes(config)) return ERRORS.badChoice('config');
  return { name, asOf: asOf || null, config, configFile: config === 'file' ? (configFile ?? null) : null };
}

export function roundRoutes(app: Hono<AppEnv>, context: ServeContext): void {
  const { store } = context;

  const listPage = (c: Context<AppEnv>, form?: RoundForm) => roundsPage(frameFor(c, c.get('labels').rounds), store.rounds.list(), configChoices(context, c), form);

  app.get('/', (c) => c.html(listPage(c)));

  app.post('/rounds', async (c) => {
    const fields = await formFields(c);
    const choices = configChoices(context, c).map((choice) => choice.value);
    const read = readRoundForm(fields, choices, context.settings.configFile);
    if (!('name' in read)) {
      if (wantsJson(c)) return failure(c, 400, read);
      const message = c.get('locale') === 'en' ? read.en : read.zh;
      return c.html(listPage(c, { name: fields.name, asOf: fields.asOf, config: fields.config, error: message }), 400);
    }
    const round = store.rounds.create(read, new Date().toISOString());
    if (wantsJson(c)) return c.json({ round }, 201);
    return c.redirect(`/rounds/${round.id}`, 303);
  });

  app.get('/rounds/:round', (c) => {
    const round = roundOf(context, c);
    if (round instanceof Response) return round;
    const data = {
      round,
      configLabel: configLabel(context, c, round),
      rows: overviewRows(store, round.id),
      unfiled: store.submissions.unfiled(round.id),
      progress: store.submissions.progress(round.id),
      comparing: !context.checker.judgements.isSettled(round.id),
      readableExtensions: READABLE_EXTENSIONS,
      maxFileBytes: context.settings.maxFileBytes,
    };
    return c.html(overviewPage(frameFor(c, round.name), data, c.get('locale')));
  });

  app.get('/rounds/:round/progress', (c) => {
    const round = roundOf(context, c);
    if (round instanceof Response) return round;
    // Checked, and then compared across units: the figures are final once the batch phase has judged them.
    const progress = store.submissions.progress(round.id);
    return c.json({ ...progress, comparing: progress.pending === 0 && !context.checker.judgements.isSettled(round.id) });
  });
}
