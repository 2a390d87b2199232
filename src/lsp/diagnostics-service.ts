import { basename, dirname, join } from 'node:path';
import {
  FileChangeType,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  type CancellationToken,
  type Connection,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type FileEvent,
  type TextDocuments,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME, type LoadedConfig } from '../config/load-config.js';
import { CheckScheduler } from './check-scheduler.js';
import { CheckThread } from './check-thread.js';
import { checkClassified, classifyDocument, type CheckOutcome, type Classified } from './checker.js';
import { ConfigProblems } from './config-problems.js';
import type { ServerSettings } from './settings.js';
import { filePathOf } from './uris.js';
import { WorkspaceConfigs } from './workspace-configs.js';

export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
}

/**
 * Keeps every open document checked: pushes diagnostics after edits (rate-limited, and never a stale version
 * over a newer one) or answers pulls, re-checks everything when a config file changes, and reports broken
 * configs on the config file while the server goes on serving.
 */
export class DiagnosticsService {
  readonly configs: WorkspaceConfigs;
  private readonly configProblems: ConfigProblems;
  private readonly scheduler: CheckScheduler;
  /** The latest outcome per open document, for pulls and hovers. */
  private readonly outcomes = new Map<string, CheckOutcome>();
  private readonly publishedVersion = new Map<string, number>();
  private readonly warnedUntrusted = new Set<string>();
  /** Where documents are checked, so a long check holds up no other request (see check-thread.ts). */
  private readonly thread?: CheckThread;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: ServerSettings,
  ) {
    this.configs = new WorkspaceConfigs({ cwd: settings.workspaceRoot, trusted: settings.trusted });
    this.configProblems = new ConfigProblems(connection);
    this.scheduler = new CheckScheduler(settings.debounceMs, (uri) => this.pushCheck(uri));
    if (CheckThread.available()) this.thread = new CheckThread({ cwd: settings.workspaceRoot, trusted: settings.trusted });
  }

  private get push(): boolean {
    return this.settings.diagnosticMode === 'push';
  }

  /** Classifies a document and notes what its config says (broken, or plugins withheld). */
  async classify(uri: string): Promise<Classified | undefined> {
    const classified = await classifyDocument(uri, (u) => this.documents.get(u), this.configs, this.settings.workspaceRoot);
    if (classified?.configError) this.configProblems.report(classified.configError);
    if (classified?.config) this.explainWithheldPlugins(classified.config);
    return classified;
  }

  private explainWithheldPlugins(config: LoadedConfig): void {
    const skipped = config.skippedPlugins;
    if (!skipped?.length || !config.file || this.warnedUntrusted.has(config.file)) return;
    this.warnedUntrusted.add(config.file);
    const names = skipped.map((p) => p.specifier).join(', ');
    void this.connection.sendNotification('window/showMessage', {
      type: MessageType.Warning,
      message: `rectlint：工作区未受信任，未加载 ${config.file} 中的插件 ${names}，只运行内置规则。(The workspace is not trusted: plugins ${names} named in ${config.file} were not loaded; only the built-in rules run. Trust the workspace to run them.)`,
    });
  }

  /** The outcome for the document's current version, checking it when there is none yet. */
  async outcomeFor(uri: string): Promise<CheckOutcome | undefined> {
    const document = this.documents.get(uri);
    const known = this.outcomes.get(uri);
    if (document && known && known.version === document.version && known.generation === this.configs.generation) return known;
    const classified = await this.classify(uri);
    if (!classified) return undefined;
    return this.remember(await checkClassified(classified, this.settings, this.thread));
  }

  /** The latest outcome, only if it still describes the document's current text. */
  currentOutcome(uri: string): CheckOutcome | undefined {
    const outcome = this.outcomes.get(uri);
    return outcome && outcome.version === this.documents.get(uri)?.version ? outcome : undefined;
  }

  private remember(outcome: CheckOutcome): CheckOutcome {
    const known = this.outcomes.get(outcome.uri);
    const newer = !known || outcome.version > known.version || (outcome.version === known.version && outcome.generation >= known.generation);
    if (newer && this.documents.get(outcome.uri)) this.outcomes.set(outcome.uri, outcome);
    return outcome;
  }

  changed(uri: string): void {
    if (this.push) this.scheduler.schedule(uri);
  }

  closed(uri: string): void {
    this.scheduler.forget(uri);
    this.outcomes.delete(uri);
    if (this.publishedVersion.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async pushCheck(uri: string): Promise<void> {
    try {
      const outcome = await this.outcomeFor(uri);
      if (outcome) this.publish(outcome);
    } catch (error) {
      this.connection.console.error(`rectlint: checking ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  /**
   * Publishes only the outcome of the document's current version under the current config: anything older is
   * dropped, since the edit or config change that outdated it has scheduled a newer check.
   */
  private publish(outcome: CheckOutcome): void {
    const document = this.documents.get(outcome.uri);
    if (!document || document.version !== outcome.version || outcome.generation !== this.configs.generation) return;
    if ((this.publishedVersion.get(outcome.uri) ?? Number.NEGATIVE_INFINITY) > outcome.version) return;
    if (outcome.diagnostics.length === 0 && !this.publishedVersion.has(outcome.uri) && outcome.kind !== 'plan' && outcome.kind !== 'report') return;
    this.publishedVersion.set(outcome.uri, outcome.version);
    void this.connection.sendDiagnostics({ uri: outcome.uri, version: outcome.version, diagnostics: outcome.diagnostics });
  }

  /** `textDocument/diagnostic`: the full report, or `unchanged` when the client already has this version's. */
  async pull(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const outcome = this.documents.get(params.textDocument.uri) ? await this.outcomeFor(params.textDocument.uri) : undefined;
    if (token.isCancellationRequested) throw cancelled();
    if (!outcome) return { kind: 'full', items: [] };
    const resultId = `${outcome.generation}:${outcome.version}`;
    if (params.previousResultId === resultId) return { kind: 'unchanged', resultId };
    return { kind: 'full', resultId, items: outcome.diagnostics };
  }

  /** A config file changed: forget every config, re-check every open document, re-check the changed configs. */
  async watchedFilesChanged(changes: readonly FileEvent[]): Promise<void> {
    const configFiles = changes.map((change) => ({ change, file: filePathOf(change.uri) })).filter(({ file }) => file && basename(file) === CONFIG_FILE_NAME);
    if (configFiles.length === 0) return;
    this.configs.reset();
    this.configProblems.clearAll();
    this.warnedUntrusted.clear();
    for (const { change, file } of configFiles) {
      // Load a changed config even when no open document uses it, so its errors show at once.
      if (change.type !== FileChangeType.Deleted) await this.classifyProbe(join(dirname(file!), '(probe).json'));
    }
    if (this.push) for (const document of this.documents.all()) this.scheduler.schedule(document.uri);
    else if (this.settings.client.diagnosticRefresh) await this.connection.languages.diagnostics.refresh();
  }

  private async classifyProbe(file: string): Promise<void> {
    const { config, error } = await this.configs.forFile(file);
    if (error) this.configProblems.report(error);
    if (config) this.explainWithheldPlugins(config);
  }
}
