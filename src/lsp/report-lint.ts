import type { FileResult } from '../api.js';
import type { LoadedConfig } from '../config/load-config.js';
import { settingsForFile } from '../config/settings-for-file.js';
import { localToday } from '../core/dates.js';
import { lintDocument } from '../core/lint.js';
import type { Locale } from '../rule-kit/types.js';
import type { ImportReport } from './report-importer.js';

/** A report (.txt/.md) imported in memory and checked by the core, its diagnostics on the report's own lines. */
export function lintReport(importReport: ImportReport, text: string, options: { filePath: string; config: LoadedConfig; locale: Locale; asOf?: string }): FileResult {
  const { filePath, config, locale, asOf } = options;
  const result = lintDocument(importReport(text, filePath), {
    registry: [...config.registry.values()],
    settings: settingsForFile(config, filePath),
    weights: config.weights,
    asOf,
    today: localToday(),
    locale,
  });
  const count = (severity: string) => result.diagnostics.filter((d) => d.severity === severity).length;
  return { filePath, ...result, errorCount: count('error'), warningCount: count('warn'), infoCount: count('info') };
}
