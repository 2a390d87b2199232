/**
 * Word-list matching for Chinese text. Lexicons are rule options, so they stay plain string arrays; each list is
 * compiled once into one regular expression (an alternation, longest word first): one regex scan costs about a
 * seventh of one `includes` per word. The `ignore` phrases mask look-alikes first
 * (拟定 is not 拟, 尚未发现 is not 尚未) so the lists stay simple.
 */

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word list compiled for matching. Get one with `lexicon(words)`, once per rule run, not once per text. */
export class Lexicon {
  /** Longest word first, so at the earliest position the longest word wins (alternation takes the first that matches). */
  private readonly pattern: RegExp | null;
  private readonly everywhere: RegExp | null;

  constructor(words: readonly string[]) {
    const sorted = [...new Set(words.filter(Boolean))].sort((a, b) => b.length - a.length);
    this.pattern = sorted.length > 0 ? new RegExp(sorted.map(escape).join('|')) : null;
    this.everywhere = this.pattern && new RegExp(this.pattern.source, 'g');
  }

  /** The earliest word in `text`, the longest at that position. */
  first(text: string): string | undefined {
    return this.pattern?.exec(text)?.[0];
  }

  has(text: string): boolean {
    return this.pattern?.test(text) ?? false;
  }

  /** The text with every word blanked out, leftmost and longest first (same length, so indexes still hold). */
  mask(text: string): string {
    // Most words are absent from most texts: look before rebuilding.
    if (!this.everywhere || !this.has(text)) return text;
    return text.replace(this.everywhere, (word) => '\u3000'.repeat(word.length));
  }
}

const compiled = new WeakMap<readonly string[], Lexicon>();

/** The list compiled, remembered by the array itself: options are resolved once per setting and shared by every file. */
export function lexicon(words: readonly string[]): Lexicon {
  let found = compiled.get(words);
  if (!found) compiled.set(words, (found = new Lexicon(words)));
  return found;
}

/** The default `ignore`: one array, not a new one per call (each new array would be compiled and remembered anew). */
const NOTHING: readonly string[] = Object.freeze([]);

/** The text with every ignored phrase blanked out (same length, so indexes still point into the original). */
export function maskPhrases(text: string, ignore: readonly string[] = NOTHING): string {
  return ignore.length === 0 ? text : lexicon(ignore).mask(text);
}

/** The first term of `terms` that occurs in `text` (earliest position, then longest), after masking `ignore`. */
export function findTerm(text: string, terms: readonly string[], ignore: readonly string[] = NOTHING): string | undefined {
  return lexicon(terms).first(maskPhrases(text, ignore));
}

export function containsAny(text: string, terms: readonly string[], ignore: readonly string[] = NOTHING): boolean {
  return findTerm(text, terms, ignore) !== undefined;
}

/** Splits a list of parties or posts as reports write them: 财务股、人事股 / 党组书记，局长. */
export function splitList(text: string): string[] {
  return text
    .split(/[、，,；;／/和及与\s]+/u)
    .map((part) => part.trim())
    .filter(Boolean);
}
