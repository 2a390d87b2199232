/**
 * A small trie over fixed words: the longest word starting at a position, in time bounded by the longest word.
 * The importer's word lists (statuses, cues) use it instead of alternations run over untrusted text.
 */
interface Node<T> {
  next: Map<number, Node<T>>;
  value?: T;
  length?: number;
}

export class WordTrie<T> {
  private readonly root: Node<T> = { next: new Map() };
  private longest = 0;

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [word, value] of entries) this.add(word, value);
  }

  private add(word: string, value: T): void {
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let next = node.next.get(code);
      if (!next) {
        next = { next: new Map() };
        node.next.set(code, next);
      }
      node = next;
    }
    if (node.value === undefined) {
      node.value = value;
      node.length = word.length;
    }
    this.longest = Math.max(this.longest, word.length);
  }

  /** The longest word starting at `at` and ending by `end`. */
  at(text: string, at: number, end = text.length): { value: T; length: number } | undefined {
    let node: Node<T> | undefined = this.root;
    let found: { value: T; length: number } | undefined;
    const limit = Math.min(end, at + this.longest);
    for (let i = at; i < limit; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.value !== undefined) found = { value: node.value, length: node.length! };
    }
    return found;
  }

  /** The leftmost (then longest) word in text[start, end). */
  find(text: string, start: number, end: number): { value: T; start: number; length: number } | undefined {
    for (let i = start; i < end; i++) {
      const found = this.at(text, i, end);
      if (found) return { value: found.value, start: i, length: found.length };
    }
    return undefined;
  }

  /** Whether text[start, end) holds any of the words. */
  occursIn(text: string, start: number, end: number): boolean {
    return this.find(text, start, end) !== undefined;
  }
}
