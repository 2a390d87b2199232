/**
 * Findings to diagnostics: each path turned into its range, its problem's id and its message's words. Where a
 * path is, is asked of a Placer: the document at hand for a plan's own walk, or ranges read again from the
 * files for a batch (see batch.ts).
 */
import type { JsonPath, Locale } from '../rule-kit/types.js';
import type { Diagnostic, Finding, FindingPlace, RelatedLocation } from './diagnostic.js';
import { formatMessage } from './messages.js';
import type { SourceRange } from './source-range.js';

export interface Placer {
  range(path: JsonPath, target?: 'key' | 'value'): SourceRange;
  /** The id of the problem a path lies in, if any. */
  problemId(path: JsonPath): string | undefined;
  /** A place in another document (the previous one, another plan of a batch), placed there. */
  related(place: FindingPlace): RelatedLocation | undefined;
}

/** The words messages may use for a finding's first related place. */
function relatedData(related: readonly RelatedLocation[]): Record<string, string> {
  if (related.length === 0) return {};
  const [first] = related;
  return { relatedName: first.name, relatedPlace: `${first.name}:${first.range.start.line}:${first.range.start.column}` };
}

export function placeFindings(findings: readonly Finding[], placer: Placer, locale: Locale): Diagnostic[] {
  return findings.map((finding) => {
    const problemId = placer.problemId(finding.path);
    const related = (finding.related ?? []).map((place) => placer.related(place)).filter((place) => place !== undefined);
    const data = related.length > 0 ? { ...finding.data, ...relatedData(related) } : finding.data;
    // Set one by one, in the order output shows them: a literal with optional parts spread in before other
    // properties takes Node 20 about a microsecond a finding, and a plan may give 200 000.
    const diagnostic = { ruleId: finding.ruleId, severity: finding.severity, message: formatMessage(finding.message, data, locale) } as Diagnostic;
    if (finding.messageId) diagnostic.messageId = finding.messageId;
    diagnostic.path = finding.path;
    diagnostic.range = finding.range ?? placer.range(finding.path, finding.target);
    if (finding.category) diagnostic.category = finding.category;
    if (problemId !== undefined) diagnostic.problemId = problemId;
    if (finding.fatal) diagnostic.fatal = true;
    if (finding.internal) diagnostic.internal = true;
    if (finding.suppression) diagnostic.suppression = finding.suppression;
    if (related.length > 0) diagnostic.related = related;
    return diagnostic;
  });
}
