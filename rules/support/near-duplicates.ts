/**
 * Finds near-identical texts in one pass, in time linear in the total text length: each text is normalised and
 * cut into character shingles in one sweep over its code units (no intermediate strings), each shingle hashed
 * once; its `BANDS` smallest hashes (a bottom-k sketch) are its keys, and a text is compared only with the first
 * text seen under each of its keys: at most `BANDS` exact Jaccard comparisons per text, never all pairs.
 * Deterministic: the hashes are fixed.
 */

/**
 * Two texts at Jaccard J miss each other only when none of the first keys of their union (in hash order) is
 * shared, with probability about (1 − J)^BANDS: 0.4⁸ ≈ 0.0007 at the default threshold 0.6.
 */
export const BANDS = 8;

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

/** Writes `text`'s normal form into `units` and returns its length: punctuation, symbols and spaces dropped, lower case. */
function normaliseIntoUnits(text: string): number {
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
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let from = 0; from < length; from += 4096) out += String.fromCharCode(...units.subarray(from, Math.min(length, from + 4096)));
  return out;
}

/** murmur3's finaliser: a cheap, well-mixed 32-bit permutation. */
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * FNV-1a of `count` units from `start`, mixed, kept to 30 bits: small integers stay unboxed in V8, so map
 * lookups and typed-array reads allocate nothing. Ties between 30-bit hashes only make sets look a little closer.
 */
function unitsHash(start: number, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < start + count; i++) {
    hash ^= units[i];
    hash = Math.imul(hash, 0x01000193);
  }
  return mix(hash >>> 0) >>> 2;
}

/**
 * The whole normal form as one number (two independent 32-bit hashes, 53 bits kept), so identical texts meet in a
 * map without building their normal strings. A match is confirmed on the texts themselves.
 */
function fingerprint(length: number): number {
  let low = 0x811c9dc5;
  let high = 0x9747b28c;
  for (let i = 0; i < length; i++) {
    low = Math.imul(low ^ units[i], 0x01000193);
    high = Math.imul(high ^ units[i], 0x5bd1e995) ^ (high >>> 15);
  }
  return (mix(high) & 0x1fffff) * 0x100000000 + mix(low);
}

let scratch = new Uint32Array(1024);

/** The normal form's distinct shingle hashes, ascending (so the smallest `BANDS` are its keys, and comparing is a merge). */
function shingles(length: number, size: number): Uint32Array {
  const count = Math.max(1, length - size + 1);
  if (scratch.length < count) scratch = new Uint32Array(count * 2);
  const hashes = scratch.subarray(0, count);
  if (length <= size) hashes[0] = unitsHash(0, length);
  else for (let i = 0; i < count; i++) hashes[i] = unitsHash(i, size);
  hashes.sort();
  let distinct = 0;
  for (let i = 0; i < count; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i];
  return hashes.slice(0, distinct);
}

/**
 * Jaccard similarity of two ascending hash lists, or 0 as soon as it cannot reach `floor`: J ≥ floor needs
 * shared ≥ floor × (|a| + |b|) ÷ (1 + floor), and the lists' remaining lengths bound what can still be shared.
 */
function jaccard(a: Uint32Array, b: Uint32Array, floor: number): number {
  const needed = (floor * (a.length + b.length)) / (1 + floor);
  if (Math.min(a.length, b.length) < needed) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else {
      if (a[i] < b[j]) i++;
      else j++;
      if (shared + Math.min(a.length - i, b.length - j) < needed) return 0;
    }
  }
  return shared / (a.length + b.length - shared);
}

interface Entry<T> {
  text: string;
  group: string;
  payload: T;
  shingles: Uint32Array;
}

export interface NearDuplicate<T> {
  payload: T;
  /** Jaccard similarity of the two texts' shingle sets, 0–1. */
  similarity: number;
}

/** What `add` found: an earlier text of another group, none (`unique`), or nothing compared (`too-short`). */
export type AddOutcome<T> = NearDuplicate<T> | 'unique' | 'too-short';

export interface NearDuplicateOptions {
  shingleSize: number;
  threshold: number;
  /** Texts whose normal form is shorter are not compared (short stock phrases recur legitimately). */
  minLength?: number;
}

export class NearDuplicateIndex<T> {
  private readonly exact = new Map<number, Entry<T>[]>();
  private readonly bandLeaders = new Map<number, Entry<T>>();
  /** Exact Jaccard comparisons made so far: at most `BANDS` per text added. */
  comparisons = 0;

  constructor(private readonly options: NearDuplicateOptions) {}

  /** Adds a text and returns an earlier text of another group (another problem) identical or at least `threshold` similar to it. */
  add(text: string, group: string, payload: T): AddOutcome<T> {
    const length = normaliseIntoUnits(text);
    if (length < (this.options.minLength ?? 1)) return 'too-short';
    const print = fingerprint(length);
    const entry: Entry<T> = { text, group, payload, shingles: shingles(length, this.options.shingleSize) };
    const sameNormalForm = this.exact.get(print)?.find((other) => other.text === text || normaliseText(other.text) === normaliseText(text));
    if (sameNormalForm) return sameNormalForm.group === group ? 'unique' : { payload: sameNormalForm.payload, similarity: 1 };
    this.exact.set(print, [...(this.exact.get(print) ?? []), entry]);

    const keys = entry.shingles.subarray(0, BANDS);
    let found: NearDuplicate<T> | undefined;
    let matchedOwnGroup = false;
    let compared: Entry<T>[] | undefined;
    for (const key of keys) {
      const leader = this.bandLeaders.get(key);
      if (!leader || compared?.includes(leader)) continue;
      (compared ??= []).push(leader);
      this.comparisons++;
      const similarity = jaccard(entry.shingles, leader.shingles, this.options.threshold);
      if (similarity < this.options.threshold) continue;
      if (leader.group === group) matchedOwnGroup = true;
      else found ??= { payload: leader.payload, similarity };
    }
    // A text joins the first cluster it matches; it leads only the bands nobody leads yet.
    if (!found && !matchedOwnGroup) for (const key of keys) if (!this.bandLeaders.has(key)) this.bandLeaders.set(key, entry);
    return found ?? 'unique';
  }
}
