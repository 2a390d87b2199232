/**
 * Finds, for each text of a batch, the earliest earlier text of another group whose character shingles are at least
 * `threshold` similar (Jaccard), exactly: the same answer as comparing every pair, without comparing every pair
 * (within the work bound per text of `MAX_PROBES` and `MAX_COMPARISONS`).
 *
 * Prefix filtering (Chaudhuri et al., "A primitive operator for similarity joins", 2006): put all shingles in one
 * global order, rarest first (ties in order of first sight). Two sets with J ≥ t share at least ⌈t·|x|⌉ shingles, so
 * they share one among the first |x| − ⌈t·|x|⌉ + 1 shingles of each (its prefix). Only texts whose prefixes meet
 * are compared. A shingle that occurs in one text only can join no pair, so a text whose prefix is made of its own
 * wording meets nobody and costs one pass.
 *
 * The first pass numbers the batch's distinct shingles (one hash table over 30-bit hashes), counts in how many texts
 * each occurs and drops repeats within a text. Counting sorts then renumber the shingles by rank in the global order
 * and put every text's shingles in that order, all texts at once, so each prefix is simply a text's first shingles.
 * The second pass walks the texts in order. Nothing is allocated per shingle.
 */
import { normalUnits, normaliseIntoUnits } from './normal-text.js';

export { normaliseText } from './normal-text.js';

/**
 * The work one text may cost, so that text stamped from one template (where every prefix meets every other) stays
 * linear: at most `MAX_PROBES` entries of the prefix lists read (rarest shingles first) and `MAX_COMPARISONS`
 * candidates compared (earliest first). Below these bounds, which plans written by people stay far from, the
 * answer is exact.
 */
export const MAX_PROBES = 512;
export const MAX_COMPARISONS = 64;

export interface NearDuplicate<T> {
  payload: T;
  /** Jaccard similarity of the two texts' shingle sets, 0–1. */
  similarity: number;
}

/** What the search found for one text: an earlier text of another group, none (`unique`), or nothing compared (`too-short`). */
export type Outcome<T> = NearDuplicate<T> | 'unique' | 'too-short';

export interface NearDuplicateOptions {
  shingleSize: number;
  threshold: number;
  /** Texts whose normal form is shorter are not compared (short stock phrases recur legitimately). */
  minLength?: number;
  /**
   * Entries of the prefix lists one text may read (default MAX_PROBES). Across many documents the lists of stock
   * phrasing grow long and each entry read is a cache miss, so a search over a whole round reads fewer.
   */
  maxProbes?: number;
  /** Candidates one text may be compared with (default MAX_COMPARISONS), earliest first. */
  maxComparisons?: number;
}

export interface SearchText<T> {
  text: string;
  /** Texts of one group (one problem) are never reported as copies of each other. Groups are told apart as Map keys are. */
  group: unknown;
  payload: T;
}

export interface SearchResult<T> {
  /** One outcome per text, in the order given. */
  outcomes: Outcome<T>[];
  /** Exact similarity computations made: a measure of the work the prefixes saved. */
  comparisons: number;
}

/** 2³² ÷ φ, the multiplier of Fibonacci hashing. */
const GOLDEN = 0x9e3779b1;

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

/** An Int32Array filled up to `length`, grown by its writer (see `grown`). */
class IntList {
  values = new Int32Array(1024);
  length = 0;
}

/** `values`, or a copy with room for at least `needed` entries. */
function grown(values: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  if (values.length >= needed) return values;
  const bigger = new Int32Array(Math.max(needed, values.length * 2));
  bigger.set(values);
  return bigger;
}

const SMALLEST_TABLE = 1 << 12;

/**
 * The batch's distinct shingles, numbered densely in order of first sight, so what is kept per shingle sits in
 * small arrays that stay in cache (a plan's texts have a few thousand distinct shingles among tens of thousands).
 */
class ShingleTable {
  /** Open addressing over [hash, number + 1] pairs (0: empty), at most half full. */
  private slots = new Int32Array(2 * SMALLEST_TABLE);
  private mask = SMALLEST_TABLE - 1;
  /** Distinct shingles of the batch so far. */
  count = 0;
  hashOf = new Int32Array(1024);
  /** How many texts contain each shingle. */
  frequency = new Int32Array(1024);
  /** The text that last added each shingle, so a shingle repeated within a text counts once. */
  private lastText = new Int32Array(1024);

  /** Forgets the previous batch; a table grown for a larger one is given back when this batch could not use it. */
  begin(shingles: number): void {
    let size = SMALLEST_TABLE;
    while (size < shingles * 2) size *= 2;
    this.count = 0;
    if (this.slots.length > 2 * size) this.resize(size);
    else this.slots.fill(0);
  }

  private resize(size: number): void {
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    for (let shingle = 0; shingle < this.count; shingle++) this.place(this.hashOf[shingle], shingle);
  }

  private place(hash: number, shingle: number): void {
    let slot = hash & this.mask;
    while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = shingle + 1;
  }

  /** The number of the shingle with this hash, numbering it if it is new. */
  private numberOf(hash: number): number {
    const { slots, mask } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot + 1];
      if (entry === 0) break;
      if (slots[2 * slot] === hash) return entry - 1;
    }
    const shingle = this.count++;
    if (this.count > this.hashOf.length) {
      this.hashOf = grown(this.hashOf, this.count);
      this.frequency = grown(this.frequency, this.count);
      this.lastText = grown(this.lastText, this.count);
    }
    this.hashOf[shingle] = hash;
    this.frequency[shingle] = 0;
    this.lastText[shingle] = -1;
    if (this.count * 2 > mask + 1) this.resize(2 * (mask + 1));
    else this.place(hash, shingle);
    return shingle;
  }

  /** Hashes text `text`'s normal form (in the units buffer) into shingles and appends the numbers of the distinct ones. */
  add(text: number, length: number, size: number, into: IntList): void {
    const units = normalUnits();
    const window = Math.min(size, length);
    const count = Math.max(1, length - size + 1);
    // Room for every shingle up front, so the loop writes to a local array.
    const numbers = (into.values = grown(into.values, into.length + count));
    let end = into.length;
    for (let i = 0; i < count; i++) {
      // Multiply-add over the window, mixed, and kept to 30 bits (small integers stay unboxed in V8). The default
      // window of 3 is written out: the loop cost a tenth of the whole search.
      let hash = 0;
      if (window === 3) hash = Math.imul(Math.imul(Math.imul(units[i], GOLDEN) + units[i + 1], GOLDEN) + units[i + 2], GOLDEN);
      else for (let k = i; k < i + window; k++) hash = Math.imul(hash + units[k], GOLDEN);
      const shingle = this.numberOf(mix(hash) >>> 2);
      if (this.lastText[shingle] === text) continue;
      this.lastText[shingle] = text;
      this.frequency[shingle]++;
      numbers[end++] = shingle;
    }
    into.length = end;
  }

  /**
   * Renumbers the shingles in the global order, rarest first (ties in order of first sight), by counting sort:
   * afterwards a shingle's number is its rank, and the first `once` ranks occur in one text only. Leaves each
   * shingle's rank and the end of each rank's list of texts for sortByRank.
   */
  rank(): { once: number } {
    const { count, frequency } = this;
    let most = 0;
    for (let shingle = 0; shingle < count; shingle++) most = Math.max(most, frequency[shingle]);
    firstOfFrequency = grown(firstOfFrequency, most + 2);
    const firstOf = firstOfFrequency;
    firstOf.fill(0, 0, most + 2);
    for (let shingle = 0; shingle < count; shingle++) firstOf[frequency[shingle] + 1]++;
    for (let f = 1; f <= most + 1; f++) firstOf[f] += firstOf[f - 1];
    const once = firstOf[2];
    rankOf = grown(rankOf, count);
    textsOfRankEnd = grown(textsOfRankEnd, count);
    // Each rank's list of texts ends where the next begins: its start plus the shingle's frequency.
    for (let shingle = 0; shingle < count; shingle++) {
      const rank = firstOf[frequency[shingle]]++;
      rankOf[shingle] = rank;
      textsOfRankEnd[rank] = frequency[shingle];
    }
    for (let rank = 1; rank < count; rank++) textsOfRankEnd[rank] += textsOfRankEnd[rank - 1];
    return { once };
  }
}

/** For `rank`: the first rank of each frequency, each shingle's rank, and where each rank's list of texts ends. */
let firstOfFrequency = new Int32Array(256);
let rankOf = new Int32Array(1024);
let textsOfRankEnd = new Int32Array(1024);
/** For `sortByRank`: the texts holding each rank, and where each text's next shingle goes. */
let textsOfRank = new Int32Array(1024);
let nextOfText = new Int32Array(256);

/**
 * Rewrites every text's shingle numbers as ranks in ascending order, all texts at once: a counting sort through
 * the lists of texts holding each rank (two passes over all shingles), cheaper than a sort or selection per text.
 */
function sortByRank(starts: Int32Array, texts: number, distinct: number): void {
  const shingles = shinglesOfTexts.values;
  textsOfRank = grown(textsOfRank, shinglesOfTexts.length);
  // Each list is filled from its end backwards, so afterwards each end marks its list's start.
  for (let t = 0; t < texts; t++) {
    for (let i = starts[t]; i < starts[t + 1]; i++) textsOfRank[--textsOfRankEnd[rankOf[shingles[i]]]] = t;
  }
  // Each end now marks its list's start; reading the lists in rank order appends ranks to their texts in order.
  nextOfText = grown(nextOfText, texts);
  nextOfText.set(starts.subarray(0, texts));
  for (let rank = 0; rank < distinct; rank++) {
    const end = rank + 1 < distinct ? textsOfRankEnd[rank + 1] : shinglesOfTexts.length;
    for (let k = textsOfRankEnd[rank]; k < end; k++) shingles[nextOfText[textsOfRank[k]]++] = rank;
  }
}

const table = new ShingleTable();
/** Every text's distinct shingles: their numbers after the first pass, their ranks after `rank`. */
const shinglesOfTexts = new IntList();
/**
 * The prefix lists, one contiguous stretch per shingle (by rank), POSTING ints an entry: the text, the shingle's
 * position in its order, the text's number of shingles and its group. Every text's prefix is known once the ranks
 * are, so each list's length is counted first and its stretch filled in text order; a text reads a list backwards,
 * latest first. Across a round of plans the lists of stock phrasing grow long: read in sequence they cost a
 * fraction of what a linked list's entry-by-entry misses did.
 */
const POSTING = 4;
let posting = new Int32Array(POSTING * 1024);
/** By rank: where its stretch of `posting` starts, and where its next entry goes. */
let listStart = new Int32Array(1024);
let listEnd = new Int32Array(1024);
let candidates = new Int32Array(256);

/** Sorts `values[0, length)` and drops repeats; returns how many distinct values lead. */
function sortedDistinct(values: Int32Array, length: number): number {
  const list = values.subarray(0, length).sort();
  let distinct = 0;
  for (let i = 0; i < length; i++) if (i === 0 || list[i] !== list[i - 1]) list[distinct++] = list[i];
  return distinct;
}

/**
 * The fewest shingles two sets of these sizes must share for J ≥ threshold: J = s ÷ (a + b − s) ≥ t needs
 * s ≥ t·(a + b) ÷ (1 + t). Rounded with a hair of slack, so floating-point error never raises it.
 */
function overlapNeeded(threshold: number, a: number, b: number): number {
  return sharedNeeded(threshold / (1 + threshold), a + b);
}

/** `overlapNeeded` with its ratio t ÷ (1 + t) worked out once, for the inner loop. */
const sharedNeeded = (ratio: number, sizes: number) => Math.ceil(ratio * sizes - 1e-9);

/**
 * Jaccard similarity of two texts (their shingles from `aStart` and `bStart`, each in rank order), or 0 once it
 * cannot reach `floor`. The two sorted runs are merged: both are read in sequence, where looking each shingle up in
 * a table indexed by rank was a cache miss per shingle on a round's millions of shingles.
 */
function similarity(aStart: number, aCount: number, bStart: number, bCount: number, floor: number): number {
  const needed = overlapNeeded(floor, aCount, bCount);
  if (Math.min(aCount, bCount) < needed) return 0;
  const shingles = shinglesOfTexts.values;
  let [i, j, shared] = [0, 0, 0];
  while (i < aCount && j < bCount) {
    const [a, b] = [shingles[aStart + i], shingles[bStart + j]];
    if (a === b) {
      shared++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
    if (shared + Math.min(aCount - i, bCount - j) < needed) return 0;
  }
  return shared / (aCount + bCount - shared);
}

/**
 * Groups as numbers, so the inner loop compares integers. A group's texts usually come one after another, so
 * the map is consulted only where the group changes.
 */
function groupNumbers(texts: readonly SearchText<unknown>[]): Int32Array {
  const numbers = new Map<unknown, number>();
  const groups = new Int32Array(texts.length);
  let previous: unknown;
  let number = -1;
  for (let t = 0; t < texts.length; t++) {
    const { group } = texts[t];
    if (t === 0 || group !== previous) {
      number = numbers.get(group) ?? numbers.set(group, numbers.size).size - 1;
      previous = group;
    }
    groups[t] = number;
  }
  return groups;
}

/** For each text, the earliest earlier text of another group that is identical or at least `threshold` similar to it. */
export function findNearDuplicates<T>(texts: readonly SearchText<T>[], options: NearDuplicateOptions): SearchResult<T> {
  const { shingleSize, threshold } = options;
  const minLength = Math.max(1, options.minLength ?? 1);
  const maxProbes = options.maxProbes ?? MAX_PROBES;
  const maxComparisons = options.maxComparisons ?? MAX_COMPARISONS;
  const outcomes: Outcome<T>[] = new Array(texts.length);
  const starts = new Int32Array(texts.length + 1);
  const groups = groupNumbers(texts);
  let total = 0;
  for (let t = 0; t < texts.length; t++) total += texts[t].text.length;
  table.begin(total);
  shinglesOfTexts.length = 0;

  // First pass: every text's distinct shingles, and every shingle's frequency; then each shingle's rank.
  for (let t = 0; t < texts.length; t++) {
    starts[t] = shinglesOfTexts.length;
    const length = normaliseIntoUnits(texts[t].text);
    if (length < minLength) outcomes[t] = 'too-short';
    else table.add(t, length, shingleSize, shinglesOfTexts);
  }
  starts[texts.length] = shinglesOfTexts.length;
  const { once } = table.rank();
  sortByRank(starts, texts.length, table.count);

  // Each text's prefix (beyond its own shingles, which no other text has) goes to the lists: their lengths first.
  const shingles = shinglesOfTexts.values;
  const prefixOf = (t: number) => {
    const count = starts[t + 1] - starts[t];
    // J ≥ t needs ⌈t·count⌉ shared shingles; the epsilon keeps rounding (0.6 × 5 = 3.0000000000000004) from shortening the prefix.
    return count - Math.ceil(threshold * count - 1e-9) + 1;
  };
  const uniqueOf = (t: number) => {
    const [start, end] = [starts[t], starts[t + 1]];
    let unique = 0;
    // The shingles are in rank order: those of this text alone come first.
    while (start + unique < end && shingles[start + unique] < once) unique++;
    return unique;
  };
  listStart = grown(listStart, table.count + 1);
  listEnd = grown(listEnd, table.count);
  listStart.fill(0, 0, table.count + 1);
  for (let t = 0; t < texts.length; t++) {
    if (outcomes[t] === 'too-short') continue;
    const prefix = prefixOf(t);
    for (let position = uniqueOf(t); position < prefix; position++) listStart[shingles[starts[t] + position] + 1]++;
  }
  for (let rank = 0; rank < table.count; rank++) listStart[rank + 1] += listStart[rank];
  listEnd.set(listStart.subarray(0, table.count));
  posting = grown(posting, POSTING * listStart[table.count]);

  // Second pass, in order: probe the text's prefix against earlier prefixes, then add its prefix.
  const ratio = threshold / (1 + threshold);
  // Each entry read lists at most one candidate (a text met again is listed again, and the repeat dropped below).
  const found = (candidates = grown(candidates, maxProbes));
  let comparisons = 0;
  for (let t = 0; t < texts.length; t++) {
    if (outcomes[t] === 'too-short') continue;
    const start = starts[t];
    const count = starts[t + 1] - start;
    const prefix = prefixOf(t);
    const unique = uniqueOf(t);
    outcomes[t] = 'unique';
    // What the prefix holds beyond the text's own shingles is shared with other texts.
    if (unique >= prefix) continue;
    let listed = 0;
    let probes = maxProbes;
    const group = groups[t];
    for (let position = unique; position < prefix; position++) {
      const rank = shingles[start + position];
      // Shingles shared by two texts come in the same order in both, so this is the first they share: what
      // follows it in either bounds their overlap (the positional filter of PPJoin, Xiao et al. 2008).
      // A text met at an earlier position of this text's prefix had the larger bound there: a later meeting, whose
      // bound is smaller, adds nothing, and its repeat is dropped when the candidates are sorted.
      for (let entry = listEnd[rank] - 1; entry >= listStart[rank] && probes > 0; entry--, probes--) {
        const at = POSTING * entry;
        if (posting[at + 3] === group) continue;
        const otherCount = posting[at + 2];
        const reachable = 1 + Math.min(count - position - 1, otherCount - posting[at + 1] - 1);
        if (reachable >= sharedNeeded(ratio, count + otherCount)) found[listed++] = posting[at];
      }
      const at = POSTING * listEnd[rank]++;
      posting[at] = t;
      posting[at + 1] = position;
      posting[at + 2] = count;
      posting[at + 3] = group;
    }
    if (listed === 0) continue;
    // The earliest similar text is the one reported: the same answer whatever order the prefixes met in.
    const compared = Math.min(sortedDistinct(found, listed), maxComparisons);
    for (let c = 0; c < compared; c++) {
      const other = found[c];
      comparisons++;
      const value = similarity(start, count, starts[other], starts[other + 1] - starts[other], threshold);
      if (value >= threshold) {
        outcomes[t] = { payload: texts[other].payload, similarity: value };
        break;
      }
    }
  }
  return { outcomes, comparisons };
}
