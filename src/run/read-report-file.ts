/**
 * A report file's bytes read as a plan, as every front end that reads files does it (check, import, the
 * workbench): a .doc or .wps file is first converted to .docx (src/convert/soffice.ts, loaded only then).
 */
import { readReport, type ReadReport } from '../import/read-report.js';
import type { ImportOptions } from '../import/import-report.js';
import { reportFormat } from '../import/report-files.js';

export async function readReportFile(bytes: Uint8Array, file: string, options: Pick<ImportOptions, 'lexicon'> = {}): Promise<ReadReport> {
  if (reportFormat(file) !== 'doc') return readReport(bytes, file, options);
  const converted = await (await import('../convert/soffice.js')).convertToDocx(bytes, file);
  if ('error' in converted) return { error: converted.error, text: '' };
  return readReport(converted.bytes, `${file}.docx`, options);
}
