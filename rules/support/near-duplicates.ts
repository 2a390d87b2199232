/**
 * Finds near-identical texts in one pass, in time linear in the total text length: each text is reduced to its
 * character shingles, a MinHash signature of those is cut into bands (locality-sensitive hashing), and a text is
 * compared only with the first text seen in each of its bands — at most `BANDS` exact Jaccard comparisons per
 * text, never all pairs. Deterministic: the hash seeds are fixed.
 */

/** 16 bands of 2 rows: a pair at Jaccard 0.6 shares a band with probability 1 − (1 − 0.6²)¹⁶ ≈ 0.999. */
export const BANDS = 16;
const ROWS = 2;
const SEEDS = Array.from({ length: BANDS * ROWS }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);

/** Punctuation, symbols and spaces do not make two texts different. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\p{Z}\s]+/gu, '');
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

function shingles(text: string, size: number): Set<number> {
  const set = new Set<number>();
  if (text.length <= size) set.add(fnv1a(text));
  for (let i = 0; i + size <= text.length; i++) set.add(fnv1a(text.slice(i, i + size)));
  return set;
}

function signature(set: Set<number>): number[] {
  const minima = SEEDS.map(() => 0xffffffff);
  for (const shingle of set) {
    for (let i = 0; i < SEEDS.length; i++) {
      const h = mix(shingle ^ SEEDS[i]);
      if (h < minima[i]) minima[i] = h;
    }
  }
  return minima;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

interface Entry<T> {
  group: string;
  payload: T;
  shingles: Set<number>;
}

export interface NearDuplicate<T> {
  payload: T;
  /** Jaccard similarity of the two texts' shingle sets, 0–1. */
  similarity: number;
}

export class NearDuplicateIndex<T> {
  private readonly exact = new Map<string, Entry<T>>();
  private readonly bandLeaders = new Map<string, Entry<T>>();
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

    const sig = signature(entry.shingles);
    const keys = Array.from({ length: BANDS }, (_, band) => `${band}:${sig.slice(band * ROWS, band * ROWS + ROWS).join(',')}`);
    let found: NearDuplicate<T> | undefined;
    let matchedOwnGroup = false;
    const compared = new Set<Entry<T>>();
    for (const key of keys) {
      const leader = this.bandLeaders.get(key);
      if (!leader || compared.has(leader)) continue;
      compared.add(leader);
      this.comparisons++;
      const similarity = jaccard(entry.shingles, leader.shingles);
      if (similarity < this.options.threshold) continue;
      if (leader.group === group) matchedOwnGroup = true;
      else if (!found) found = { payload: leader.payload, similarity };
    }
    // A text joins the first cluster it matches; it leads only the bands nobody leads yet.
    if (!found && !matchedOwnGroup) for (const key of keys) if (!this.bandLeaders.has(key)) this.bandLeaders.set(key, entry);
    return found;
  }
}
