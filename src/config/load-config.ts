import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { parseJsonDocument, type JsonDocument } from '../core/json-document.js';
import { recordOf } from '../core/records.js';
import type { RuleSetting } from '../core/lint.js';
import type { JsonPath, Rule } from '../rule-kit/types.js';
import type { FieldId, LexiconExtension } from '../import/lexicon.js';
import type { RectlintConfig } from '../types/config.js';
import { ConfigError, type ConfigProblem } from './config-error.js';
import { closestWord } from '../core/text-distance.js';
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

/** Every schema violation of a config file, as problems at their places (none when it is valid). */
async function schemaProblems(config: unknown, file: string, document: JsonDocument): Promise<ConfigProblem[]> {
  const validateConfig = await loadConfigValidator();
  if (validateConfig(config)) return [];
  return (await import('./config-schema-errors.js')).configSchemaProblems(validateConfig.errors ?? [], document, file);
}

interface ConfigFile {
  config: RectlintConfig;
  document: JsonDocument;
  /** False when the schema found problems: its settings are not read further. */
  valid: boolean;
}

/** Reads and checks one config file; problems go to `problems`, and a file that is not JSON at all stops here. */
async function readConfigFile(file: string, problems: ConfigProblem[]): Promise<ConfigFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, `无法读取配置文件 (cannot read): ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const document = parseJsonDocument(text.replace(/^\uFEFF/, ''));
  if (document.syntaxError) {
    const { message, range } = document.syntaxError;
    throw new ConfigError([...problems, { file, detail: `JSON 语法错误：${message.zh} (${message.en})`, line: range.start.line, column: range.start.column }]);
  }
  const found = await schemaProblems(document.value, file, document);
  problems.push(...found);
  return { config: document.value as RectlintConfig, document, valid: found.length === 0 };
}

function asList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

interface Layer extends ConfigFile {
  file: string;
}

/**
 * What a config file extends: its `extends`, or `rectlint:recommended` when it has none, so a config that only
 * turns a rule off does not turn every other rule off with it. `"extends": []` starts from no rule at all.
 */
export function extendsOf(config: RectlintConfig): string[] {
  return config.extends === undefined ? [`${PRESET_PREFIX}recommended`] : asList(config.extends);
}

/** The layers a config stands on (extended files first); problems are collected, not thrown one by one. */
async function collectLayers(file: string, seen: Set<string>, problems: ConfigProblem[]): Promise<Layer[]> {
  if (seen.has(file)) throw new ConfigError([...problems, { file, detail: '配置文件循环继承 (extends cycle)' }]);
  seen.add(file);
  const read = await readConfigFile(file, problems);
  const layers: Layer[] = [];
  // A file the schema rejected still has its presets checked, so every problem is reported at once; the files it
  // extends are read once it is valid.
  const entries = read.valid ? extendsOf(read.config) : writtenExtends(read.config);
  for (const [index, entry] of entries.entries()) {
    if (typeof entry !== 'string') continue;
    if (entry.startsWith(PRESET_PREFIX)) {
      if (!presetName(entry)) {
        const names = PRESET_NAMES.map((n) => PRESET_PREFIX + n);
        const guess = closestWord(entry, names);
        const place = read.document.locate(Array.isArray(read.config.extends) ? ['extends', index] : ['extends']).start;
        problems.push({ file, detail: `未知预设 “${entry}”${guess ? `，是否应为 “${guess}”？` : '，'}可用：${names.join('、')} (unknown preset${guess ? `; did you mean "${guess}"?` : ''})`, line: place.line, column: place.column });
      }
      continue;
    }
    if (read.valid) layers.push(...(await collectLayers(resolve(dirname(file), entry), seen, problems)));
  }
  if (!read.valid) return [{ ...read, file }];
  layers.push({ ...read, file });
  return layers;
}

/** `extends` as written in a file the schema rejected: its entries by position, whatever their types. */
function writtenExtends(config: unknown): unknown[] {
  const value = typeof config === 'object' && config !== null ? (config as { extends?: unknown }).extends : undefined;
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

async function loadRegistry(layers: Layer[], problems: ConfigProblem[], skipped?: LoadedConfig['skippedPlugins'], pluginFiles: string[] = []): Promise<Map<string, Rule>> {
  const registry = new Map<string, Rule>();
  const specifiers: [string, string, string, JsonDocument | undefined, number][] = [[BUILTIN_PLUGIN, process.cwd(), '(built-in)', undefined, 0]];
  for (const { config, file, document } of layers) {
    const plugins: unknown[] = Array.isArray(config.plugins) ? config.plugins : [];
    for (const [index, plugin] of plugins.entries()) {
      if (typeof plugin !== 'string') continue;
      if (skipped) skipped.push({ specifier: plugin, file });
      else specifiers.push([plugin, dirname(file), file, document, index]);
    }
  }
  for (const [specifier, fromDir, file, document, index] of specifiers) {
    const place = document?.locate(['plugins', index]).start;
    const at = place ? { line: place.line, column: place.column } : {};
    let rules: Rule[];
    try {
      rules = (await loadPlugin(specifier, fromDir)).rules;
      if (specifier !== BUILTIN_PLUGIN) pluginFiles.push(fileURLToPath(moduleUrl(specifier, fromDir)));
    } catch (error) {
      problems.push({ file, detail: `无法加载插件 “${specifier}” (cannot load plugin): ${error instanceof Error ? error.message : String(error)}`, ...at });
      continue;
    }
    for (const rule of rules) {
      const existing = registry.get(rule.meta.id);
      if (existing && existing !== rule) {
        problems.push({ file, detail: `插件 “${specifier}” 的规则 “${rule.meta.id}” 与已有规则重名 (duplicate rule id)`, ...at });
        continue;
      }
      registry.set(rule.meta.id, rule);
    }
  }
  return registry;
}

/** A `rules` object's entries the schema could read (a severity, or an object with one); the others it reported. */
function wellFormed(rules: unknown): Record<string, RawRuleSetting> {
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) return {};
  const entries = Object.entries(rules).filter(([, v]) => ['string', 'number'].includes(typeof v) || (typeof v === 'object' && v !== null && 'severity' in v));
  return Object.fromEntries(entries) as Record<string, RawRuleSetting>;
}

/**
 * Unknown rule ids and invalid options of one `rules` object (at `at` in the layer), each at its key. In a file the
 * schema rejected only unknown ids are added: the schema has spoken about the rest.
 */
function settingProblems(raw: unknown, registry: Map<string, Rule>, layer: Layer, at: JsonPath, pluginsSkipped: boolean): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const [id, setting] of Object.entries(mergeSettings({}, wellFormed(raw)))) {
    // An unknown id may be a rule of a plugin that was not loaded; its setting then simply has no rule to apply to.
    if (pluginsSkipped && !registry.has(id)) continue;
    if (!layer.valid && registry.has(id)) continue;
    const problem = checkRuleSetting(id, setting, registry);
    if (!problem) continue;
    const place = layer.document.locate([...at, id, ...(registry.has(id) ? ['options'] : [])], 'key').start;
    problems.push({ file: layer.file, detail: problem, line: place.line, column: place.column });
  }
  return problems;
}

/** Problems file by file (in the order the files were read), each file's by line and column. */
function inFileOrder(problems: readonly ConfigProblem[]): ConfigProblem[] {
  const files = [...new Set(problems.map((p) => p.file))];
  return [...problems].sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Loads a config file, or the built-in default (rectlint:recommended) when `file` is undefined. */
export async function loadConfig(file?: string, cwd = process.cwd(), options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const absolute = file ? resolve(cwd, file) : undefined;
  const problems: ConfigProblem[] = [];
  const layers = absolute ? await collectLayers(absolute, new Set(), problems) : [];
  const skippedPlugins: LoadedConfig['skippedPlugins'] = options.plugins === false ? [] : undefined;
  const pluginFiles: string[] = [];
  const registry = await loadRegistry(layers, problems, skippedPlugins, pluginFiles);
  const pluginsSkipped = (skippedPlugins?.length ?? 0) > 0;
  const rules = [...registry.values()];
  const presets = layers.flatMap(({ config, valid }) => (valid ? extendsOf(config) : []).map(presetName).filter((name) => name !== undefined));
  // No config file means rectlint:recommended; a file gets the presets it extends (recommended unless it says).
  let settings = absolute ? recordOf<RuleSetting>() : presetSettings(rules, 'recommended');
  for (const name of presets) settings = recordOf(settings, presetSettings(rules, name));

  const loaded: LoadedConfig = {
    file: absolute,
    baseDir: options.globBase ?? (absolute ? dirname(absolute) : resolve(cwd)),
    registry,
    settings,
    weights: recordOf<number>(),
    files: DEFAULT_FILES,
    ignores: [...DEFAULT_IGNORES],
    overrides: [],
    ...(pluginsSkipped ? { skippedPlugins } : {}),
    ...(pluginFiles.length > 0 ? { pluginFiles } : {}),
  };
  for (const layer of layers) {
    const { config, file: layerFile } = layer;
    problems.push(...settingProblems(config.rules, registry, layer, ['rules'], pluginsSkipped));
    // A file the schema rejected is checked for unknown rule ids too, then reported with every other problem.
    if (!layer.valid) {
      const overrides: unknown[] = Array.isArray(config.overrides) ? config.overrides : [];
      overrides.forEach((override, index) => problems.push(...settingProblems((override as { rules?: unknown } | null)?.rules, registry, layer, ['overrides', index, 'rules'], pluginsSkipped)));
      continue;
    }
    loaded.settings = mergeSettings(loaded.settings, config.rules as Record<string, RawRuleSetting>);
    Object.assign(loaded.weights, config.weights);
    for (const id of Object.keys(config.weights ?? {})) {
      if (pluginsSkipped || registry.has(id)) continue;
      const place = layer.document.locate(['weights', id], 'key').start;
      problems.push({ file: layerFile, detail: checkRuleSetting(id, { severity: 'off' }, registry)!, line: place.line, column: place.column });
    }
    if (config.files) loaded.files = config.files;
    if (config.ignores) loaded.ignores.push(...config.ignores);
    for (const [index, override] of (config.overrides ?? []).entries()) {
      const overrideSettings = mergeSettings(recordOf(), override.rules as Record<string, RawRuleSetting>);
      problems.push(...settingProblems(override.rules, registry, layer, ['overrides', index, 'rules'], pluginsSkipped));
      loaded.overrides.push({ baseDir: options.globBase ?? dirname(layerFile), files: override.files, ignores: override.ignores ?? [], settings: overrideSettings });
    }
    if (config.import) loaded.import = joinImportWords(loaded.import, config.import);
  }
  if (problems.length > 0) throw new ConfigError(inFileOrder(problems));
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
