import { relative } from 'node:path';
import type { FileResult } from '../run/file-result.js';
import { verdictText } from '../core/verdict.js';
import { explainScore } from './explain-score.js';
import { runSummary } from './run-summary.js';
import { planSummaryTable } from './plan-table.js';
import { oneLine, padEnd, padStart, widest } from './text-width.js';
import { whereText } from './place.js';
import type { Formatter, FormatterContext } from './types.js';
import { severityWord, words } from './words.js';

/** The file, its score and grade, and the verdict with its reasons: `得分 84.1 · 不合格 · 退回修改（10 个错误）`. */
function fileHeader(result: FileResult, context: FormatterContext): string {
  const { chalk, locale } = context;
  const en = locale === 'en';
  const name = oneLine(relative(context.cwd, result.filePath) || result.filePath);
  const { score, grade } = result.score;
  const paint = result.verdict.key === 'returned' ? chalk.red : grade.key === 'pass' ? chalk.yellow : chalk.green;
  return `${chalk.underline(name)}  ${paint(`${words(locale).score} ${score} · ${grade.label[en ? 'en' : 'zh']} · ${verdictText(result.verdict, en)}`)}`;
}

function fileBody(result: FileResult, context: FormatterContext): string[] {
  const { chalk, locale } = context;
  const rows = result.diagnostics.map((d) => ({
    where: whereText(d.range, locale),
    severity: severityWord(d.severity, locale),
    paint: d.severity === 'error' ? chalk.red : d.severity === 'warn' ? chalk.yellow : chalk.blue,
    message: oneLine(d.message),
    ruleId: d.ruleId,
  }));
  const whereWidth = widest(rows.map((r) => r.where));
  const severityWidth = widest(rows.map((r) => r.severity));
  const messageWidth = Math.min(80, widest(rows.map((r) => r.message)));
  return rows.map(
    (r) => `  ${chalk.dim(padStart(r.where, whereWidth))}  ${r.paint(padEnd(r.severity, severityWidth))}  ${padEnd(r.message, messageWidth)}  ${chalk.dim(r.ruleId)}`,
  );
}

function summary(results: readonly FileResult[], context: FormatterContext): string {
  const { chalk } = context;
  const { text, passed } = runSummary(results, context);
  const warnings = results.some((r) => r.warningCount > 0);
  return !passed ? chalk.red.bold(text) : warnings ? chalk.yellow.bold(text) : chalk.green.bold(text);
}

/**
 * Whether a file gets its own block. With several plans, as in ESLint, a plan with nothing to print and accepted
 * is left to its line in the table; one plan always keeps its header, the only place its score and grade show.
 */
function hasBlock(result: FileResult, several: boolean, context: FormatterContext): boolean {
  return !several || result.diagnostics.length > 0 || result.verdict.key === 'returned' || context.explainScore;
}

/** Grouped by file, aligned for Chinese text, with each file's score and a summary line. */
const stylish: Formatter = (results, context) => {
  const several = results.length > 1;
  const blocks = results.filter((result) => hasBlock(result, several, context)).map((result) => {
    const lines = [fileHeader(result, context), ...fileBody(result, context)];
    if (context.explainScore) lines.push(explainScore(result, context));
    return lines.join('\n');
  });
  // Several plans end with one line each, so a batch can be compared at a glance; one plan keeps its output.
  const table = several ? [planSummaryTable(results, context)] : [];
  return `${[...blocks, ...table, summary(results, context)].join('\n\n')}\n`;
};

export default stylish;
