import { join } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol/node';
import type { FileResult } from '../../src/api.js';
import { fileUri, REPO_ROOT } from './lsp-client.js';

const SEVERITY = { error: DiagnosticSeverity.Error, warn: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** The CLI's findings (1-based lines and columns) as LSP diagnostics would carry them (0-based). */
export function asLsp(result: FileResult) {
  return result.diagnostics.map((d) => ({
    code: d.ruleId,
    severity: SEVERITY[d.severity],
    message: d.message,
    range: { start: { line: d.range.start.line - 1, character: d.range.start.column - 1 }, end: { line: d.range.end.line - 1, character: d.range.end.column - 1 } },
  }));
}

export function comparable(diagnostics: Diagnostic[]) {
  return diagnostics.map(({ code, severity, message, range }) => ({ code, severity, message, range }));
}

export const docUrl = (ruleId: string) => fileUri(join(REPO_ROOT, 'docs', 'rules', `${ruleId}.md`));

/** [code, 0-based line, 0-based character] of each diagnostic, for compact exact assertions. */
export const placed = (diagnostics: Diagnostic[]) => diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]);
