import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { describePlace } from '../formatters/place.js';
import type { JsonPath, Locale, RuleMeta } from '../rule-kit/types.js';
import { toLspRange } from './positions.js';
import { ruleDocUrl } from './rule-docs.js';

export const SOURCE = 'rectlint';

const SEVERITY = { error: DiagnosticSeverity.Error, warn: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** What a diagnostic carries back to the server in code-action requests. */
export interface DiagnosticData {
  ruleId: string;
  path: JsonPath;
  messageId?: string;
}

/** A core diagnostic as the editor shows it: same range as the CLI, the rule id as code, a link to its page. */
export function toLspDiagnostic(diagnostic: Diagnostic, text: string, metas: ReadonlyMap<string, RuleMeta>, locale: Locale = 'zh-CN'): LspDiagnostic {
  const href = ruleDocUrl(diagnostic.ruleId, metas.get(diagnostic.ruleId));
  const place = describePlace(diagnostic.range.place, locale);
  const data: DiagnosticData = { ruleId: diagnostic.ruleId, path: diagnostic.path, ...(diagnostic.messageId ? { messageId: diagnostic.messageId } : {}) };
  return {
    range: toLspRange(diagnostic.range, text),
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    // A ledger's cell (a CSV file's D7) as the CLI prints it, after the message.
    message: place ? `${diagnostic.message} (${place})` : diagnostic.message,
    data,
  };
}
