import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { parseJsonDocument } from '../core/json-document.js';
import type { RuleSetting } from '../core/lint.js';
import type { Rule } from '../rule-kit/types.js';
import type { FieldId, LexiconExtension } from '../import/lexicon.js';
import type { RectlintConfig } from '../types/config.js';
import { ConfigError } from './config-error.js';
import { BUILTIN_PLUGIN, loadPlugin, moduleUrl } from './plugins.js';
import { presetName, presetSettings, PRESET_NAMES, PRESET_PREFIX } from './presets.js';
import { checkRuleSetting, mergeSettings, type RawRuleSetting } from './rule-settings.js';

export const CONFIG_FILE_NAME = 'rectlint.config.json';

export interface ConfigOverride {
  baseDir: string;
  files: string[];
  ignores: string[];
  settings: Record<string, RuleSetting>;
}

/** A configuration with its presets, extended files and plugins resolved. */
export interface LoadedConfig {
  /** The file it came from; undefined for the built-in default. */
  file?: string;
  /** Where its globs are relative to. */
  baseDir: string;
  registry: Map<string, Rule>;
  settings: Record<string, RuleSetting>;
  weights: Record<string, number>;
  files: string[];
  ignores: string[];
  overrides: ConfigOverride[];
  /** Plugins the config names that were not loaded (`plugins: false`), with the config file naming each. */
  skippedPlugins?: { specifier: string; file: string }[];
  /** The plugin modules' files (not the built-in rules), whose bytes are part of a cache key. */
  pluginFiles?: string[];
  /** The office's own labels and column headers for the importer (`import`), every layer's words joined. */
  import?: LexiconExtension;
}

export interface LoadConfigOptions {
  /** False runs the built-in rules only, so an untrusted workspace's plugin code is never executed. */
  plugins?: boolean;
  /**
   * Where `files`, `ignores` and `overrides` globs are relative to, instead of the config file's folder:
   * a config named with --config may live anywhere, so its globs are read from the working directory.
   */
  globBase?: string;
}

export const DEFAULT_FILES = ['**/*.json'];
// JSON Schemas (*.schema.json) sit beside plans in many folders (an editor's $schema points at them); they are not plans.
export const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**', '**/*.schema.json', `**/${CONFIG_FILE_NAME}`, '**/rectlint-baseline.json', '**/package.json', '**/package-lock.json', '**/tsconfig*.json'];

/**
 * Compiled ahead of time by scripts/gen-validators.ts, like the plan schema. Loaded with the first config file:
 * it is 760 KB of code (every rule's options), about 9 ms of the start of a run that has no config file.
 */
let configValidator: ValidateFunction | undefined;
const loadConfigValidator = async () => (configValidator ??= (await import('./generated/config-validator.js')).validate as unknown as ValidateFunction);

async function schemaErrors(config: unknown, file: string, text: string): Promise<void> {
  const validateConfig = await loadConfigValidator();
  if (validateConfig(config)) return;
  // The deepest error is the most specific (an anyOf's branches otherwise speak first).
  const depth = (e: { instancePath: string }) => e.instancePath.split('/').length;
  const error = [...validateConfig.errors!].sort((a, b) => depth(b) - depth(a) || Number(a.keyword === 'anyOf') - Number(b.keyword === 'anyOf'))[0];
  const path = error.instancePath.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const where = parseJsonDocument(text).locate(error.keyword === 'additionalProperties' ? [...path, String(error.params.additionalProperty)] : path, 'key');
  const at = error.instancePath || '/';
  const detail =
    error.keyword === 'additionalProperties'
      ? `未知配置项 “${String(error.params.additionalProperty)}” (unknown property)`
      : error.keyword === 'enum'
        ? `${at} 应为以下值之一：${(error.params.allowedValues as unknown[]).join('、')} (must be one of: ${(error.params.allowedValues as unknown[]).join(', ')})`
        : `${at} ${error.message}`;
  throw new ConfigError(file, detail, where.start.line, where.start.column);
}

async function readConfigFile(file: string): Promise<RectlintConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, `无法读取配置文件 (cannot read): ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const document = parseJsonDocument(text.replace(/^\uFEFF/, ''));
  if (document.syntaxError) {
    const { message, range } = document.syntaxError;
    throw new ConfigError(file, `JSON 语法错误：${message.zh} (${message.en})`, range.start.line, range.start.column);
  }
  await schemaErrors(document.value, file, text);
  return document.value as RectlintConfig;
}

function asList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

interface Layer {
  config: RectlintConfig;
  file: string;
}

/** The layers a config stands on (extended files first), and every plugin they name. */
async function collectLayers(file: string, seen: Set<string>): Promise<Layer[]> {
  if (seen.has(file)) throw new ConfigError(file, '配置文件循环继承 (extends cycle)');
  seen.add(file);
  const config = await readConfigFile(file);
  const layers: Layer[] = [];
  for (const entry of asList(config.extends)) {
    if (entry.startsWith(PRESET_PREFIX)) {
      if (!presetName(entry)) throw new ConfigError(file, `未知预设 “${entry}”，可用：${PRESET_NAMES.map((n) => PRESET_PREFIX + n).join('、')} (unknown preset)`);
      continue;
    }
    layers.push(...(await collectLayers(resolve(dirname(file), entry), seen)));
  }
  layers.push({ config, file });
  return layers;
}

async function loadRegistry(layers: Layer[], skipped?: LoadedConfig['skippedPlugins'], pluginFiles: string[] = []): Promise<Map<string, Rule>> {
  const registry = new Map<string, Rule>();
  const specifiers: [string, string, string][] = [[BUILTIN_PLUGIN, process.cwd(), '(built-in)']];
  for (const { config, file } of layers) {
    for (const plugin of config.plugins ?? []) {
      if (skipped) skipped.push({ specifier: plugin, file });
      else specifiers.push([plugin, dirname(file), file]);
    }
  }
  for (const [specifier, fromDir, file] of specifiers) {
    let rules: Rule[];
    try {
      rules = (await loadPlugin(specifier, fromDir)).rules;
      if (specifier !== BUILTIN_PLUGIN) pluginFiles.push(fileURLToPath(moduleUrl(specifier, fromDir)));
    } catch (error) {
      throw new ConfigError(file, `无法加载插件 “${specifier}” (cannot load plugin): ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const rule of rules) {
      const existing = registry.get(rule.meta.id);
      if (existing && existing !== rule) throw new ConfigError(file, `插件 “${specifier}” 的规则 “${rule.meta.id}” 与已有规则重名 (duplicate rule id)`);
      registry.set(rule.meta.id, rule);
    }
  }
  return registry;
}

function validateSettings(settings: Record<string, RuleSetting>, registry: Map<string, Rule>, file: string, pluginsSkipped = false): void {
  for (const [id, setting] of Object.entries(settings)) {
    // An unknown id may be a rule of a plugin that was not loaded; its setting then simply has no rule to apply to.
    if (pluginsSkipped && !registry.has(id)) continue;
    const problem = checkRuleSetting(id, setting, registry);
    if (problem) throw new ConfigError(file, problem);
  }
}

/** Loads a config file, or the built-in default (rectlint:recommended) when `file` is undefined. */
export async function loadConfig(file?: string, cwd = process.cwd(), options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const absolute = file ? resolve(cwd, file) : undefined;
  const layers = absolute ? await collectLayers(absolute, new Set()) : [];
  const skippedPlugins: LoadedConfig['skippedPlugins'] = options.plugins === false ? [] : undefined;
  const pluginFiles: string[] = [];
  const registry = await loadRegistry(layers, skippedPlugins, pluginFiles);
  const pluginsSkipped = (skippedPlugins?.length ?? 0) > 0;
  const rules = [...registry.values()];
  const presets = layers.flatMap(({ config }) => asList(config.extends).map(presetName).filter((name) => name !== undefined));
  // No config file means rectlint:recommended; a file gets only the presets it extends.
  let settings = absolute ? {} : presetSettings(rules, 'recommended');
  for (const name of presets) settings = { ...settings, ...presetSettings(rules, name) };

  const loaded: LoadedConfig = {
    file: absolute,
    baseDir: options.globBase ?? (absolute ? dirname(absolute) : resolve(cwd)),
    registry,
    settings,
    weights: {},
    files: DEFAULT_FILES,
    ignores: [...DEFAULT_IGNORES],
    overrides: [],
    ...(pluginsSkipped ? { skippedPlugins } : {}),
    ...(pluginFiles.length > 0 ? { pluginFiles } : {}),
  };
  for (const { config, file: layerFile } of layers) {
    const layerSettings = mergeSettings({}, config.rules as Record<string, RawRuleSetting>);
    validateSettings(layerSettings, registry, layerFile, pluginsSkipped);
    loaded.settings = mergeSettings(loaded.settings, config.rules as Record<string, RawRuleSetting>);
    Object.assign(loaded.weights, config.weights);
    for (const id of Object.keys(config.weights ?? {})) validateSettings({ [id]: { severity: 'off' } }, registry, layerFile, pluginsSkipped);
    if (config.files) loaded.files = config.files;
    if (config.ignores) loaded.ignores.push(...config.ignores);
    for (const override of config.overrides ?? []) {
      const overrideSettings = mergeSettings({}, override.rules as Record<string, RawRuleSetting>);
      validateSettings(overrideSettings, registry, layerFile, pluginsSkipped);
      loaded.overrides.push({ baseDir: options.globBase ?? dirname(layerFile), files: override.files, ignores: override.ignores ?? [], settings: overrideSettings });
    }
    if (config.import) loaded.import = joinImportWords(loaded.import, config.import);
  }
  return loaded;
}

/** A later layer's words add to an earlier layer's, field by field. */
function joinImportWords(base: LexiconExtension | undefined, layer: NonNullable<RectlintConfig['import']>): LexiconExtension {
  const joined: LexiconExtension = { fields: { ...base?.fields }, columns: { ...base?.columns } };
  for (const kind of ['fields', 'columns'] as const) {
    for (const [field, words] of Object.entries(layer[kind] ?? {}) as [FieldId, string[]][]) {
      joined[kind]![field] = [...(joined[kind]![field] ?? []), ...words];
    }
  }
  return joined;
}
