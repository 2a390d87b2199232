import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeChecker } from './check.js';
import { buildCase } from './mutate.js';
import { recipeOf } from './recipe.js';
import { loadSeeds } from './seeds.js';

/**
 * The suite's share of the fuzzing that `npm run fuzz` does at length: byte and structural mutations of the
 * examples, the seed reports and the corpus documents, checked as `rectlint check` checks a file, with every rule
 * on and every format printed. Seeded, so a failure here is a failure on every run (fast-check prints the
 * shrunk recipe). Timing is `npm run fuzz`'s business, not this test's.
 */
describe('fuzzing the checker', () => {
  it('never throws, no rule crashes, and every position lies inside its text', async () => {
    const seeds = loadSeeds();
    const check = await makeChecker({ everyFormat: true });
    await fc.assert(
      fc.asyncProperty(recipeOf('ci'), async (recipe) => {
        const fuzzCase = await buildCase(seeds, recipe);
        const report = await check(fuzzCase, recipe);
        expect(report.failures.map((f) => `${f.signature} — ${f.detail}`), fuzzCase.label).toEqual([]);
      }),
      { seed: 16, numRuns: 1200 },
    );
  }, 600_000);
});
