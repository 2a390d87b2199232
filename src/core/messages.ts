import type { Locale, LocalizedText } from '../rule-kit/types.js';

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Fills `{{name}}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function formatMessage(template: LocalizedText, data: Record<string, string | number> | undefined, locale: Locale): string {
  const text = locale === 'en' ? template.en : template.zh;
  if (!data) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
