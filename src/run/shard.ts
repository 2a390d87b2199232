/** One part of a run split for a CI matrix: `--shard 2/4` is the second of four. */
export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Reads `i/n` (1 ≤ i ≤ n); undefined when the text is not a shard. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const [index, count] = [Number(match[1]), Number(match[2])];
  return index >= 1 && count >= 1 && index <= count ? { index, count } : undefined;
}

/**
 * The items of one shard, dealt round-robin over the sorted list: every shard gets the same share (±1), and the
 * split depends only on the list, so shards given the same paths never overlap and together cover it.
 */
export function selectShard<T>(items: readonly T[], shard: Shard | undefined): T[] {
  if (!shard) return [...items];
  return items.filter((_, position) => position % shard.count === shard.index - 1);
}
