/**
 * pdf.js's worker, with one bound tightened before it runs: a font's ToUnicode map may give one range of codes
 * (`beginbfrange`) up to 16.7 million entries, each a string stored in a sparse array. A broken or hostile PDF with
 * such a range costs seconds and gigabytes (a damaged stream read as `<00A257> <A24F80> <…>`: 10.6 million entries,
 * 4–5 s); no font maps more than 65 536 codes to Unicode. A larger range is skipped as pdf.js skips ranges over its
 * own bound (a warning, the rest of the map read). The installed worker is patched as it is loaded: when its code
 * no longer has the statement this changes, the worker loads as it is (a test fails then, so an upgrade is noticed).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const RANGE_GUARD = 'if (high - low > MAX_MAP_RANGE) {\n      throw new Error("mapBfRange - ignoring data above MAX_MAP_RANGE.");';
/** The most codes one ToUnicode range maps: every two-byte code. */
const LARGEST_TO_UNICODE_RANGE = 0xffff;

export interface WorkerSource {
  source: string;
  /** Whether the bound was tightened (false: pdf.js's code changed and the worker runs as shipped). */
  bounded: boolean;
}

export function boundedWorkerSource(): WorkerSource {
  const file = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const source = readFileSync(file, 'utf8');
  const at = source.indexOf(RANGE_GUARD);
  if (at < 0 || source.indexOf(RANGE_GUARD, at + 1) >= 0) return { source, bounded: false };
  const guard = RANGE_GUARD.replace('MAX_MAP_RANGE) {', `${LARGEST_TO_UNICODE_RANGE}) {`);
  return { source: source.slice(0, at) + guard + source.slice(at + RANGE_GUARD.length), bounded: true };
}

/**
 * The worker's message handler, for pdf.js to run in this thread (`globalThis.pdfjsWorker`). The patched code is
 * kept in the temporary folder under its own hash, as a module file loads faster than the same code in a data URL;
 * where that folder cannot be written, it loads from a data URL.
 */
export async function boundedWorker(): Promise<{ WorkerMessageHandler: unknown }> {
  const { source } = boundedWorkerSource();
  const file = join(tmpdir(), `rectlint-pdf-worker-${createHash('sha1').update(source).digest('hex').slice(0, 16)}.mjs`);
  try {
    if (!existsSync(file)) {
      // Written aside and renamed, so a process starting meanwhile never imports half a file.
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, source);
      renameSync(partial, file);
    }
    return (await import(pathToFileURL(file).href)) as { WorkerMessageHandler: unknown };
  } catch {
    return import(`data:text/javascript;charset=utf-8,${encodeURIComponent(source)}`) as Promise<{ WorkerMessageHandler: unknown }>;
  }
}
