import { relative, sep } from 'node:path';
import { localToday } from '../core/dates.js';
import type { JsonDocument } from '../core/json-document.js';
import { lintDocument, lintText as lintCore, type LintResult, type PreviousDocument } from '../core/lint.js';
import type { RuleMonitor, StoppedRule } from '../core/runner.js';
import { recordOf } from '../core/records.js';
import type { LoadedConfig } from '../config/load-config.js';
import { settingsForFile } from '../config/settings-for-file.js';
import type { Severity } from '../rule-kit/types.js';
import type { LintRunOptions } from './run-options.js';

/** A file's rule settings: its config's (overrides included), then the `--rule` flags. */
export function settingsWithOverrides(config: LoadedConfig, file: string, overrides: Record<string, Severity> | undefined) {
  const settings = recordOf(settingsForFile(config, file));
  for (const [id, severity] of Object.entries(overrides ?? {})) settings[id] = { ...settings[id], severity };
  return settings;
}

/** What the core is given besides the file: the document it is based on, and whether a batch phase follows. */
export interface FileContext {
  previous?: PreviousDocument;
  /** Leave batch rules for the run's batch phase (lintFiles); alone otherwise. */
  deferBatch?: boolean;
  /** Told which rule runs, for a watchdog; and the rules it stopped on this file before (see run/rule-watch.ts). */
  monitor?: RuleMonitor;
  stopped?: readonly StoppedRule[];
}

/** Lints plan JSON text, or a document already read (an imported report, whose positions are the report's). */
export function lintWithConfig(source: string | JsonDocument, filePath: string, config: LoadedConfig, options: LintRunOptions, context: FileContext = {}): LintResult {
  const lintOptions = {
    ...context,
    fileName: relative(options.cwd ?? process.cwd(), filePath).split(sep).join('/'),
    registry: [...config.registry.values()],
    settings: settingsWithOverrides(config, filePath, options.ruleOverrides),
    weights: config.weights,
    asOf: options.asOf,
    today: options.today ?? localToday(),
    locale: options.locale,
    minScore: options.minScore,
  };
  return typeof source === 'string' ? lintCore(source, lintOptions) : lintDocument(source, lintOptions);
}
