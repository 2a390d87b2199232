/**
 * `--cache`: a file's result is reused while its content, its configuration (settings, weights, loaded rules,
 * the plugin modules' own bytes), rectlint's version and the run's options are unchanged.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { FileResult } from './file-result.js';
import { VERSION } from '../cli/version.js';
import type { LoadedConfig } from '../config/load-config.js';
import type { RuleSetting } from '../core/lint.js';
import { isObject } from '../rule-kit/helpers.js';
import type { LocalizedText } from '../rule-kit/types.js';

export const DEFAULT_CACHE_FILE = '.rectlintcache';
const CACHE_FORMAT = 1;

/** What a result depends on besides the file and its config. */
export interface CacheKeyOptions {
  asOf?: string;
  locale?: string;
  plan?: string;
  planName?: string;
  followBasedOn?: boolean;
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
    plan: options.plan ?? null,
    // Set by the workbench only, which keeps no cache; left out otherwise, so the CLI's keys stay as they were.
    ...(options.planName !== undefined ? { planName: options.planName } : {}),
    ...(options.followBasedOn !== undefined ? { followBasedOn: options.followBasedOn } : {}),
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

const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
const isPosition = (value: unknown) => isObject(value) && isNumber(value.line) && isNumber(value.column) && isNumber(value.offset);
const SEVERITIES: ReadonlySet<unknown> = new Set(['error', 'warn', 'info']);

function isDiagnostic(value: unknown): boolean {
  return isObject(value) && typeof value.ruleId === 'string' && SEVERITIES.has(value.severity) && typeof value.message === 'string' && Array.isArray(value.path) && isObject(value.range) && isPosition(value.range.start) && isPosition(value.range.end);
}

/** Whether a stored entry has the shape the formats print from: a cache file is data from disk, never trusted as it comes. */
function isEntry(value: unknown): value is CacheEntry {
  if (!isObject(value) || typeof value.key !== 'string' || (value.todayUsed !== undefined && typeof value.todayUsed !== 'string')) return false;
  if (value.previous !== undefined && !(isObject(value.previous) && typeof value.previous.file === 'string' && typeof value.previous.hash === 'string')) return false;
  const result = value.result;
  if (!isObject(result) || !Array.isArray(result.diagnostics) || !result.diagnostics.every(isDiagnostic)) return false;
  if (result.suppressed !== undefined && !(Array.isArray(result.suppressed) && result.suppressed.every(isDiagnostic))) return false;
  const score = result.score;
  return (
    isObject(score) && isNumber(score.score) && isObject(score.grade) && typeof score.grade.key === 'string' && isObject(score.grade.label) && isObject(score.byCategory) &&
    Array.isArray(score.byRule) && Array.isArray(score.byProblem) && isNumber(score.problemsChecked) && typeof result.asOf === 'string' && isNumber(result.errorCount) && isNumber(result.warningCount) && isNumber(result.infoCount)
  );
}

/** Why the cache could not be used or kept, once per run (the run goes on without it). */
export type CacheWarning = LocalizedText;

/** The cache file: entries named by path relative to the file, so a restored CI cache works in any checkout. */
export class LintCache {
  private changed = false;

  private constructor(
    private readonly file: string,
    /** A Map, not an object: a plan named `__proto__` or `constructor` is a name like any other. */
    private readonly entries: Map<string, CacheEntry>,
  ) {}

  /**
   * A missing cache, or one from another version of rectlint, is an empty cache. One that cannot be read or is
   * corrupt (not JSON, entries of the wrong shape) is an empty cache too, and `warn` says so once.
   */
  static async open(file: string, warn: (warning: CacheWarning) => void = () => undefined): Promise<LintCache> {
    const empty = () => new LintCache(file, new Map());
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') warn({ zh: `无法读取缓存文件 ${file}（${code ?? String(error)}），本次不使用缓存`, en: `cannot read the cache file ${file} (${code ?? String(error)}); checking without it` });
      return empty();
    }
    let stored: unknown;
    try {
      stored = JSON.parse(text);
    } catch {
      stored = undefined;
    }
    if (isObject(stored) && (stored.format !== CACHE_FORMAT || stored.rectlint !== VERSION)) return empty();
    const entries = new Map<string, CacheEntry>();
    const valid = isObject(stored) && isObject(stored.entries) && Object.entries(stored.entries).every(([name, entry]) => isEntry(entry) && entries.set(name, entry));
    if (!valid) {
      warn({ zh: `缓存文件 ${file} 已损坏，已忽略（本次运行后重写）`, en: `the cache file ${file} is corrupt and was ignored (it is rewritten after this run)` });
      const cache = empty();
      cache.changed = true;
      return cache;
    }
    return new LintCache(file, entries);
  }

  private name(file: string): string {
    return relative(dirname(this.file), file).split(sep).join('/');
  }

  get(file: string): CacheEntry | undefined {
    return this.entries.get(this.name(file));
  }

  set(file: string, entry: CacheEntry): void {
    const name = this.name(file);
    const known = this.entries.get(name);
    if (known?.key === entry.key && known.todayUsed === entry.todayUsed) return;
    this.entries.set(name, entry);
    this.changed = true;
  }

  /**
   * Takes the entries of another cache file that this one lacks or holds under another key (a shard's cache: names
   * are relative to each file, so they are carried over through the files they name). Whether an entry answers
   * for a file is still decided by its key when the file is linted.
   */
  absorb(other: LintCache): void {
    for (const [name, entry] of other.entries) {
      const file = resolve(dirname(other.file), name);
      if (this.get(file)?.key !== entry.key) this.set(file, entry);
    }
  }

  /**
   * Written whole to a temporary file and renamed, so a crash never leaves half a cache. A cache that cannot be
   * written (its path is a directory, the disk is full) is warned about; the run's results are not lost over it.
   */
  async save(warn: (warning: CacheWarning) => void = () => undefined): Promise<void> {
    if (!this.changed) return;
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      await mkdir(dirname(this.file), { recursive: true });
      await writeFile(temporary, JSON.stringify({ format: CACHE_FORMAT, rectlint: VERSION, entries: Object.fromEntries(this.entries) }));
      await rename(temporary, this.file);
      this.changed = false;
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      warn({ zh: `无法写入缓存文件 ${this.file}（${code}）`, en: `cannot write the cache file ${this.file} (${code})` });
    }
  }
}
