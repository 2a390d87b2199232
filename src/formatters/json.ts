import type { Diagnostic, RelatedLocation } from '../core/diagnostic.js';
import type { Locale } from '../rule-kit/types.js';
import { describePlace } from './place.js';
import type { Formatter } from './types.js';

const SEVERITY_NUMBER = { error: 2, warn: 1, info: 0 } as const;

/** ESLint's `suppressions` entry (kind and justification), with who approved it and until when. */
function suppressionsOf(d: Diagnostic) {
  const s = d.suppression!;
  return [{ kind: s.kind === 'baseline' ? 'baseline' : 'directive', justification: s.reason, ...(s.approvedBy ? { approvedBy: s.approvedBy } : {}), ...(s.until ? { until: s.until } : {}) }];
}

function message(d: Diagnostic, locale: Locale) {
  const place = describePlace(d.range.place, locale);
  return {
    ruleId: d.ruleId,
    severity: SEVERITY_NUMBER[d.severity],
    message: d.message,
    line: d.range.start.line,
    column: d.range.start.column,
    endLine: d.range.end.line,
    endColumn: d.range.end.column,
    path: d.path,
    // In a file that is not plain text: where in its own terms (a sheet's cell, a table cell, a PDF page and line).
    ...(place ? { place: d.range.place, placeText: place } : {}),
    ...(d.messageId ? { messageId: d.messageId } : {}),
    ...(d.problemId ? { problemId: d.problemId } : {}),
    ...(d.fatal ? { fatal: true } : {}),
    ...(d.related ? { related: d.related.map(relatedLocation) } : {}),
  };
}

/** Another place the message concerns (the plan a report dropped a problem of, another unit's copy). */
function relatedLocation(r: RelatedLocation) {
  return { filePath: r.filePath, line: r.range.start.line, column: r.range.start.column, endLine: r.range.end.line, endColumn: r.range.end.column, path: r.path };
}

/** ESLint's result shape, plus each file's score, grade and verdict, and each message's JSON path. */
const json: Formatter = (results, context) => {
  const output = results.map((result) => ({
    filePath: result.filePath,
    messages: result.diagnostics.map((d) => message(d, context.locale)),
    suppressedMessages: (result.suppressed ?? []).map((d) => ({ ...message(d, context.locale), suppressions: suppressionsOf(d) })),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    infoCount: result.infoCount,
    fatalErrorCount: result.fatal ? 1 : 0,
    score: result.score.score,
    grade: result.score.grade.label[context.locale === 'en' ? 'en' : 'zh'],
    gradeKey: result.score.grade.key,
    verdict: { key: result.verdict.key, label: result.verdict.label[context.locale === 'en' ? 'en' : 'zh'], passMark: result.verdict.passMark, reasons: result.verdict.reasons, ...(result.verdict.limits ? { limits: result.verdict.limits } : {}) },
    asOf: result.asOf,
    ...(context.explainScore
      ? { scoreBreakdown: { byCategory: result.score.byCategory, byRule: result.score.byRule, byProblem: result.score.byProblem } }
      : {}),
  }));
  return `${JSON.stringify(output, null, 2)}\n`;
};

export default json;
