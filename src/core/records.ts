/**
 * Objects keyed by names that come from files (rule ids from configs and plugins, file names from baselines):
 * without a prototype, so a key such as `__proto__`, `constructor` or `toString` is an ordinary key, never
 * Object's, and setting one never changes what the object is.
 */
export function recordOf<T>(...sources: (Readonly<Record<string, T>> | undefined)[]): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  // Object.assign copies own keys with [[Set]], which on an object without a prototype defines `__proto__` too.
  for (const source of sources) if (source) Object.assign(record, source);
  return record;
}
