import { ConfigResolver } from '../api.js';
import { ConfigError } from '../config/config-error.js';
import type { LoadedConfig } from '../config/load-config.js';

export type ConfigOutcome = { config: LoadedConfig; error?: undefined } | { config?: undefined; error: ConfigError };

/** Anything that goes wrong loading a config is reported like a config error, on the file that caused it. */
function asConfigError(error: unknown, fallbackFile: string): ConfigError {
  if (error instanceof ConfigError) return error;
  return new ConfigError(fallbackFile, error instanceof Error ? error.message : String(error));
}

/**
 * The configs that govern the open documents, resolved exactly as the CLI resolves them (api.ts's ConfigResolver),
 * and forgotten all at once when a config file changes. Plugins load only in a trusted workspace.
 */
export class WorkspaceConfigs {
  private resolver: ConfigResolver;
  /** Bumped on every reset, so a check that started under an old config can tell. */
  generation = 0;

  constructor(private readonly options: { cwd: string; trusted: boolean }) {
    this.resolver = this.createResolver();
  }

  private createResolver(): ConfigResolver {
    return new ConfigResolver({ cwd: this.options.cwd, plugins: this.options.trusted });
  }

  async forFile(file: string): Promise<ConfigOutcome> {
    try {
      return { config: await this.resolver.forFile(file) };
    } catch (error) {
      return { error: asConfigError(error, file) };
    }
  }

  reset(): void {
    this.resolver = this.createResolver();
    this.generation++;
  }
}
