/** Option schemas the rules share: lexicons are plain word lists, so a user's config can replace them. */
export function wordList(defaults: readonly string[], description: string) {
  return { type: 'array', items: { type: 'string', minLength: 1 }, default: [...defaults], description };
}
