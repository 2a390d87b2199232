import { localToday } from '../core/dates.js';
import type { JsonDocument } from '../core/json-document.js';
import { lintDocument, lintText as lintCore, type LintResult } from '../core/lint.js';
import type { LoadedConfig } from '../config/load-config.js';
import { settingsForFile } from '../config/settings-for-file.js';
import type { Severity } from '../rule-kit/types.js';
import type { LintRunOptions } from './run-options.js';

/** A file's rule settings: its config's (overrides included), then the `--rule` flags. */
export function settingsWithOverrides(config: LoadedConfig, file: string, overrides: Record<string, Severity> | undefined) {
  const settings = { ...settingsForFile(config, file) };
  for (const [id, severity] of Object.entries(overrides ?? {})) settings[id] = { ...settings[id], severity };
  return settings;
}

/** Lints plan JSON text, or a document already read (an imported report, whose positions are the report's). */
export function lintWithConfig(source: string | JsonDocument, filePath: string, config: LoadedConfig, options: LintRunOptions): LintResult {
  const lintOptions = {
    registry: [...config.registry.values()],
    settings: settingsWithOverrides(config, filePath, options.ruleOverrides),
    weights: config.weights,
    asOf: options.asOf,
    today: options.today ?? localToday(),
    locale: options.locale,
    quiet: options.quiet,
    minScore: options.minScore,
  };
  return typeof source === 'string' ? lintCore(source, lintOptions) : lintDocument(source, lintOptions);
}
