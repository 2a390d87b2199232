/** What checking one file gives: the core's result with the file's name and its findings counted by severity. */
import { CORE_RULE_IDS, type Diagnostic } from '../core/diagnostic.js';
import type { LintResult } from '../core/lint.js';
import { computeScore } from '../core/score.js';
import { describeThrown } from '../core/runner.js';
import { judged, type VerdictCriteria } from '../core/verdict.js';
import { LineIndex, type SourceRange } from '../core/source-range.js';
import type { Locale } from '../rule-kit/types.js';

export interface FileResult extends LintResult {
  filePath: string;
  /** Counted over every finding, printed or not: with `--quiet` these still count the warnings and infos. */
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /**
   * The findings `--quiet` does not print (warnings and infos). Still facts about the plan: they count in the
   * counts above, in the score and in the review columns (逾期, 无佐证, 会议缺失).
   */
  quietHidden?: Diagnostic[];
}

/** `--quiet`: only errors are printed; the rest is set apart, not dropped, so no figure about the plan changes. */
export function quieted(result: FileResult): FileResult {
  const hidden = result.diagnostics.filter((d) => d.severity !== 'error');
  if (hidden.length === 0) return result;
  return { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error'), quietHidden: hidden };
}

export function counted(filePath: string, result: LintResult): FileResult {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const d of result.diagnostics) {
    if (d.severity === 'error') errorCount++;
    else if (d.severity === 'warn') warningCount++;
    else infoCount++;
  }
  return { filePath, ...result, errorCount, warningCount, infoCount };
}

/** A file whose check crashed inside rectlint: an internal error (exit code 2) for that file alone. */
export function crashed(filePath: string, error: unknown, options: VerdictCriteria & { locale: Locale; today: string }): FileResult {
  const detail = describeThrown(error);
  const result = unreadable(filePath, { zh: `rectlint 内部错误，未能检查此文件：${detail}`, en: `internal error, the file could not be checked: ${detail}` }, options.locale, '', options.today, options);
  result.diagnostics[0] = { ...result.diagnostics[0], ruleId: CORE_RULE_IDS.ruleError, internal: true };
  result.internalError = true;
  return result;
}

/**
 * A file that could not be read still yields a result, so no other file's result is lost. The finding stands after
 * the text that could be read, or at `range` when the reader knows the place (a sheet's row, a PDF's page).
 */
export function unreadable(filePath: string, message: { zh: string; en: string }, locale: Locale, text = '', today: string, criteria: VerdictCriteria = {}, range?: SourceRange): FileResult {
  // Positions are counted without a BOM, as in every other result.
  const readable = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const end = new LineIndex(readable).position(readable.length);
  const diagnostic: Diagnostic = {
    ruleId: CORE_RULE_IDS.parse,
    severity: 'error',
    message: locale === 'en' ? message.en : message.zh,
    path: [],
    range: range ?? { start: end, end: { ...end } },
    fatal: true,
  };
  return counted(filePath, judged({ diagnostics: [diagnostic], score: computeScore([], [], { fatal: true }), asOf: today, fatal: true, internalError: false }, criteria));
}
