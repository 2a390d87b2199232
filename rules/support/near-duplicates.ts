/**
 * Finds, for each text of a batch, the earliest earlier text of another group whose character shingles are at least
 * `threshold` similar (Jaccard), exactly: the same answer as comparing every pair, without comparing every pair
 * (within the work bound per text of `MAX_PROBES` and `MAX_COMPARISONS`).
 *
 * Prefix filtering (Chaudhuri et al., "A primitive operator for similarity joins", 2006): put all shingles in one
 * global order, rarest first (ties broken by table slot). Two sets with J ≥ t share at least ⌈t·|x|⌉ shingles, so
 * they share one among the first |x| − ⌈t·|x|⌉ + 1 shingles of each (its prefix). Only texts whose prefixes meet
 * are compared. A shingle that occurs in one text only can join no pair, so a text whose prefix is made of its own
 * wording meets nobody and costs one pass.
 *
 * Every shingle of the batch lives in one table (open addressing over 30-bit hashes, stamped per batch so it is
 * never cleared), which gives its frequency, removes repeats within a text, and lets a text's shingles be marked
 * for comparison. Nothing is allocated per shingle.
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
}

export interface SearchText<T> {
  text: string;
  /** Texts of one group (one problem) are never reported as copies of each other. */
  group: string;
  payload: T;
}

export interface SearchResult<T> {
  /** One outcome per text, in the order given. */
  outcomes: Outcome<T>[];
  /** Exact similarity computations made: a measure of the work the prefixes saved. */
  comparisons: number;
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

/** A growable Int32Array with a length. */
class IntList {
  values = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const bigger = new Int32Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.length++] = value;
  }
}

/**
 * The batch's shingles. A slot holds one shingle hash, how many texts contain it, which text last added it, the
 * text that last marked it, and the head of the list of texts whose prefix holds it.
 */
class ShingleTable {
  hashes = new Int32Array(1 << 12);
  batchOf = new Uint32Array(1 << 12);
  frequency = new Int32Array(1 << 12);
  lastText = new Int32Array(1 << 12);
  markedBy = new Int32Array(1 << 12);
  postings = new Int32Array(1 << 12);
  /** The stamp of the current batch: a slot whose stamp differs is empty. */
  batch = 0;

  /** Makes room for `shingles` entries and forgets the previous batch (by moving to a new stamp, not by clearing). */
  begin(shingles: number): void {
    if (this.hashes.length < shingles * 2) {
      let size = this.hashes.length;
      while (size < shingles * 2) size *= 2;
      this.hashes = new Int32Array(size);
      this.batchOf = new Uint32Array(size);
      this.frequency = new Int32Array(size);
      this.lastText = new Int32Array(size);
      this.markedBy = new Int32Array(size);
      this.postings = new Int32Array(size);
      this.batch = 0;
    }
    this.batch++;
  }

  /** Hashes text `text`'s normal form (in the units buffer) into shingles and appends the slots of the distinct ones. */
  add(text: number, length: number, size: number, into: IntList): void {
    const { hashes, batchOf, frequency, lastText, postings, batch } = this;
    const units = normalUnits();
    const mask = hashes.length - 1;
    const window = Math.min(size, length);
    const count = Math.max(1, length - size + 1);
    for (let i = 0; i < count; i++) {
      // Multiply-add over the window, mixed, and kept to 30 bits (small integers stay unboxed in V8).
      let hash = 0;
      for (let k = i; k < i + window; k++) hash = Math.imul(hash + units[k], 0x9e3779b1);
      hash = mix(hash) >>> 2;
      let slot = hash & mask;
      while (batchOf[slot] === batch && hashes[slot] !== hash) slot = (slot + 1) & mask;
      if (batchOf[slot] !== batch) {
        batchOf[slot] = batch;
        hashes[slot] = hash;
        frequency[slot] = 0;
        lastText[slot] = -1;
        postings[slot] = -1;
      }
      // A shingle repeated within one text counts once.
      if (lastText[slot] === text) continue;
      lastText[slot] = text;
      frequency[slot]++;
      into.push(slot);
    }
  }
}

const table = new ShingleTable();
const slotsOfTexts = new IntList();
/** Posting lists, linked through the table's `postings` heads: the text, the shingle's position in its order, the next entry. */
const postingText = new IntList();
const postingPosition = new IntList();
const postingNext = new IntList();
const candidates = new IntList();
/** The shared shingles of one text, as frequency × table size + slot, so sorting them gives the global order. */
let order = new Float64Array(256);
/** The text that last listed each text as a candidate, so a candidate is listed once. */
let listedBy = new Int32Array(256);

/**
 * Puts the `k` smallest of `values[0, length)` first, ascending (the rest after them, in no order): Hoare's
 * selection narrows to the first k, then insertion orders those few.
 */
function smallestFirst(values: Float64Array | Int32Array, length: number, k: number): void {
  let low = 0;
  let high = length - 1;
  while (high - low > 16) {
    const pivot = values[(low + high) >> 1];
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const swap = values[i];
        values[i++] = values[j];
        values[j--] = swap;
      }
    }
    if (k - 1 <= j) high = j;
    else if (k - 1 >= i) low = i;
    else {
      // The k-th place holds a value equal to the pivot: everything from i on is no smaller.
      high = i - 1;
      break;
    }
  }
  // The k smallest are now within [0, high]: order that part by insertion.
  const end = Math.min(length, high + 1);
  for (let i = 1; i < end; i++) {
    const value = values[i];
    let at = i;
    for (; at > 0 && values[at - 1] > value; at--) values[at] = values[at - 1];
    values[at] = value;
  }
}

/**
 * The fewest shingles two sets of these sizes must share for J ≥ threshold: J = s ÷ (a + b − s) ≥ t needs
 * s ≥ t·(a + b) ÷ (1 + t). Rounded with a hair of slack, so floating-point error never raises it.
 */
function overlapNeeded(threshold: number, a: number, b: number): number {
  return Math.ceil((threshold / (1 + threshold)) * (a + b) - 1e-9);
}

/** Jaccard similarity of text `other` (its slots from `start`) with the marked text `marker`, or 0 once it cannot reach `floor`. */
function similarity(marker: number, markedCount: number, start: number, count: number, floor: number): number {
  const needed = overlapNeeded(floor, count, markedCount);
  if (Math.min(count, markedCount) < needed) return 0;
  const { markedBy } = table;
  const slots = slotsOfTexts.values;
  let shared = 0;
  for (let i = 0; i < count; i++) {
    if (markedBy[slots[start + i]] === marker) shared++;
    else if (shared + (count - i - 1) < needed) return 0;
  }
  return shared / (count + markedCount - shared);
}

/** For each text, the earliest earlier text of another group that is identical or at least `threshold` similar to it. */
export function findNearDuplicates<T>(texts: readonly SearchText<T>[], options: NearDuplicateOptions): SearchResult<T> {
  const { shingleSize, threshold } = options;
  const minLength = Math.max(1, options.minLength ?? 1);
  const outcomes: Outcome<T>[] = new Array(texts.length);
  const starts = new Int32Array(texts.length + 1);
  // Groups as numbers, so the inner loop compares integers rather than strings.
  const groupIds = new Map<string, number>();
  const groups = Int32Array.from(texts, ({ group }) => groupIds.get(group) ?? groupIds.set(group, groupIds.size).size - 1);
  let total = 0;
  for (const { text } of texts) total += text.length;
  table.begin(total + texts.length);
  slotsOfTexts.length = 0;

  // First pass: every text's distinct shingles, and every shingle's frequency.
  for (let t = 0; t < texts.length; t++) {
    starts[t] = slotsOfTexts.length;
    const length = normaliseIntoUnits(texts[t].text);
    if (length < minLength) outcomes[t] = 'too-short';
    else table.add(t, length, shingleSize, slotsOfTexts);
  }
  starts[texts.length] = slotsOfTexts.length;

  // Second pass, in order: probe the text's prefix against earlier prefixes, then add its prefix.
  postingText.length = 0;
  postingPosition.length = 0;
  postingNext.length = 0;
  if (listedBy.length < texts.length) listedBy = new Int32Array(texts.length * 2);
  listedBy.fill(-1, 0, texts.length);
  const { frequency, markedBy, postings } = table;
  // A shingle is known by its slot, so the global order is (frequency, slot): consistent across the batch's texts,
  // and the slot comes back from the order key without looking the hash up again.
  const tableSize = frequency.length;
  const slots = slotsOfTexts.values;
  let comparisons = 0;
  for (let t = 0; t < texts.length; t++) {
    if (outcomes[t] === 'too-short') continue;
    const start = starts[t];
    const count = starts[t + 1] - start;
    // J ≥ t needs ⌈t·count⌉ shared shingles; the epsilon keeps rounding (0.6 × 5 = 3.0000000000000004) from shortening the prefix.
    const prefix = count - Math.ceil(threshold * count - 1e-9) + 1;
    let unique = 0;
    let shared = 0;
    if (order.length < count) order = new Float64Array(count * 2);
    for (let i = start; i < start + count; i++) {
      const slot = slots[i];
      markedBy[slot] = t;
      if (frequency[slot] === 1) unique++;
      else order[shared++] = frequency[slot] * tableSize + slot;
    }
    outcomes[t] = 'unique';
    // Shingles of this text alone come first in the global order; what the prefix holds beyond them is shared.
    if (unique >= prefix) continue;
    const inPrefix = Math.min(shared, prefix - unique);
    smallestFirst(order, shared, inPrefix);
    const sharedInOrder = order;
    candidates.length = 0;
    let probes = MAX_PROBES;
    for (let p = 0; p < inPrefix; p++) {
      const slot = sharedInOrder[p] % tableSize;
      // Shingles shared by two texts come in the same order in both, so this is the first they share: what
      // follows it in either bounds their overlap (the positional filter of PPJoin, Xiao et al. 2008).
      const position = unique + p;
      for (let entry = postings[slot]; entry !== -1 && probes > 0; entry = postingNext.values[entry], probes--) {
        const other = postingText.values[entry];
        if (listedBy[other] === t) continue;
        listedBy[other] = t;
        if (groups[other] === groups[t]) continue;
        const otherCount = starts[other + 1] - starts[other];
        const reachable = 1 + Math.min(count - position - 1, otherCount - postingPosition.values[entry] - 1);
        if (reachable >= overlapNeeded(threshold, count, otherCount)) candidates.push(other);
      }
      postingText.push(t);
      postingPosition.push(position);
      postingNext.push(postings[slot]);
      postings[slot] = postingText.length - 1;
    }
    // The earliest similar text is the one reported: the same answer whatever order the prefixes met in.
    const compared = Math.min(candidates.length, MAX_COMPARISONS);
    const found = candidates.values;
    smallestFirst(found, candidates.length, compared);
    for (let c = 0; c < compared; c++) {
      const other = found[c];
      comparisons++;
      const value = similarity(t, count, starts[other], starts[other + 1] - starts[other], threshold);
      if (value >= threshold) {
        outcomes[t] = { payload: texts[other].payload, similarity: value };
        break;
      }
    }
  }
  return { outcomes, comparisons };
}
