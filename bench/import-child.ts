/**
 * One measured reading of a ledger file in its own process, so each figure has its own peak memory:
 *   node --import tsx bench/import-child.ts floor FILE   the library's own load of the file (the floor)
 *   node --import tsx bench/import-child.ts read FILE    rectlint's reading: the document, the plan, the findings
 * Both load the same code first (the clock starts after), so the difference is the work done on the file, and the
 * peak memory of each includes the same code. The last line of stdout is JSON: { ms, maxRssMB, units } (units: problems read, or pages loaded by the floor).
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

const [mode, file] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file));
const kind = extname(file).slice(1);
// Code is loaded before the clock starts: the figures are the reading, not the loading of modules.
const { readReport } = await import('../src/import/read-report.js');
const { lintDocument } = await import('../src/core/lint.js');
const { loadConfig } = await import('../src/api.js');
const { default: ExcelJS } = await import('exceljs');
const { default: JSZip } = await import('jszip');
const { XMLParser } = await import('fast-xml-parser');
const { openPdf } = await import('../src/read/pdf/load.js');
const config = await loadConfig(undefined, process.cwd());
const started = performance.now();
let units = 0;
if (mode === 'floor') units = await floor();
else {
  const read = await readReport(bytes, file);
  if ('error' in read) throw new Error(read.error.en);
  lintDocument(read.document, { registry: [...config.registry.values()], settings: config.settings, today: '2026-11-24', asOf: '2024-06-30' });
  units = read.imported.plan.aspects.reduce((n, aspect) => n + aspect.problems.length, 0);
}
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, units }));

/** What the format's library does to open the file and give its contents, before any reading of ours. */
async function floor(): Promise<number> {
  if (kind === 'xlsx') {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    return book.worksheets.length;
  }
  if (kind === 'docx') {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    new XMLParser({ preserveOrder: true, ignoreAttributes: false }).parse(xml);
    return 1;
  }
  const document = await openPdf(bytes);
  if ('error' in document) throw new Error(document.error.en);
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    await page.getTextContent();
    await page.getOperatorList();
  }
  return document.numPages;
}
