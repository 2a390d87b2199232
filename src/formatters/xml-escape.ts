/** Any character escaped below: most texts have none, and are returned after one search instead of nine. */
const NEEDS_ESCAPING = /[\u0000-\u001F&<>"'\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Text for XML attributes and content. Characters XML 1.0 cannot carry at all (most C0 controls, lone
 * surrogates) are replaced, since a plan's text is untrusted and the report must stay well-formed.
 */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}
