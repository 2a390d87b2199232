/**
 * Upload: many files in one request (the page sends what is dropped in a few requests). Each file is judged on
 * its own: a type `rectlint check` does not read, or a file over the size limit, is refused with the reason and
 * changes nothing; the others are stored by content and acknowledged together in one transaction, then checked
 * off the request thread. The answer lists every file with what became of it.
 */
import { extname } from 'node:path';
import type { Hono } from 'hono';
import { html } from '../../formatters/html/escape.js';
import { fileFormat, notReadMessage, READABLE_EXTENSIONS } from '../../import/report-files.js';
import type { LocalizedText } from '../../rule-kit/types.js';
import type { AppEnv, ServeContext } from '../http/env.js';
import { ERRORS, failure, wantsJson } from '../http/errors.js';
import { renderPage } from '../pages/layout.js';
import type { NewSubmission } from '../store/submissions.js';
import { frameFor, roundOf } from './common.js';

export type UploadOutcome =
  | { file: string; status: 'accepted'; id: number; message: string }
  | { file: string; status: 'duplicate'; of: number; message: string }
  | { file: string; status: 'rejected'; reason: string; message: string; tooLarge: boolean };

/** Files written to disk at the same time. */
const PARALLEL_WRITES = 8;

export function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** The name a browser sent, as the last part of any path, one line, at most 255 characters. */
export function uploadedName(name: string): string {
  const base = name.split(/[\\/]/u).pop() ?? '';
  return base.replace(/[\u0000-\u001f\u007f]/gu, '').trim().slice(0, 255) || 'file';
}

function notRead(name: string): LocalizedText {
  return (
    notReadMessage(name) ?? {
      zh: `不支持的文件类型：rectlint 读取 ${READABLE_EXTENSIONS.join('、')}`,
      en: `not a file type rectlint reads: it reads ${READABLE_EXTENSIONS.join(', ')}`,
    }
  );
}

export function uploadRoutes(app: Hono<AppEnv>, context: ServeContext): void {
  const { store, checker, settings } = context;
  // The request's size is limited before anything reads it (app.ts).
  app.post('/rounds/:round/files', async (c) => {
    const round = roundOf(context, c);
    if (round instanceof Response) return round;
    const locale = c.get('locale');
    const labels = c.get('labels');
    const words = (text: LocalizedText) => (locale === 'en' ? text.en : text.zh);
    const body = await c.req.parseBody({ all: true });
    const files = [body.files ?? []].flat().filter((value): value is File => typeof value !== 'string');
    if (files.length === 0) return failure(c, 400, ERRORS.noFiles);

    const outcomes: UploadOutcome[] = [];
    const toStore: { index: number; name: string; file: File }[] = [];
    for (const file of files) {
      const name = uploadedName(file.name);
      if (file.size > settings.maxFileBytes) {
        const reason = words({ zh: `文件过大（${megabytes(file.size)}，上限 ${megabytes(settings.maxFileBytes)}）`, en: `the file is too large (${megabytes(file.size)}; the limit is ${megabytes(settings.maxFileBytes)})` });
        outcomes.push({ file: name, status: 'rejected', reason, message: `${labels.rejected}: ${reason}`, tooLarge: true });
      } else if (fileFormat(name) === undefined) {
        const reason = words(notRead(name));
        outcomes.push({ file: name, status: 'rejected', reason, message: `${labels.rejected}: ${reason}`, tooLarge: false });
      } else {
        toStore.push({ index: outcomes.length, name, file });
        // Settled below, once the file is stored and acknowledged.
        outcomes.push({ file: name, status: 'accepted', id: 0, message: '' });
      }
    }
    // Written to disk a few at a time (each is flushed before the upload is acknowledged; flushes overlap).
    const stored: { index: number; submission: NewSubmission }[] = [];
    for (let i = 0; i < toStore.length; i += PARALLEL_WRITES) {
      stored.push(
        ...(await Promise.all(
          toStore.slice(i, i + PARALLEL_WRITES).map(async ({ index, name, file }) => {
            const bytes = new Uint8Array(await file.arrayBuffer());
            const blob = await store.blobs.put(bytes, extname(name).toLowerCase());
            return { index, submission: { ...blob, fileName: name, size: bytes.length } };
          }),
        )),
      );
    }

    const added = store.submissions.addAll(round.id, stored.map((s) => s.submission), new Date().toISOString());
    added.forEach((outcome, i) => {
      const { index } = stored[i];
      const file = outcomes[index].file;
      outcomes[index] =
        'added' in outcome
          ? { file, status: 'accepted', id: outcome.added.id, message: labels.uploadedOk }
          : { file, status: 'duplicate', of: outcome.duplicateOf.id, message: labels.duplicate(outcome.duplicateOf.fileName) };
    });
    if (added.length > 0) checker.wake();

    const anyTaken = outcomes.some((o) => o.status !== 'rejected');
    // Nothing taken: every file too large is 413, otherwise some type was not one that is read (415).
    const status = anyTaken ? 200 : outcomes.every((o) => o.status === 'rejected' && o.tooLarge) ? 413 : 415;
    if (wantsJson(c)) return c.json({ files: outcomes, progress: store.submissions.progress(round.id) }, status);
    const list = html`<ul class="outcome-list">${outcomes.map((o) => html`<li class="${o.status}"><b>${o.file}</b> — ${o.message}</li>`)}</ul>`;
    const page = html`<section class="card"><h1>${labels.uploadOutcome}</h1>${list}<p><a class="button" href="/rounds/${round.id}">${labels.back}</a></p></section>`;
    return c.html(renderPage({ ...frameFor(c, labels.uploadOutcome), crumbs: [{ text: round.name, href: `/rounds/${round.id}` }, { text: labels.uploadOutcome }] }, page), status);
  });
}
