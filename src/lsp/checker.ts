import { join } from 'node:path';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lintText, type FileResult } from '../api.js';
import type { ConfigError } from '../config/config-error.js';
import type { LoadedConfig } from '../config/load-config.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { Locale, RuleMeta } from '../rule-kit/types.js';
import type { CheckThread } from './check-thread.js';
import { documentKind, type DocumentKind } from './document-kind.js';
import { configErrorOnDocument } from './config-problems.js';
import { toLspDiagnostic } from './lsp-diagnostics.js';
import type { ServerSettings } from './settings.js';
import { filePathOf } from './uris.js';
import type { WorkspaceConfigs } from './workspace-configs.js';

/** One check of one version of a document. */
export interface CheckOutcome {
  uri: string;
  version: number;
  /** The config generation it was made under. */
  generation: number;
  kind: DocumentKind;
  diagnostics: LspDiagnostic[];
  /** The core's result (diagnostics with their JSON paths, score). */
  result?: FileResult;
  metas: ReadonlyMap<string, RuleMeta>;
  configError?: ConfigError;
}

/** The file a document stands for; unsaved documents are placed in the workspace root. */
export function documentFilePath(document: TextDocument, workspaceRoot: string): string {
  return filePathOf(document.uri) ?? join(workspaceRoot, document.languageId === 'json' || document.languageId === 'jsonc' ? '(untitled).json' : '(untitled).txt');
}

function metasOf(registry: ReadonlyMap<string, { meta: RuleMeta }>): Map<string, RuleMeta> {
  return new Map([...registry].map(([id, rule]) => [id, rule.meta]));
}

export interface Classified {
  kind: DocumentKind;
  filePath: string;
  config?: LoadedConfig;
  configError?: ConfigError;
  uri: string;
  /** The version and text the kind was decided on; the check reads the same snapshot. */
  version: number;
  text: string;
  generation: number;
}

/**
 * What a document is (plan, report, config, other) under the config that governs it, resolved as `rectlint
 * check` resolves it. The config is resolved first (the only wait); the document is read after it, so the
 * answer describes the version current when it returns. Undefined when the document was closed meanwhile.
 */
export async function classifyDocument(uri: string, current: (uri: string) => TextDocument | undefined, configs: WorkspaceConfigs, workspaceRoot: string): Promise<Classified | undefined> {
  const opened = current(uri);
  if (!opened) return undefined;
  const filePath = documentFilePath(opened, workspaceRoot);
  const generation = configs.generation;
  const { config, error } = await configs.forFile(filePath);
  const document = current(uri);
  if (!document) return undefined;
  const text = document.getText();
  const kind = documentKind({ filePath, text, config });
  return { kind, filePath, config, configError: error, uri, version: document.version, text, generation };
}

/**
 * Checks a classified document with the same API call as the CLI (api.ts's lintText with the resolved config;
 * the file name tells it a report from a plan).
 * The outcome carries the version whose text was checked, read together with the text.
 */
export async function checkClassified(classified: Classified, settings: ServerSettings, thread?: CheckThread): Promise<CheckOutcome> {
  const { kind, uri, version, text, config, configError, filePath, generation } = classified;
  const base = { uri, version, generation, kind, metas: new Map<string, RuleMeta>() };
  if (kind === 'config' || kind === 'other') return { ...base, diagnostics: [] };
  if (!config) return { ...base, diagnostics: configError ? [configErrorOnDocument(configError, settings.locale)] : [], configError };
  // A report's text (.txt, .md, .csv) is imported by lintText itself, as `rectlint check` imports the file.
  // On the check thread when there is one (a long check then holds up no other request), else here.
  const result = thread
    ? await thread.check({ text, filePath, locale: settings.locale, generation, ...(settings.asOf !== undefined ? { asOf: settings.asOf } : {}) })
    : await lintText(text, { filePath, config, locale: settings.locale, asOf: settings.asOf });
  const metas = metasOf(config.registry);
  return { ...base, result, metas, diagnostics: shownInEditor(result.diagnostics, text, metas, settings.locale) };
}

/**
 * The most diagnostics sent for one document. An editor lists a few thousand at most, and a message of 120 000
 * (tens of megabytes of JSON) was never delivered at all; past the limit, one more diagnostic on the first line
 * says how many are left out and where to see them all.
 */
export const MAX_EDITOR_DIAGNOSTICS = 10_000;

function shownInEditor(diagnostics: readonly Diagnostic[], text: string, metas: ReadonlyMap<string, RuleMeta>, locale: Locale): LspDiagnostic[] {
  const shown = diagnostics.slice(0, MAX_EDITOR_DIAGNOSTICS).map((d) => toLspDiagnostic(d, text, metas, locale));
  const left = diagnostics.length - shown.length;
  if (left > 0) {
    shown.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 3,
      source: 'rectlint',
      message: locale === 'en' ? `${left} more findings are not shown here; rectlint check lists them all` : `另有 ${left} 条审核发现未在此显示；rectlint check 列出全部`,
    });
  }
  return shown;
}
