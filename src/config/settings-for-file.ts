import { relative } from 'node:path';
import picomatch from 'picomatch';
import type { RuleSetting } from '../core/lint.js';
import { recordOf } from '../core/records.js';
import type { LoadedConfig } from './load-config.js';

/** Compiled once per list of globs: compiling costs more than matching, and a run asks the same lists of every file. */
const matchers = new WeakMap<readonly string[], (path: string) => boolean>();

function matcherOf(globs: readonly string[]): (path: string) => boolean {
  let matcher = matchers.get(globs);
  if (!matcher) matchers.set(globs, (matcher = picomatch(globs as string[], { dot: true })));
  return matcher;
}

function matches(globs: readonly string[], baseDir: string, file: string): boolean {
  if (globs.length === 0) return false;
  const fromBase = relative(baseDir, file).split('\\').join('/');
  // A file outside the base (a folder named by absolute path) is matched by its whole path, so `**/…` globs
  // still reach it and globs anchored in the base do not.
  const path = fromBase.startsWith('../') ? file.split('\\').join('/').replace(/^\/+/, '') : fromBase;
  return matcherOf(globs)(path);
}

/** Whether the config's `ignores` exclude a file. */
export function isIgnored(config: LoadedConfig, file: string): boolean {
  return matches(config.ignores, config.baseDir, file);
}

/** Whether a file found by walking a directory is a plan by the config's `files`. */
export function isPlanFile(config: LoadedConfig, file: string): boolean {
  return matches(config.files, config.baseDir, file) && !isIgnored(config, file);
}

/** The rule settings for one file: the config's, then each matching override in order. */
export function settingsForFile(config: LoadedConfig, file: string): Record<string, RuleSetting> {
  let settings = config.settings;
  for (const override of config.overrides) {
    if (matches(override.files, override.baseDir, file) && !matches(override.ignores, override.baseDir, file)) {
      settings = recordOf(settings);
      for (const [id, setting] of Object.entries(override.settings)) settings[id] = { ...settings[id], ...setting };
    }
  }
  return settings;
}
