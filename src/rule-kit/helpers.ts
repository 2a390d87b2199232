/** Small guards rules use, since rules also run on plans that fail the schema. */

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

export function arrayOf<T>(value: T[] | undefined | unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A plan value as text for a rule: a string as it is, a finite number in digits, anything else (an object, an
 * array, null) empty. Never String(value) or `${value}` on a plan value: an object whose toString is not a
 * function throws there. The schema finding says what is wrong with such a value; rules read past it.
 */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}
