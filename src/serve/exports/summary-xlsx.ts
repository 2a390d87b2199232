/**
 * The round's summary as an Excel workbook (exceljs, loaded when one is exported): one row per unit with its
 * latest version's figures, the tool's verdict and the review; every finding of those versions with its place and
 * whether it was accepted; the files that could not be read and why. Cells are written as values, never formulas,
 * so text from a document cannot run in the spreadsheet.
 */
import { verdictText } from '../../core/verdict.js';
import { labelsFor } from '../../formatters/html/labels.js';
import { severityWord } from '../../formatters/words.js';
import type { Locale } from '../../rule-kit/types.js';
import type { FileResult } from '../../run/file-result.js';
import { findingKey } from '../model/finding-key.js';
import type { OverviewRow } from '../model/overview.js';
import { gradeOf } from '../model/summary.js';
import type { UiLabels } from '../pages/labels.js';
import { placeText } from '../pages/place.js';
import type { Acceptance, DecisionRecord } from '../store/reviews.js';
import type { Submission } from '../store/submissions.js';

export interface SummaryInput {
  locale: Locale;
  labels: UiLabels;
  roundName: string;
  rows: readonly OverviewRow[];
  /** Each row's latest version's result, in the same order. */
  results: readonly (FileResult | undefined)[];
  decisions: ReadonlyMap<number, DecisionRecord>;
  acceptances: ReadonlyMap<number, readonly Acceptance[]>;
  unfiled: readonly Submission[];
}

export async function summaryXlsx(input: SummaryInput): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const { labels, locale } = input;
  const en = locale === 'en';
  const report = labelsFor(locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'rectlint';
  workbook.title = input.roundName;

  const sheet = (name: string, columns: [string, number][]) => {
    const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = columns.map(([header, width]) => ({ header, width }));
    ws.getRow(1).font = { bold: true };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    return ws;
  };

  const summary = sheet(en ? 'Summary' : '汇总', [
    [report.unit, 28], [labels.version, 8], [labels.fileName, 32], [report.score, 8], [report.grade, 8], [labels.verdict, 30],
    [report.errors, 8], [report.warnings, 8], [report.overdue, 10], [report.noEvidence, 12], [report.missedMeetings, 10],
    [labels.reviewState, 10], [labels.opinion, 40], [labels.createdAt, 18],
  ]);
  for (const row of input.rows) {
    const decision = input.decisions.get(row.latest.id);
    summary.addRow([
      row.unit.name, `v${row.version}`, row.latest.fileName, row.summary.score, gradeOf(row.summary.grade).label[en ? 'en' : 'zh'], verdictText(row.summary.verdict, en),
      row.summary.errors, row.summary.warnings, row.summary.overdue, row.summary.noEvidence, row.summary.missedMeetings,
      labels.review[row.review], decision?.opinion ?? '', decision?.createdAt.slice(0, 16).replace('T', ' ') ?? '',
    ]);
  }

  const findings = sheet(en ? 'Findings' : '审核发现', [
    [report.unit, 28], [labels.version, 8], ['#', 6], [report.location, 30], [report.problem, 10], [en ? 'Severity' : '级别', 8],
    [report.findings, 60], [en ? 'Rule' : '规则', 26], [labels.acceptedBecause, 40],
  ]);
  input.rows.forEach((row, i) => {
    const accepted = new Map((input.acceptances.get(row.unit.id) ?? []).map((a) => [a.findingKey, a.reason]));
    input.results[i]?.diagnostics.forEach((d, n) => {
      findings.addRow([row.unit.name, `v${row.version}`, n + 1, placeText(d.range, labels), d.problemId ?? '', severityWord(d.severity, locale), d.message, d.ruleId, accepted.get(findingKey(d)) ?? '']);
    });
  });

  if (input.unfiled.length > 0) {
    const unfiled = sheet(en ? 'Not filed' : '未归入单位', [[labels.fileName, 36], [labels.fileState, 16], [labels.reason, 80]]);
    for (const s of input.unfiled) unfiled.addRow([s.fileName, s.state === 'pending' ? labels.waiting : s.state === 'failed' ? labels.checkFailed : labels.unreadable, s.reason ?? '']);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
