/**
 * Plan fields are untrusted and may have any JSON type when a plan fails the schema, so every value a report
 * prints goes through here first: strings stay, numbers and booleans print, anything else becomes its JSON.
 */
export function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}
