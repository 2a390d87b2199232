import type { JsonDocument } from '../core/json-document.js';
import { importedDocument } from './document.js';
import { importReport } from './import-report.js';

/** A report's text (already decoded) as the document the core lints. */
export function reportDocument(text: string, format: 'text' | 'markdown'): JsonDocument {
  return importedDocument(importReport(text, { markdown: format === 'markdown' }));
}
