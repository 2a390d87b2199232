/** A configuration problem: reported once, naming the file (and place), with exit code 2. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${file}${line ? `:${line}:${column ?? 1}` : ''}: ${detail}`);
    this.name = 'ConfigError';
  }
}
