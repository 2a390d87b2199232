/** The importer: reports and ledgers (.txt, .md, .docx, .xlsx, .csv, .pdf) in, plans whose every value keeps its place in the report out. */
export { importDocument, importReport, type ImportedPlan, type ImportedReport, type ImportOptions } from './import-report.js';
export { importedDocument, reportDocument } from './document.js';
export { readReport, type ReadReport } from './read-report.js';
export { fileFormat, isReportFile, READABLE_EXTENSIONS, reportFormat, REPORT_EXTENSIONS, type FileFormat, type ReportFormat } from './report-files.js';
export { UNRECOGNIZED_KEY, countUnrecognized } from './unrecognized.js';
