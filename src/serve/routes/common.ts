/** What the route handlers share: the page frame, looking up what a path names, file names for downloads. */
import type { Context } from 'hono';
import { PRESET_NAMES, PRESET_PREFIX } from '../../config/presets.js';
import type { AppEnv, ServeContext } from '../http/env.js';
import { ERRORS, failure } from '../http/errors.js';
import { idParam, positiveInteger } from '../http/params.js';
import type { Frame } from '../pages/layout.js';
import type { ConfigChoice } from '../pages/rounds-page.js';
import type { Round } from '../store/rounds.js';
import type { Submission, Unit } from '../store/submissions.js';

export function frameFor(c: Context<AppEnv>, title: string): Frame {
  const url = new URL(c.req.url);
  return { labels: c.get('labels'), csrf: c.get('csrf'), path: url.pathname + url.search, signedIn: c.get('signedIn'), title };
}

/** The rules a round can be checked with: the presets, and the config file the server was started with. */
export function configChoices(context: ServeContext, c: Context<AppEnv>): ConfigChoice[] {
  const labels = c.get('labels');
  const choices = PRESET_NAMES.map((name) => ({ value: `${PRESET_PREFIX}${name}`, label: labels.preset(name) }));
  if (context.settings.configFile) choices.push({ value: 'file', label: labels.serverConfig(context.settings.configFile) });
  return choices;
}

export function configLabel(context: ServeContext, c: Context<AppEnv>, round: Round): string {
  if (round.config === 'file') return c.get('labels').serverConfig(round.configFile ?? '');
  return configChoices(context, c).find((choice) => choice.value === round.config)?.label ?? round.config;
}

/** The command line that gives a version's findings, for a reviewer who wants to check by hand. */
export function equivalentCommand(round: Round, fileName: string): string {
  const quote = (text: string) => (/^[\w./:-]+$/u.test(text) ? text : `'${text.replace(/'/gu, `'\\''`)}'`);
  const asOf = round.asOf ? ` --as-of ${round.asOf}` : '';
  if (round.config === 'file') return `rectlint check --config ${quote(round.configFile ?? '')}${asOf} ${quote(fileName)}`;
  const preset = round.config.slice(PRESET_PREFIX.length);
  return `echo '{"extends":"${round.config}"}' > ${preset}.json && rectlint check --config ${preset}.json${asOf} ${quote(fileName)}`;
}

type Found<T> = T | Response;

export function roundOf(context: ServeContext, c: Context<AppEnv>): Found<Round> {
  const id = idParam(c, 'round');
  const round = id === undefined ? undefined : context.store.rounds.get(id);
  return round ?? failure(c, 404, ERRORS.notFound);
}

export function unitOf(context: ServeContext, c: Context<AppEnv>, round: Round): Found<Unit> {
  const id = idParam(c, 'unit');
  const unit = id === undefined ? undefined : context.store.submissions.unit(round.id, id);
  return unit ?? failure(c, 404, ERRORS.notFound);
}

export function fileOf(context: ServeContext, c: Context<AppEnv>, round: Round): Found<Submission> {
  const id = idParam(c, 'file');
  const submission = id === undefined ? undefined : context.store.submissions.get(id);
  return submission && submission.roundId === round.id ? submission : failure(c, 404, ERRORS.notFound);
}

/** A version of a unit named by its number (`?v=2`), or its latest when none is named. */
export function versionOf(c: Context<AppEnv>, versions: readonly Submission[], value: string | undefined): Found<{ submission: Submission; number: number }> {
  if (versions.length === 0) return failure(c, 404, ERRORS.notFound);
  if (value === undefined || value === '') return { submission: versions[versions.length - 1], number: versions.length };
  const number = positiveInteger(value);
  if (number === undefined || number > versions.length) return failure(c, 404, ERRORS.notFound);
  return { submission: versions[number - 1], number };
}

/** A version of a unit named in a form by its submission id: it must be one of the unit's. */
export function versionById(c: Context<AppEnv>, versions: readonly Submission[], value: string | undefined): Found<{ submission: Submission; number: number }> {
  const id = positiveInteger(value);
  const index = versions.findIndex((v) => v.id === id);
  return index < 0 ? failure(c, 400, ERRORS.badChoice('version')) : { submission: versions[index], number: index + 1 };
}

/** A download's Content-Disposition: an ASCII fallback and the UTF-8 name (RFC 6266), nothing that could break the header. */
export function attachment(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f"\\/:*?<>|]+/gu, '_');
  const ascii = clean.replace(/[^\x20-\x7e]+/gu, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(clean)}`;
}
