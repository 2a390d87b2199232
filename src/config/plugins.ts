import { createRequire } from 'node:module';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORE_RULE_IDS } from '../core/diagnostic.js';
import { CATEGORY_LABELS } from '../core/score.js';
import { isObject } from '../rule-kit/helpers.js';
import type { Plugin, Rule } from '../rule-kit/types.js';

/** The built-in rules' plugin name; it is always loaded first, through the same loader as any plugin. */
export const BUILTIN_PLUGIN = 'rectlint';

const cache = new Map<string, Promise<Plugin>>();

export function moduleUrl(specifier: string, fromDir: string): string {
  if (specifier.startsWith('.') || isAbsolute(specifier)) return pathToFileURL(resolve(fromDir, specifier)).href;
  return pathToFileURL(createRequire(resolve(fromDir, 'noop.js')).resolve(specifier)).href;
}

const CATEGORIES: ReadonlySet<string> = new Set(Object.keys(CATEGORY_LABELS));
const SEVERITIES: ReadonlySet<unknown> = new Set(['off', 'info', 'warn', 'error']);
const isText = (value: unknown) => isObject(value) && typeof value.zh === 'string' && typeof value.en === 'string';

/**
 * What is wrong with a rule's metadata, or undefined: the runner, the score and every format rely on it, so a
 * weight of NaN or a message that is not text is the plugin's error at load time, never a score of NaN later.
 */
function metaProblem(rule: unknown): string | undefined {
  if (!isObject(rule) || !isObject(rule.meta) || typeof rule.create !== 'function') return 'a rule without meta and create()';
  const { id, category, defaultSeverity, weight, messages, docs, presets, options } = rule.meta;
  if (typeof id !== 'string' || id.trim() === '') return 'a rule without meta.id';
  if ((Object.values(CORE_RULE_IDS) as string[]).includes(id)) return `the reserved rule id "${id}"`;
  const where = `rule "${id}"`;
  if (typeof category !== 'string' || !CATEGORIES.has(category)) return `${where} with meta.category ${JSON.stringify(category)} (one of ${[...CATEGORIES].join(', ')})`;
  if (!SEVERITIES.has(defaultSeverity)) return `${where} with meta.defaultSeverity ${JSON.stringify(defaultSeverity)} (off, info, warn or error)`;
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) return `${where} with meta.weight ${String(weight)} (a finite number ≥ 0)`;
  if (!isObject(messages) || !Object.values(messages).every(isText)) return `${where} whose meta.messages are not all { zh, en } texts`;
  if (docs !== undefined && (!isObject(docs) || !isText(docs.description))) return `${where} whose meta.docs.description is not a { zh, en } text`;
  if (presets !== undefined && !isObject(presets)) return `${where} whose meta.presets is not an object`;
  if (options !== undefined && (!isObject(options) || !isObject(options.properties))) return `${where} whose meta.options is not an object schema with properties`;
  return undefined;
}

function asPlugin(loaded: any, specifier: string): Plugin {
  const candidate = loaded?.default?.rules ? loaded.default : loaded;
  const rules: unknown = candidate?.rules;
  if (!Array.isArray(rules)) throw new Error(`plugin "${specifier}" exports no rules array`);
  for (const rule of rules) {
    const problem = metaProblem(rule);
    if (problem) throw new Error(`plugin "${specifier}" exports ${problem}`);
  }
  return { name: candidate.name ?? specifier, rules: rules as Rule[] };
}

/**
 * How long a plugin module may take to load. A module whose top-level `await` never settles would otherwise end
 * the process (exit code 13, with nothing printed) once nothing else keeps it alive; past this, it is a plugin
 * that cannot be loaded, reported as such.
 */
export const PLUGIN_LOAD_TIMEOUT_MS = 10_000;

function withinLoadTime<T>(loading: Promise<T>, specifier: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`plugin "${specifier}" did not finish loading within ${PLUGIN_LOAD_TIMEOUT_MS / 1000} s`)), PLUGIN_LOAD_TIMEOUT_MS);
  });
  return Promise.race([loading, late]).finally(() => clearTimeout(timer));
}

/** Imports a plugin module: the built-in one, a path relative to `fromDir`, or a package. */
export function loadPlugin(specifier: string, fromDir: string): Promise<Plugin> {
  const key = specifier === BUILTIN_PLUGIN ? specifier : moduleUrl(specifier, fromDir);
  let pending = cache.get(key);
  if (!pending) {
    pending = (specifier === BUILTIN_PLUGIN ? import('../../rules/index.js') : withinLoadTime(import(key), specifier)).then((loaded) => asPlugin(loaded, specifier));
    cache.set(key, pending);
  }
  return pending;
}
