import { DiagnosticSeverity, type Connection, type Diagnostic as LspDiagnostic, type Range } from 'vscode-languageserver/node.js';
import type { ConfigError, ConfigProblem } from '../config/config-error.js';
import type { Locale } from '../rule-kit/types.js';
import { SOURCE } from './lsp-diagnostics.js';
import { fileUri } from './uris.js';

export const CONFIG_ERROR_CODE = 'config-error';

function errorRange(error: Pick<ConfigProblem, 'line' | 'column'>): Range {
  const line = Math.max((error.line ?? 1) - 1, 0);
  const character = Math.max((error.column ?? 1) - 1, 0);
  return { start: { line, character }, end: { line, character: character + 1 } };
}

/** Every problem of the config error that is in `file`, at its line and column. */
function onConfigFile(error: ConfigError, file: string): LspDiagnostic[] {
  return error.problems
    .filter((problem) => problem.file === file)
    .map((problem) => ({ range: errorRange(problem), severity: DiagnosticSeverity.Error, code: CONFIG_ERROR_CODE, source: SOURCE, message: problem.detail }));
}

/** On a plan governed by a broken config: why it was not checked, pointing at the config. */
export function configErrorOnDocument(error: ConfigError, locale: Locale): LspDiagnostic {
  const message = locale === 'en' ? `not checked: the configuration is broken (${error.message})` : `未检查：配置文件有误（${error.message}）`;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    code: CONFIG_ERROR_CODE,
    source: SOURCE,
    message,
    relatedInformation: [{ location: { uri: fileUri(error.file), range: errorRange(error) }, message: error.detail }],
  };
}

/**
 * Diagnostics on config files, always pushed (a config file is not a document the client pulls rectlint's
 * diagnostics for). Cleared all at once when configs change; the re-check reports what is still broken.
 */
export class ConfigProblems {
  private readonly published = new Map<string, string>();

  constructor(private readonly connection: Connection) {}

  report(error: ConfigError): void {
    for (const file of new Set(error.problems.map((problem) => problem.file))) {
      const uri = fileUri(file);
      if (this.published.get(uri) === error.message) continue;
      this.published.set(uri, error.message);
      void this.connection.sendDiagnostics({ uri, diagnostics: onConfigFile(error, file) });
    }
  }

  clearAll(): void {
    for (const uri of this.published.keys()) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published.clear();
  }
}
