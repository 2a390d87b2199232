/**
 * Word-list matching for Chinese text. Lexicons are rule options, so they stay plain string arrays; the
 * `ignore` phrases mask look-alikes first (拟定 is not 拟, 尚未发现 is not 尚未) so the lists stay simple.
 */

/** The text with every ignored phrase blanked out (same length, so indexes still point into the original). */
export function maskPhrases(text: string, ignore: readonly string[] = []): string {
  let masked = text;
  for (const phrase of ignore) {
    // Most phrases are absent from most texts: look before cutting.
    if (phrase && masked.includes(phrase)) masked = masked.split(phrase).join('\u3000'.repeat(phrase.length));
  }
  return masked;
}

/** The first term of `terms` that occurs in `text` (earliest position, then longest), after masking `ignore`. */
export function findTerm(text: string, terms: readonly string[], ignore: readonly string[] = []): string | undefined {
  const haystack = maskPhrases(text, ignore);
  let best: { term: string; index: number } | undefined;
  for (const term of terms) {
    if (!term) continue;
    const index = haystack.indexOf(term);
    if (index < 0) continue;
    if (!best || index < best.index || (index === best.index && term.length > best.term.length)) best = { term, index };
  }
  return best?.term;
}

export function containsAny(text: string, terms: readonly string[], ignore: readonly string[] = []): boolean {
  return findTerm(text, terms, ignore) !== undefined;
}

/** Splits a list of parties or posts as reports write them: 财务股、人事股 / 党组书记，局长. */
export function splitList(text: string): string[] {
  return text
    .split(/[、，,；;／/和及与\s]+/u)
    .map((part) => part.trim())
    .filter(Boolean);
}
