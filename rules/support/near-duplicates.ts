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

/**
 * The shingle set of the text being added, as an open-addressing hash set stamped with a generation number, so it
 * is cleared by counting rather than by filling. Comparing a stored text with it is one probe per stored shingle:
 * no set is ever sorted, and the texts' shingles are kept in one growing array per index instead of one typed
 * array per text (each of which V8 would allocate outside its heap).
 */
class CurrentShingles {
  private slots = new Int32Array(256);
  private stamps = new Uint32Array(256);
  private generation = 0;
  /** The distinct shingles, in the order found. */
  distinct = new Int32Array(128);
  count = 0;
  /** The `BANDS` smallest distinct shingles, ascending: the text's keys. */
  readonly keys = new Int32Array(BANDS);
  keyCount = 0;

  /**
   * Fills the set from the normal form in `units`. The rule's hot loop, so hashing, inserting and keeping the keys
   * are written out in one function over locals: three times faster than the same steps as method calls.
   */
  read(length: number, size: number): void {
    const shingleCount = Math.max(1, length - size + 1);
    if (this.slots.length < shingleCount * 2) this.grow(shingleCount);
    const generation = ++this.generation;
    const { slots, stamps, distinct, keys } = this;
    const mask = slots.length - 1;
    const window = Math.min(size, length);
    const text = units;
    let count = 0;
    let keyCount = 0;
    for (let i = 0; i < shingleCount; i++) {
      // Multiply-add over the window (FNV's xor-multiply chain was a seventh slower); mix() spreads the bits.
      let hash = 0;
      for (let k = i; k < i + window; k++) hash = Math.imul(hash + text[k], 0x9e3779b1);
      // Mixed, and kept to 30 bits: small integers stay unboxed in V8, so the maps and arrays holding them allocate nothing.
      hash = mix(hash >>> 0) >>> 2;
      let slot = hash & mask;
      while (stamps[slot] === generation && slots[slot] !== hash) slot = (slot + 1) & mask;
      if (stamps[slot] === generation) continue;
      stamps[slot] = generation;
      slots[slot] = hash;
      distinct[count++] = hash;
      // Keep the BANDS smallest: most shingles lose to the largest kept at the first comparison.
      if (keyCount === BANDS && hash >= keys[BANDS - 1]) continue;
      let at = keyCount < BANDS ? keyCount++ : BANDS - 1;
      for (; at > 0 && keys[at - 1] > hash; at--) keys[at] = keys[at - 1];
      keys[at] = hash;
    }
    this.count = count;
    this.keyCount = keyCount;
  }

  has(hash: number): boolean {
    const { slots, stamps, generation } = this;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      if (stamps[slot] !== generation) return false;
      if (slots[slot] === hash) return true;
    }
  }

  private grow(shingleCount: number): void {
    let size = this.slots.length;
    while (size < shingleCount * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.stamps = new Uint32Array(size);
    this.distinct = new Int32Array(size / 2);
    this.generation = 0;
  }
}

const current = new CurrentShingles();

/** Every stored text's distinct shingles, end to end; a text holds its start and count. */
class ShingleStore {
  values = new Int32Array(4096);
  length = 0;

  /** Appends the current text's shingles and returns where they start. */
  append(from: CurrentShingles): number {
    const start = this.length;
    if (this.values.length < start + from.count) {
      const bigger = new Int32Array(Math.max(this.values.length * 2, start + from.count));
      bigger.set(this.values.subarray(0, start));
      this.values = bigger;
    }
    this.values.set(from.distinct.subarray(0, from.count), start);
    this.length += from.count;
    return start;
  }
}

/**
 * Jaccard similarity of a stored text's shingles and the current text's, or 0 as soon as it cannot reach `floor`:
 * J ≥ floor needs shared ≥ floor × (|a| + |b|) ÷ (1 + floor), and the shingles left to probe bound what can still be shared.
 */
function jaccard(store: ShingleStore, start: number, count: number, floor: number): number {
  const needed = (floor * (count + current.count)) / (1 + floor);
  if (Math.min(count, current.count) < needed) return 0;
  let shared = 0;
  for (let i = 0; i < count; i++) {
    if (current.has(store.values[start + i])) shared++;
    else if (shared + (count - i - 1) < needed) return 0;
  }
  return shared / (count + current.count - shared);
}

interface Entry<T> {
  text: string;
  group: string;
  payload: T;
  /** Where the text's distinct shingles are in the index's store, and how many. */
  start: number;
  count: number;
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
  private readonly store = new ShingleStore();
  /** Exact Jaccard comparisons made so far: at most `BANDS` per text added. */
  comparisons = 0;

  constructor(private readonly options: NearDuplicateOptions) {}

  /** Adds a text and returns an earlier text of another group (another problem) identical or at least `threshold` similar to it. */
  add(text: string, group: string, payload: T): AddOutcome<T> {
    let length = normaliseIntoUnits(text);
    if (length < (this.options.minLength ?? 1)) return 'too-short';
    const print = fingerprint(length);
    const twins = this.exact.get(print);
    if (twins) {
      const same = twins.find((other) => other.text === text || normaliseText(other.text) === normaliseText(text));
      if (same) return same.group === group ? 'unique' : { payload: same.payload, similarity: 1 };
      // The comparison above reused the normal-form buffer: read this text again.
      length = normaliseIntoUnits(text);
    }
    current.read(length, this.options.shingleSize);
    const entry: Entry<T> = { text, group, payload, start: this.store.append(current), count: current.count };
    if (twins) twins.push(entry);
    else this.exact.set(print, [entry]);

    let found: NearDuplicate<T> | undefined;
    let matchedOwnGroup = false;
    let compared: Entry<T>[] | undefined;
    const keys = current.keys.subarray(0, current.keyCount);
    for (const key of keys) {
      const leader = this.bandLeaders.get(key);
      if (!leader || compared?.includes(leader)) continue;
      (compared ??= []).push(leader);
      this.comparisons++;
      const similarity = jaccard(this.store, leader.start, leader.count, this.options.threshold);
      if (similarity < this.options.threshold) continue;
      if (leader.group === group) matchedOwnGroup = true;
      else found ??= { payload: leader.payload, similarity };
    }
    // A text joins the first cluster it matches; it leads only the bands nobody leads yet.
    if (!found && !matchedOwnGroup) for (const key of keys) if (!this.bandLeaders.has(key)) this.bandLeaders.set(key, entry);
    return found ?? 'unique';
  }
}
