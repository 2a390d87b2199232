import type { ClientCapabilities, InitializeParams } from 'vscode-languageserver/node.js';
import { isIsoDate } from '../core/dates.js';
import type { Locale } from '../rule-kit/types.js';
import { filePathOf } from './uris.js';

/** What the client asked for at `initialize`, read once and never trusted blindly. */
export interface ServerSettings {
  /** Plugin code named by a workspace config runs only when the client says the workspace is trusted. */
  trusted: boolean;
  locale: Locale;
  /** "Today" for time-based checks, as `--as-of`; undefined: the plan's report date, else today. */
  asOf?: string;
  /** The shortest interval between two checks of one document while it is being edited. */
  debounceMs: number;
  /** Push diagnostics (publishDiagnostics), or let the client pull them (textDocument/diagnostic). */
  diagnosticMode: 'push' | 'pull';
  workspaceRoot: string;
  client: {
    versionedWorkspaceEdits: boolean;
    watchedFilesRegistration: boolean;
    diagnosticRefresh: boolean;
  };
}

export const DEFAULT_DEBOUNCE_MS = 150;

function chooseLocale(requested: unknown, clientLocale: string | undefined): Locale {
  const wanted = typeof requested === 'string' ? requested : clientLocale ?? '';
  return /^en/i.test(wanted) ? 'en' : 'zh-CN';
}

function clientSummary(capabilities: ClientCapabilities): ServerSettings['client'] {
  return {
    versionedWorkspaceEdits: capabilities.workspace?.workspaceEdit?.documentChanges === true,
    watchedFilesRegistration: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    diagnosticRefresh: capabilities.workspace?.diagnostics?.refreshSupport === true,
  };
}

/**
 * Reads `initializationOptions`: `trusted`, `locale` (zh-CN | en; default the client's locale), `asOf`
 * (YYYY-MM-DD), `debounceMs`, `diagnosticMode` (push | pull; default pull when the client can pull).
 */
export function readSettings(params: InitializeParams, fallbackRoot: string): ServerSettings {
  const options = (params.initializationOptions ?? {}) as Record<string, unknown>;
  const canPull = params.capabilities.textDocument?.diagnostic !== undefined;
  const mode = options.diagnosticMode === 'push' || options.diagnosticMode === 'pull' ? options.diagnosticMode : canPull ? 'pull' : 'push';
  const debounce = typeof options.debounceMs === 'number' ? options.debounceMs : Number.NaN;
  const rootUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
  return {
    trusted: options.trusted === true,
    locale: chooseLocale(options.locale, params.locale),
    asOf: isIsoDate(options.asOf) ? options.asOf : undefined,
    debounceMs: Number.isFinite(debounce) && debounce >= 0 ? debounce : DEFAULT_DEBOUNCE_MS,
    diagnosticMode: mode,
    workspaceRoot: (rootUri && filePathOf(rootUri)) ?? fallbackRoot,
    client: clientSummary(params.capabilities),
  };
}

