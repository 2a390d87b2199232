import { dirname, resolve } from 'node:path';
import { ConfigFinder } from '../config/find-config.js';
import { loadConfig, type LoadedConfig } from '../config/load-config.js';
import type { RuleMeta } from '../rule-kit/types.js';

/** Loads configs once each and answers which one governs a file. */
export class ConfigResolver {
  private readonly finder = new ConfigFinder();
  private readonly loaded = new Map<string, Promise<LoadedConfig>>();

  /** `plugins: false` loads the built-in rules only (the language server in an untrusted workspace). */
  constructor(private readonly options: { cwd: string; configFile?: string; plugins?: boolean }) {}

  async forFile(file: string): Promise<LoadedConfig> {
    const configFile = this.options.configFile ? resolve(this.options.cwd, this.options.configFile) : await this.finder.find(dirname(file));
    const key = configFile ?? '(default)';
    let config = this.loaded.get(key);
    if (!config) {
      const globBase = this.options.configFile ? this.options.cwd : undefined;
      config = loadConfig(configFile, this.options.cwd, { plugins: this.options.plugins, globBase });
      this.loaded.set(key, config);
    }
    return config;
  }

  /** Metadata of every rule in every config loaded so far. */
  async ruleMetas(): Promise<Map<string, RuleMeta>> {
    const metas = new Map<string, RuleMeta>();
    for (const config of this.loaded.values()) for (const rule of (await config).registry.values()) metas.set(rule.meta.id, rule.meta);
    return metas;
  }
}
