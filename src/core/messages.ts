import type { Locale, LocalizedText } from '../rule-kit/types.js';

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
const MAX_DETAIL = 300;

/** A value as a message shows it: text and numbers as they are, anything else as JSON, never by calling its own methods. */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return typeof value;
  try {
    const json = JSON.stringify(value);
    return json === undefined ? typeof value : json.length > MAX_DETAIL ? `${json.slice(0, MAX_DETAIL)}…` : json;
  } catch {
    return Array.isArray(value) ? 'an array' : 'an object';
  }
}

/** Fills `{{name}}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function formatMessage(template: LocalizedText, data: Record<string, string | number> | undefined, locale: Locale): string {
  const text = locale === 'en' ? template.en : template.zh;
  if (!data) return text;
  // Own keys only: {{constructor}} is never Object's; a value that is not text or a number is shown as JSON.
  return text.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(data, name) ? valueText(data[name]) : whole));
}
