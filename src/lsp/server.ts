import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME } from '../config/load-config.js';
import { VERSION } from '../cli/version.js';
import { clampFormatting, clampPosition, clampRange } from './clamp.js';
import { cancelled, DiagnosticsService } from './diagnostics-service.js';
import { combineHovers, findingDocs } from './finding-hover.js';
import { JsonFeatures } from './json-features.js';
import { planOutline } from './plan-outline.js';
import { skeletonFixes } from './quick-fixes.js';
import { readSettings, type ServerSettings } from './settings.js';

/** Runs a handler so that a failure is logged and answered with `fallback`, never thrown at the connection. */
function guarded<P extends unknown[], R>(connection: Connection, name: string, fallback: R, handler: (...args: P) => Promise<R> | R) {
  return async (...args: P): Promise<R> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      connection.console.error(`rectlint: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };
}

/** Wires the language server onto a connection: LSP 3.17, incremental sync, push or pull diagnostics. */
export function startLanguageServer(connection: Connection, options: { cwd: string }): void {
  const documents = new TextDocuments(TextDocument);
  const json = new JsonFeatures();
  let settings: ServerSettings | undefined;
  let diagnostics: DiagnosticsService | undefined;

  connection.onInitialize((params): InitializeResult => {
    settings = readSettings(params, options.cwd);
    diagnostics = new DiagnosticsService(connection, documents, settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: ['"', ':'] },
        hoverProvider: true,
        documentSymbolProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        ...(settings.diagnosticMode === 'pull' ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'rectlint', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (settings?.client.watchedFilesRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] });
    }
  });

  documents.onDidChangeContent(({ document }) => diagnostics?.changed(document.uri));
  documents.onDidClose(({ document }) => {
    diagnostics?.closed(document.uri);
    json.forget(document.uri);
  });
  connection.onDidChangeWatchedFiles(guarded(connection, 'watched files', undefined, (params) => diagnostics?.watchedFilesChanged(params.changes)));
  connection.languages.diagnostics.on(guarded(connection, 'diagnostic pull', { kind: 'full' as const, items: [] }, (params, token) => diagnostics!.pull(params, token)));

  /** The document and its kind, for the documents rectlint serves (plans, reports, its config); else undefined. */
  const served = async (uri: string) => {
    const classified = await diagnostics?.classify(uri);
    const document = documents.get(uri);
    if (!classified || !document || classified.kind === 'other') return undefined;
    return { kind: classified.kind, document };
  };
  /** JSON editing features are for plans and the config file, not for reports. */
  const editable = async (uri: string) => {
    const target = await served(uri);
    return target && target.kind !== 'report' ? { kind: target.kind, document: target.document } : undefined;
  };

  connection.onCompletion(
    guarded(connection, 'completion', null, async ({ textDocument, position }, token) => {
      const target = await editable(textDocument.uri);
      if (token.isCancellationRequested) throw cancelled();
      return target ? json.complete(target.kind, target.document, clampPosition(target.document, position)) : null;
    }),
  );

  connection.onHover(
    guarded(connection, 'hover', null, async ({ textDocument, position }, token) => {
      const target = await served(textDocument.uri);
      if (!target || token.isCancellationRequested) return null;
      const outcome = diagnostics!.currentOutcome(textDocument.uri);
      const at = clampPosition(target.document, position);
      const findings = outcome ? findingDocs(outcome.diagnostics, at, outcome.metas, settings!.locale) : undefined;
      return combineHovers(findings, target.kind === 'report' ? null : await json.hover(target.kind, target.document, at));
    }),
  );

  connection.onDocumentSymbol(
    guarded(connection, 'document symbols', [], async ({ textDocument }) => {
      const target = await editable(textDocument.uri);
      return target?.kind === 'plan' ? planOutline(target.document) : [];
    }),
  );

  connection.onDocumentFormatting(
    guarded(connection, 'formatting', [], async ({ textDocument, options: formatting }) => {
      const target = await editable(textDocument.uri);
      return target ? json.format(target.kind, target.document, undefined, clampFormatting(formatting)) : [];
    }),
  );

  connection.onDocumentRangeFormatting(
    guarded(connection, 'range formatting', [], async ({ textDocument, range, options: formatting }) => {
      const target = await editable(textDocument.uri);
      return target ? json.format(target.kind, target.document, clampRange(target.document, range), clampFormatting(formatting)) : [];
    }),
  );

  connection.onCodeAction(
    guarded(connection, 'code actions', [], async ({ textDocument, context }) => {
      const target = await served(textDocument.uri);
      return target?.kind === 'plan' ? skeletonFixes(target.document, context.diagnostics, settings?.client.versionedWorkspaceEdits ?? false) : [];
    }),
  );

  documents.listen(connection);
  connection.listen();
}
