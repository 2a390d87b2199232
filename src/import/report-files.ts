import { extname } from 'node:path';

/** How a report file is read: its extension decides. */
export type ReportFormat = 'text' | 'markdown' | 'docx';

const FORMATS: Record<string, ReportFormat> = { '.txt': 'text', '.md': 'markdown', '.docx': 'docx' };

/** Files imported as reports rather than parsed as plan JSON. */
export const REPORT_EXTENSIONS: readonly string[] = Object.keys(FORMATS);

export function reportFormat(file: string): ReportFormat | undefined {
  return FORMATS[extname(file).toLowerCase()];
}

export function isReportFile(file: string): boolean {
  return reportFormat(file) !== undefined;
}

/** What `rectlint check` reads a file as: plan JSON, or a report in one of the formats above. */
export type FileFormat = 'json' | ReportFormat;

/** Every extension `rectlint check` reads, plans first. */
export const READABLE_EXTENSIONS: readonly string[] = ['.json', ...REPORT_EXTENSIONS];

/**
 * The format `rectlint check` reads a named file in, by its extension, or undefined for a file type it does not
 * read: front ends that take files from users (the workbench's upload) ask this rather than keep a list.
 */
export function fileFormat(file: string): FileFormat | undefined {
  return extname(file).toLowerCase() === '.json' ? 'json' : reportFormat(file);
}
