/**
 * What the fuzzer mutates: the example plans, the seed reports and the corpus documents in every format the
 * importer reads. Read from where the project keeps them; nothing is copied into the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { isReportFile } from '../../src/import/report-files.js';

export type SeedKind = 'plan' | 'report' | 'binary-report';

export interface Seed {
  /** Where it came from, as printed with a failing case. */
  name: string;
  /** The extension decides how the file is read (plan JSON, .txt/.md report, .docx …). */
  extension: string;
  kind: SeedKind;
  bytes: Uint8Array;
  /** A plan's parsed value, for structural mutations. */
  plan?: unknown;
  /** A text report's text, for line mutations. */
  text?: string;
}

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED = resolve(ROOT, '../shared');

/** Formats read as text; any other report format (.docx, and whatever the importer learns later) is mutated as bytes. */
const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.csv']);

function seedOf(name: string, file: string): Seed | undefined {
  const extension = extname(file).toLowerCase();
  const bytes = readFileSync(file);
  if (extension === '.json') return { name, extension, kind: 'plan', bytes, plan: JSON.parse(bytes.toString('utf8')) };
  if (!isReportFile(file)) return undefined;
  if (TEXT_EXTENSIONS.has(extension)) return { name, extension, kind: 'report', bytes, text: bytes.toString('utf8').replace(/^\uFEFF/, '') };
  return { name, extension, kind: 'binary-report', bytes };
}

let loaded: Seed[] | undefined;

/** Every seed: examples/*.json, ../shared/seeds/*, and each corpus case file the importer reads. */
export function loadSeeds(): Seed[] {
  if (loaded) return loaded;
  const seeds: Seed[] = [];
  const add = (name: string, file: string) => {
    const seed = seedOf(name, file);
    if (seed) seeds.push(seed);
  };
  for (const name of readdirSync(join(ROOT, 'examples')).sort()) add(`examples/${name}`, join(ROOT, 'examples', name));
  for (const name of readdirSync(join(SHARED, 'seeds')).sort()) add(`seeds/${name}`, join(SHARED, 'seeds', name));
  const corpus = join(SHARED, 'corpus');
  if (existsSync(corpus)) {
    for (const folder of readdirSync(corpus, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
      for (const name of readdirSync(join(corpus, folder)).filter((file) => file.startsWith('case.')).sort()) add(`corpus/${folder}/${name}`, join(corpus, folder, name));
    }
  }
  loaded = seeds;
  return seeds;
}
