/**
 * `npm run bench:corpus-rules`: 200 plans of the `npm run bench` corpus, held in memory, linted with
 * rectlint:recommended, with no rule, and with each rule alone (best of 5 passes, ms per plan). Shows where the
 * throughput ratio of `npm run bench` goes, without the file system. Prints figures; asserts nothing.
 */
import builtin from '../rules/index.js';
import { presetSettings } from '../src/config/presets.js';
import { lintText, type RuleSetting } from '../src/core/lint.js';
import { planText } from './corpus.js';

const PLANS = 200;
const texts = Array.from({ length: PLANS }, (_, i) => planText(i, { plans: PLANS, problemsPerPlan: 60, findingRate: 0.03 }));
const recommended = presetSettings(builtin.rules, 'recommended');

function lintAll(settings: Record<string, RuleSetting>): void {
  for (const text of texts) lintText(text, { registry: builtin.rules, settings, today: '2022-12-31' });
}

/** The best of five passes over the plans, in ms per plan. */
function msPerPlan(pass: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    pass();
    best = Math.min(best, performance.now() - started);
  }
  return best / PLANS;
}

const parseMs = msPerPlan(() => texts.forEach((text) => JSON.parse(text)));
const noRuleMs = msPerPlan(() => lintAll({}));
const allMs = msPerPlan(() => lintAll(recommended));
console.log(`JSON.parse ${parseMs.toFixed(3)} ms/plan; no rule ${noRuleMs.toFixed(3)}; recommended ${allMs.toFixed(3)} (${(allMs / parseMs).toFixed(2)}× JSON.parse)`);
console.log('each rule alone, ms per plan on top of no rule:');
for (const [id, setting] of Object.entries(recommended)) {
  if (setting.severity === 'off') continue;
  console.log(`  ${id.padEnd(32)} ${(msPerPlan(() => lintAll({ [id]: setting })) - noRuleMs).toFixed(3)}`);
}
