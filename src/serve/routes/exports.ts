/** Downloads: a unit's 审核意见书 (.docx), the round's summary (.xlsx), the round's HTML review report. */
import type { Hono } from 'hono';
import { localToday } from '../../core/dates.js';
import type { AppEnv, ServeContext } from '../http/env.js';
import { ERRORS, failure } from '../http/errors.js';
import { opinionOf } from '../exports/opinion.js';
import { overviewRows } from '../model/overview.js';
import { overviewFacts } from '../model/summary.js';
import { PRIMARY_LOCALE } from '../check/checker.js';
import { attachment, roundOf, unitOf, versionOf } from './common.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function exportRoutes(app: Hono<AppEnv>, context: ServeContext): void {
  const { store, checker } = context;

  app.get('/rounds/:round/units/:unit/opinion.docx', async (c) => {
    const round = roundOf(context, c);
    if (round instanceof Response) return round;
    const unit = unitOf(context, c, round);
    if (unit instanceof Response) return unit;
    const version = versionOf(c, store.submissions.versions(unit.id), c.req.query('v'));
    if (version instanceof Response) return version;
    const { submission, number } = version;
    const result = await checker.judgements.shown(submission, c.get('locale'));
    if (!result) return failure(c, 409, ERRORS.notChecked);
    const opinion = opinionOf({
      locale: c.get('locale'),
      labels: c.get('labels'),
      roundName: round.name,
      unitName: unit.name,
      fileName: submission.fileName,
      version: number,
      uploadedAt: submission.uploadedAt,
      result,
      summary: overviewFacts(result).summary,
      acceptances: store.reviews.acceptances(unit.id),
      comments: store.reviews.comments(unit.id).filter((comment) => comment.submissionId === submission.id),
      decision: store.reviews.latestDecisions([submission.id]).get(submission.id),
      today: localToday(),
    });
    const { opinionDocx } = await import('../exports/opinion-docx.js');
    const name = c.get('locale') === 'en' ? `review-letter ${unit.name} v${number}.docx` : `审核意见书-${unit.name}-v${number}.docx`;
    return c.body(new Uint8Array(await opinionDocx(opinion)), 200, { 'content-type': DOCX, 'content-disposition': attachment(name) });
  });

  app.get('/rounds/:round/summary.xlsx', async (c) => {
    const round = roundOf(context, c);
    if (round instanceof Response) return round;
    const latest = await checker.judgements.latestResults(round.id, c.get('locale'));
    // The figures as the batch phase gave them (judged in the first language; the same in any).
    await checker.judgements.latest(round.id, PRIMARY_LOCALE);
    const rows = overviewRows(store, round.id);
    const results = rows.map((row) => latest.get(row.latest.id));
    const { summaryXlsx } = await import('../exports/summary-xlsx.js');
    const bytes = await summaryXlsx({
      locale: c.get('locale'),
      labels: c.get('labels'),
      roundName: round.name,
      rows,
      results,
      decisions: store.reviews.latestDecisions(rows.map((row) => row.latest.id)),
      acceptances: new Map(rows.map((row) => [row.unit.id, store.reviews.acceptances(row.unit.id)])),
      unfiled: store.submissions.unfiled(round.id),
    });
    const name = c.get('locale') === 'en' ? `summary ${round.name}.xlsx` : `审核汇总-${round.name}.xlsx`;
    return c.body(new Uint8Array(bytes), 200, { 'content-type': XLSX, 'content-disposition': attachment(name) });
  });

  app.get('/rounds/:round/report.html', async (c) => {
    const round = roundOf(context, c);
    if (round instanceof Response) return round;
    const latest = await checker.judgements.latestResults(round.id, c.get('locale'));
    const rows = overviewRows(store, round.id);
    const results = rows.map((row) => latest.get(row.latest.id));
    const { reportHtml } = await import('../exports/report-html.js');
    const name = c.get('locale') === 'en' ? `review report ${round.name}.html` : `审核报告-${round.name}.html`;
    // A download, carrying its own Content-Security-Policy (admitting its one script by hash).
    return c.body(await reportHtml(rows, results, c.get('locale')), 200, {
      'content-type': 'text/html; charset=utf-8',
      'content-disposition': attachment(name),
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; sandbox allow-scripts",
    });
  });
}
