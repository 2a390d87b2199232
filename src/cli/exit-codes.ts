/** The gate's answer. */
export const EXIT = {
  /** The gate passed. */
  ok: 0,
  /** An error finding, warnings over --max-warnings, or a score under --min-score. */
  failed: 1,
  /** Usage, configuration or internal error. */
  usage: 2,
} as const;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
