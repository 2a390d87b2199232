/**
 * A run judges nothing without rules: before any file is linted, every `--rule` id must name a loaded rule (with a
 * "did you mean", as in a config file), and every file must have at least one rule on. Otherwise a gate would pass
 * plans nobody judged.
 */
import { ConfigError } from '../config/config-error.js';
import type { LoadedConfig } from '../config/load-config.js';
import { checkRuleSetting } from '../config/rule-settings.js';
import { parseJsonDocument } from '../core/json-document.js';
import type { Rule, Severity } from '../rule-kit/types.js';
import { settingsWithOverrides } from './lint-with-config.js';
import { RunOptionError } from './run-options.js';
import { readFileSync } from 'node:fs';

/** Every `--rule` id names a rule some loaded config knows. */
export function checkRuleFlags(overrides: Record<string, Severity> | undefined, configs: Iterable<LoadedConfig>): void {
  const ids = Object.keys(overrides ?? {});
  if (ids.length === 0) return;
  const registry = new Map<string, Rule>();
  let pluginsSkipped = false;
  for (const config of configs) {
    for (const [id, rule] of config.registry) registry.set(id, rule);
    pluginsSkipped ||= (config.skippedPlugins?.length ?? 0) > 0;
  }
  if (pluginsSkipped) return;
  const problems = ids.map((id) => checkRuleSetting(id, { severity: overrides![id] }, registry)).filter((problem) => problem !== undefined);
  if (problems.length > 0) throw new RunOptionError(problems.map((problem) => `--rule: ${problem}`).join('\n'));
}

/** Where a config turns rules on or off, to point at: its `extends` when it has one, else its `rules`. */
function placeIn(file: string): { line?: number; column?: number } {
  try {
    const document = parseJsonDocument(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    const value = document.value as Record<string, unknown> | undefined;
    const key = value && 'extends' in value ? 'extends' : value && 'rules' in value ? 'rules' : undefined;
    if (!key) return {};
    const { line, column } = document.locate([key], 'key').start;
    return { line, column };
  } catch {
    return {};
  }
}

/** Throws a configuration error when no rule is on for `file`, naming the config (and the file). */
export function requireSomeRuleOn(config: LoadedConfig, file: string, overrides: Record<string, Severity> | undefined, answered: Map<LoadedConfig, boolean>): void {
  // A config without overrides gives every file the same settings: asked once.
  const known = config.overrides.length === 0 ? answered.get(config) : undefined;
  const on = known ?? Object.values(settingsWithOverrides(config, file, overrides)).some((setting) => setting.severity !== 'off');
  if (config.overrides.length === 0) answered.set(config, on);
  if (on) return;
  const name = config.file ?? '(rectlint:recommended)';
  const flags = Object.keys(overrides ?? {}).length > 0 ? '（含 --rule）' : '';
  const flagsEn = Object.keys(overrides ?? {}).length > 0 ? ' (with --rule)' : '';
  throw new ConfigError(
    name,
    `没有启用任何规则${flags}，检查 ${file} 什么也判断不了：去掉 "extends": [] 以沿用 rectlint:recommended，或在 rules 中启用规则 (no rule is on${flagsEn}, so checking ${file} would judge nothing: drop "extends": [] to build on rectlint:recommended, or turn rules on)`,
    ...Object.values(config.file ? placeIn(config.file) : {}),
  );
}
