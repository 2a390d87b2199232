/**
 * A report file (.txt, .md, .docx, .xlsx, .csv, .pdf) from its bytes to a result: imported in memory, then linted with every
 * diagnostic on the report's own lines. Not cached: importing costs about what reading the cache would.
 */
import { counted, unreadable } from './file-result.js';
import { lintWithConfig } from './lint-with-config.js';
import type { LoadedConfig } from '../config/load-config.js';
import { readReportFile } from './read-report-file.js';
import { keepOnlyWhatIsPrinted, type FileOutcome, type FileRunOptions, type FileWatch } from './lint-file.js';
import { previousSource, readPrevious } from './previous-document.js';

export async function lintReportFile(file: string, bytes: Uint8Array, config: LoadedConfig, options: FileRunOptions, watch: FileWatch = {}): Promise<FileOutcome> {
  const read = await readReportFile(bytes, file, { lexicon: config.import });
  if ('error' in read) return { result: unreadable(file, read.error, options.locale, read.text, options.today, options, read.range) };
  const source = previousSource(file, read.document.value, options);
  const previous = source ? (await readPrevious(source, file)).previous : undefined;
  const result = counted(file, lintWithConfig(read.document, file, config, options, { previous, deferBatch: options.deferBatch, ...watch }));
  keepOnlyWhatIsPrinted(result, options);
  // A worker sends the plan as JSON text (see worker-pool); the imported plan is that JSON.
  return { result, ...(result.plan !== undefined ? { planText: JSON.stringify(result.plan) } : {}) };
}
