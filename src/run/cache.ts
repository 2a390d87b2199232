/**
 * `--cache`: a file's result is reused while its content, its configuration (settings, weights, loaded rules,
 * the plugin modules' own bytes), rectlint's version and the run's options are unchanged.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { FileResult } from './file-result.js';
import { VERSION } from '../cli/version.js';
import type { LoadedConfig } from '../config/load-config.js';
import type { RuleSetting } from '../core/lint.js';

export const DEFAULT_CACHE_FILE = '.rectlintcache';
const CACHE_FORMAT = 1;

/** What a result depends on besides the file and its config. */
export interface CacheKeyOptions {
  asOf?: string;
  locale?: string;
  quiet?: boolean;
  plan?: string;
}

/** A result as stored: without the file's path (the entry's name) and the parsed plan (re-read from the text). */
export type StoredResult = Omit<FileResult, 'filePath' | 'plan'>;

export interface CacheEntry {
  key: string;
  /** Set when "today" was the as-of date (no --as-of, no report date): the entry is then good for that day only. */
  todayUsed?: string;
  /** The document the file was compared with (report.basedOn, --plan), with its content's hash: a change to it makes the entry stale. */
  previous?: { file: string; hash: string };
  result: StoredResult;
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Read once per process, like the plugin modules themselves (an imported module is never reloaded). */
const pluginHashes = new Map<string, Promise<string>>();

function pluginHash(file: string): Promise<string> {
  let hash = pluginHashes.get(file);
  if (!hash) {
    hash = readFile(file).then(
      (bytes) => contentHash(bytes),
      () => 'unreadable',
    );
    pluginHashes.set(file, hash);
  }
  return hash;
}

export async function cacheKey(bytes: Uint8Array, settings: Record<string, RuleSetting>, config: LoadedConfig, options: CacheKeyOptions): Promise<string> {
  const plugins = await Promise.all((config.pluginFiles ?? []).map(pluginHash));
  const inputs = {
    version: VERSION,
    settings,
    weights: config.weights,
    rules: [...config.registry.keys()],
    plugins,
    asOf: options.asOf ?? null,
    locale: options.locale ?? 'zh-CN',
    quiet: Boolean(options.quiet),
    plan: options.plan ?? null,
  };
  return createHash('sha256').update(JSON.stringify(inputs)).update('\0').update(bytes).digest('hex');
}

/** Whether an entry still answers for the file: same key, same day when today mattered, the same previous document. */
export function isFresh(entry: CacheEntry | undefined, key: string, today: string): entry is CacheEntry {
  return entry !== undefined && entry.key === key && (entry.todayUsed === undefined || entry.todayUsed === today) && previousUnchanged(entry);
}

function previousUnchanged(entry: CacheEntry): boolean {
  if (!entry.previous) return true;
  try {
    return contentHash(readFileSync(entry.previous.file)) === entry.previous.hash;
  } catch {
    return false;
  }
}

export function toEntry(key: string, result: FileResult, options: { asOf?: string; today: string }, previous?: { file: string; bytes: Uint8Array }): CacheEntry {
  const { filePath: _file, plan: _plan, ...stored } = result;
  return {
    key,
    ...(options.asOf === undefined && result.asOf === options.today ? { todayUsed: options.today } : {}),
    ...(previous ? { previous: { file: previous.file, hash: contentHash(previous.bytes) } } : {}),
    result: stored,
  };
}

/** `--cache-location`: a file, or a directory (existing, or written with a trailing slash) to hold `.rectlintcache`. */
export async function cacheFileFor(location: string | undefined, cwd: string): Promise<string> {
  if (location === undefined) return resolve(cwd, DEFAULT_CACHE_FILE);
  const target = resolve(cwd, location);
  const isDirectory = /[\\/]$/.test(location) || (await stat(target).catch(() => undefined))?.isDirectory();
  return isDirectory ? join(target, DEFAULT_CACHE_FILE) : target;
}

/** The cache file: entries named by path relative to the file, so a restored CI cache works in any checkout. */
export class LintCache {
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly entries: Record<string, CacheEntry>,
  ) {}

  /** A missing, unreadable or foreign cache file is an empty cache, never an error. */
  static async open(file: string): Promise<LintCache> {
    let entries: Record<string, CacheEntry> = {};
    try {
      const stored = JSON.parse(await readFile(file, 'utf8'));
      if (stored?.format === CACHE_FORMAT && stored.rectlint === VERSION && typeof stored.entries === 'object') entries = stored.entries;
    } catch {
      // start empty
    }
    return new LintCache(file, entries);
  }

  private name(file: string): string {
    return relative(dirname(this.file), file).split(sep).join('/');
  }

  get(file: string): CacheEntry | undefined {
    return Object.hasOwn(this.entries, this.name(file)) ? this.entries[this.name(file)] : undefined;
  }

  set(file: string, entry: CacheEntry): void {
    const name = this.name(file);
    if (this.entries[name]?.key === entry.key && this.entries[name]?.todayUsed === entry.todayUsed) return;
    this.entries[name] = entry;
    this.changed = true;
  }

  /**
   * Takes the entries of another cache file that this one lacks or holds under another key (a shard's cache: names
   * are relative to each file, so they are carried over through the files they name). Whether an entry answers
   * for a file is still decided by its key when the file is linted.
   */
  absorb(other: LintCache): void {
    for (const [name, entry] of Object.entries(other.entries)) {
      const file = resolve(dirname(other.file), name);
      if (this.get(file)?.key !== entry.key) this.set(file, entry);
    }
  }

  /** Written whole to a temporary file and renamed, so a crash never leaves half a cache. */
  async save(): Promise<void> {
    if (!this.changed) return;
    await mkdir(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify({ format: CACHE_FORMAT, rectlint: VERSION, entries: this.entries }));
    await rename(temporary, this.file);
    this.changed = false;
  }
}
