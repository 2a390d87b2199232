/**
 * Finds near-identical texts in one pass, in time linear in the total text length: each text is reduced to its
 * character shingles, hashed once each; its `BANDS` smallest hashes (a bottom-k sketch) are its keys, and a text
 * is compared only with the first text seen under each of its keys — at most `BANDS` exact Jaccard comparisons per
 * text, never all pairs. Deterministic: the hash is fixed.
 */

/**
 * Two texts at Jaccard J miss each other only when none of the first keys of their union (in hash order) is
 * shared, with probability about (1 − J)^BANDS: 0.4⁸ ≈ 0.0007 at the default threshold 0.6.
 */
export const BANDS = 8;

const IGNORED_CHARACTER = /^[\p{P}\p{S}\p{Z}\s]$/u;
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const halfWidth = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/** Chinese characters, digits and lower-case letters are kept without asking the (slow) Unicode regex. */
function plainlyKept(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
}

function withoutIgnored(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (plainlyKept(code)) continue;
    // A character beyond the BMP is two code units; test it whole.
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    if (IGNORED_CHARACTER.test(text.slice(i, i + width))) {
      out += text.slice(from, i);
      from = i + width;
    }
    i += width - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

const normalised = new Map<string, string>();

/** Punctuation, symbols and spaces do not make two texts different. Remembered: the same texts recur. */
export function normaliseText(text: string): string {
  let normal = normalised.get(text);
  if (normal === undefined) {
    // Full-width letters and digits (Ａ１) are folded by hand: all of NFKC that matters here, at a fraction of its cost.
    normal = withoutIgnored(text.replace(FULL_WIDTH, halfWidth).toLowerCase());
    // Bounded, so a long-running language server does not keep every text it ever saw.
    if (normalised.size > 50_000) normalised.clear();
    normalised.set(text, normal);
  }
  return normal;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
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

/** FNV-1a of `size` characters from `start`, without cutting a substring. */
function shingleHash(text: string, start: number, size: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < start + size; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return mix(hash >>> 0);
}

/** The text's distinct shingle hashes, ascending (so the smallest `BANDS` are its keys, and comparing is a merge). */
function shingles(text: string, size: number): Uint32Array {
  const count = Math.max(1, text.length - size + 1);
  const hashes = new Uint32Array(count);
  if (text.length <= size) hashes[0] = mix(fnv1a(text));
  else for (let i = 0; i < count; i++) hashes[i] = shingleHash(text, i, size);
  hashes.sort();
  let distinct = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i];
  return hashes.subarray(0, distinct);
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
  group: string;
  payload: T;
  shingles: Uint32Array;
}

export interface NearDuplicate<T> {
  payload: T;
  /** Jaccard similarity of the two texts' shingle sets, 0–1. */
  similarity: number;
}

export class NearDuplicateIndex<T> {
  private readonly exact = new Map<string, Entry<T>>();
  private readonly bandLeaders = new Map<number, Entry<T>>();
  /** Exact Jaccard comparisons made so far: at most `BANDS` per text added. */
  comparisons = 0;

  constructor(private readonly options: { shingleSize: number; threshold: number }) {}

  /**
   * Adds a text and returns an earlier text of another group (another problem) that is identical or
   * at least `threshold` similar to it.
   */
  add(text: string, group: string, payload: T): NearDuplicate<T> | undefined {
    const normal = normaliseText(text);
    const twin = this.exact.get(normal);
    if (twin) return twin.group === group ? undefined : { payload: twin.payload, similarity: 1 };
    const entry: Entry<T> = { group, payload, shingles: shingles(normal, this.options.shingleSize) };
    this.exact.set(normal, entry);

    const keys = entry.shingles.subarray(0, BANDS);
    let found: NearDuplicate<T> | undefined;
    let matchedOwnGroup = false;
    const compared = new Set<Entry<T>>();
    for (const key of keys) {
      const leader = this.bandLeaders.get(key);
      if (!leader || compared.has(leader)) continue;
      compared.add(leader);
      this.comparisons++;
      const similarity = jaccard(entry.shingles, leader.shingles, this.options.threshold);
      if (similarity < this.options.threshold) continue;
      if (leader.group === group) matchedOwnGroup = true;
      else if (!found) found = { payload: leader.payload, similarity };
    }
    // A text joins the first cluster it matches; it leads only the bands nobody leads yet.
    if (!found && !matchedOwnGroup) for (const key of keys) if (!this.bandLeaders.has(key)) this.bandLeaders.set(key, entry);
    return found;
  }
}
