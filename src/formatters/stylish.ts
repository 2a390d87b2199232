import { relative } from 'node:path';
import type { FileResult } from '../run/file-result.js';
import { explainScore } from './explain-score.js';
import { planSummaryTable } from './plan-table.js';
import { padEnd, padStart, stringWidth } from './text-width.js';
import type { Formatter, FormatterContext } from './types.js';
import { severityWord, words } from './words.js';

function fileHeader(result: FileResult, context: FormatterContext): string {
  const { chalk, locale } = context;
  const name = relative(context.cwd, result.filePath) || result.filePath;
  const { score, grade } = result.score;
  const paint = grade.key === 'fail' ? chalk.red : grade.key === 'pass' ? chalk.yellow : chalk.green;
  return `${chalk.underline(name)}  ${paint(`${words(locale).score} ${score} · ${grade.label[locale === 'en' ? 'en' : 'zh']}`)}`;
}

function fileBody(result: FileResult, context: FormatterContext): string[] {
  const { chalk, locale } = context;
  const rows = result.diagnostics.map((d) => ({
    where: `${d.range.start.line}:${d.range.start.column}`,
    severity: severityWord(d.severity, locale),
    paint: d.severity === 'error' ? chalk.red : d.severity === 'warn' ? chalk.yellow : chalk.blue,
    message: d.message.replace(/\s*\n\s*/g, ' '),
    ruleId: d.ruleId,
  }));
  const whereWidth = Math.max(0, ...rows.map((r) => stringWidth(r.where)));
  const severityWidth = Math.max(0, ...rows.map((r) => stringWidth(r.severity)));
  const messageWidth = Math.min(80, Math.max(0, ...rows.map((r) => stringWidth(r.message))));
  return rows.map(
    (r) => `  ${chalk.dim(padStart(r.where, whereWidth))}  ${r.paint(padEnd(r.severity, severityWidth))}  ${padEnd(r.message, messageWidth)}  ${chalk.dim(r.ruleId)}`,
  );
}

function summary(results: readonly FileResult[], context: FormatterContext): string {
  const { chalk, locale } = context;
  const w = words(locale);
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const infos = results.reduce((n, r) => n + r.infoCount, 0);
  const average = results.length ? Math.round((10 * results.reduce((n, r) => n + r.score.score, 0)) / results.length) / 10 : 100;
  const total = errors + warnings + infos;
  const counts = locale === 'en'
    ? `${total} ${w.problems} (${errors} ${w.errors}, ${warnings} ${w.warnings}, ${infos} ${w.infos})`
    : `共 ${total} ${w.problems}（${errors} ${w.errors}，${warnings} ${w.warnings}，${infos} ${w.infos}）`;
  const line = `${total === 0 ? '✔' : '✖'} ${counts} · ${results.length} ${w.plans} · ${w.average} ${average}`;
  return errors > 0 ? chalk.red.bold(line) : warnings > 0 ? chalk.yellow.bold(line) : chalk.green.bold(line);
}

/** Grouped by file, aligned for Chinese text, with each file's score and a summary line. */
const stylish: Formatter = (results, context) => {
  const blocks = results.map((result) => {
    const lines = [fileHeader(result, context), ...fileBody(result, context)];
    if (context.explainScore) lines.push(explainScore(result, context));
    return lines.join('\n');
  });
  // Several plans end with one line each, so a batch can be compared at a glance; one plan keeps its output.
  const table = results.length > 1 ? [planSummaryTable(results, context)] : [];
  return `${[...blocks, ...table, summary(results, context)].join('\n\n')}\n`;
};

export default stylish;
