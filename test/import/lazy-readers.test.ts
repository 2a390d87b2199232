import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../cli/run-cli.js';
import { tempProject } from '../temp-project.js';

const RECORDER = resolve(import.meta.dirname, '../lsp/fixtures/record-imports.mjs');
const PLAN = resolve(import.meta.dirname, '../../examples/complete-plan.json');

/** The modules `rectlint …args` loads (the built binary, in a process of its own, with module hooks that log). */
function modulesLoadedBy(args: string[], files: Record<string, string | Uint8Array>): string[] {
  const root = tempProject(files);
  const log = join(root, 'imports.log');
  const run = spawnSync(process.execPath, ['--import', RECORDER, BIN, ...args], { cwd: root, env: { ...process.env, RECTLINT_IMPORT_LOG: log }, encoding: 'utf8' });
  expect(run.error).toBeUndefined();
  return readFileSync(log, 'utf8').trim().split('\n');
}

const isReaderCode = (url: string) => /\/dist\/src\/(read|import)\/|\/node_modules\/(exceljs|pdfjs-dist|jszip|fast-xml-parser)\//u.test(url);

describe('readers load on demand', () => {
  it('checking a plan loads no reader, importer or reading library', () => {
    const loaded = modulesLoadedBy(['check', 'plan.json'], { 'plan.json': readFileSync(PLAN, 'utf8') });
    expect(loaded.some((url) => url.endsWith('/dist/src/cli/check.js'))).toBe(true);
    // What decides how a file is read (its extension, its first bytes) is loaded for every file; no reader is.
    const deciding = ['/dist/src/import/report-files.js', '/dist/src/read/compound-file.js'];
    expect(loaded.filter((url) => isReaderCode(url) && !deciding.some((end) => url.endsWith(end)))).toEqual([]);
  });

  it('checking a CSV ledger loads the CSV reader, and neither Excel nor PDF code', () => {
    const loaded = modulesLoadedBy(['check', 'ledger.csv'], { 'ledger.csv': '序号,反馈问题,整改措施,责任领导,整改时限\n1,制度执行不严,修订制度,局长 甲,2024年6月底前\n' });
    expect(loaded.some((url) => url.includes('/dist/src/read/csv/'))).toBe(true);
    expect(loaded.filter((url) => /\/dist\/src\/read\/(xlsx|pdf)\/|\/node_modules\/(exceljs|pdfjs-dist)\//u.test(url))).toEqual([]);
  });
});
