/**
 * Any file `rectlint check` reads, as a document: plan JSON parsed, or a report imported through the importer's
 * public reading path (readReportFile: a .doc converted first). For what a run reads besides the files it checks: the plan a report is based on.
 */
import type { JsonDocument } from '../core/json-document.js';
import { planDocument } from '../core/lint.js';
import { decodeUtf8 } from '../decode.js';
import { isReportFile } from '../import/report-files.js';
import type { LocalizedText } from '../rule-kit/types.js';

export type ReadPlan = { document: JsonDocument } | { error: LocalizedText };

export async function readPlanDocument(file: string, bytes: Uint8Array): Promise<ReadPlan> {
  if (isReportFile(file)) {
    const read = await (await import('./read-report-file.js')).readReportFile(bytes, file);
    return 'error' in read ? { error: read.error } : { document: read.document };
  }
  const decoded = decodeUtf8(bytes);
  return 'error' in decoded ? { error: decoded.error } : { document: planDocument(decoded.text) };
}
