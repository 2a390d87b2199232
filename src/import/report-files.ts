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
