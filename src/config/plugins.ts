import { createRequire } from 'node:module';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORE_RULE_IDS } from '../core/diagnostic.js';
import type { Plugin, Rule } from '../rule-kit/types.js';

/** The built-in rules' plugin name; it is always loaded first, through the same loader as any plugin. */
export const BUILTIN_PLUGIN = 'rectlint';

const cache = new Map<string, Promise<Plugin>>();

export function moduleUrl(specifier: string, fromDir: string): string {
  if (specifier.startsWith('.') || isAbsolute(specifier)) return pathToFileURL(resolve(fromDir, specifier)).href;
  return pathToFileURL(createRequire(resolve(fromDir, 'noop.js')).resolve(specifier)).href;
}

function asPlugin(loaded: any, specifier: string): Plugin {
  const candidate = loaded?.default?.rules ? loaded.default : loaded;
  const rules: unknown = candidate?.rules;
  if (!Array.isArray(rules)) throw new Error(`plugin "${specifier}" exports no rules array`);
  for (const rule of rules as Rule[]) {
    const id = rule?.meta?.id;
    if (typeof id !== 'string' || typeof rule.create !== 'function' || !rule.meta.messages) {
      throw new Error(`plugin "${specifier}" exports a rule without meta.id, meta.messages and create()`);
    }
    if ((Object.values(CORE_RULE_IDS) as string[]).includes(id)) throw new Error(`plugin "${specifier}" uses the reserved rule id "${id}"`);
  }
  return { name: candidate.name ?? specifier, rules: rules as Rule[] };
}

/** Imports a plugin module: the built-in one, a path relative to `fromDir`, or a package. */
export function loadPlugin(specifier: string, fromDir: string): Promise<Plugin> {
  const key = specifier === BUILTIN_PLUGIN ? specifier : moduleUrl(specifier, fromDir);
  let pending = cache.get(key);
  if (!pending) {
    pending = (specifier === BUILTIN_PLUGIN ? import('../../rules/index.js') : import(key)).then((loaded) => asPlugin(loaded, specifier));
    cache.set(key, pending);
  }
  return pending;
}
