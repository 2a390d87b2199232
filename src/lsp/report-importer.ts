import type { JsonDocument } from '../core/json-document.js';

/** Turns a report's text into a plan document whose `locate` points into the report's own lines. */
export type ImportReport = (text: string, filePath: string) => JsonDocument;

let importer: Promise<ImportReport | undefined> | undefined;

/**
 * The importer (src/import/, issue 3), loaded on first use; undefined while it is not installed, in which case
 * report files (.txt, .md) are simply not checked.
 */
export function loadReportImporter(): Promise<ImportReport | undefined> {
  importer ??= import('../import/index.js' as string).then(
    (module: Record<string, unknown>) => (typeof module.importReportDocument === 'function' ? (module.importReportDocument as ImportReport) : undefined),
    () => undefined,
  );
  return importer;
}
