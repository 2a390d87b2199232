/**
 * The normal form near-duplicate search compares: NFKC's full-width folding, lower case, and no punctuation, symbols
 * or spaces. Written into a reused buffer of code units, so the search builds no intermediate strings.
 */

const IGNORED_CHARACTER = /^[\p{P}\p{S}\p{Z}\s]$/u;
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const halfWidth = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/** The reference normal form, for text the per-unit table cannot take (surrogate pairs, context-dependent case). */
function normaliseSlowly(text: string): string {
  let out = '';
  for (const character of text.replace(FULL_WIDTH, halfWidth).toLowerCase()) if (!IGNORED_CHARACTER.test(character)) out += character;
  return out;
}

/**
 * What each BMP code unit becomes: 0 not yet known, DROPPED, NEEDS_TEXT, or its normal form plus 1.
 * Filled on first sight, so the Unicode regex runs once per distinct character, not once per occurrence.
 */
const unitTable = new Uint32Array(0x10000);
const DROPPED = 0x10001;
const NEEDS_TEXT = 0x10002;

function learnUnit(code: number): number {
  // Full-width letters and digits (Ａ１) fold to ASCII: all of NFKC that matters here, at a fraction of its cost.
  const folded = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
  const lower = String.fromCharCode(folded).toLowerCase();
  // Surrogates, a lower case of two units (İ) and Σ (whose lower case depends on its neighbours) need the whole text.
  const entry = (code >= 0xd800 && code <= 0xdfff) || lower.length !== 1 || folded === 0x3a3 ? NEEDS_TEXT : IGNORED_CHARACTER.test(lower) ? DROPPED : lower.charCodeAt(0) + 1;
  unitTable[code] = entry;
  return entry;
}

let units = new Uint16Array(1024);

/** The buffer `normaliseIntoUnits` last wrote (it is replaced when a longer text needs more room). */
export const normalUnits = (): Uint16Array => units;

/** Writes `text`'s normal form into `units` and returns its length: punctuation, symbols and spaces dropped, lower case. */
export function normaliseIntoUnits(text: string): number {
  if (units.length < text.length) units = new Uint16Array(text.length * 2);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Chinese characters, digits and lower-case letters are themselves: the common case, without a table lookup.
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 48 && code <= 57) || (code >= 97 && code <= 122)) {
      units[length++] = code;
      continue;
    }
    const entry = unitTable[code] || learnUnit(code);
    if (entry === DROPPED) continue;
    if (entry === NEEDS_TEXT) return copyIntoUnits(normaliseSlowly(text));
    units[length++] = entry - 1;
  }
  return length;
}

function copyIntoUnits(normal: string): number {
  for (let i = 0; i < normal.length; i++) units[i] = normal.charCodeAt(i);
  return normal.length;
}

/** Punctuation, symbols and spaces do not make two texts different; nor do letter case and full width. */
export function normaliseText(text: string): string {
  const length = normaliseIntoUnits(text);
  let out = '';
  // In slices, since String.fromCharCode takes its arguments on the stack; `apply` rather than a spread, which
  // costs three times as much on the short texts (文号, titles) this is mostly asked for.
  for (let from = 0; from < length; from += 4096) out += String.fromCharCode.apply(null, units.subarray(from, Math.min(length, from + 4096)) as unknown as number[]);
  return out;
}
