/**
 * `npm run bench:corpus-rules`: 200 plans of the `npm run bench` corpus, held in memory, linted with
 * rectlint:recommended, with no rule, and with each rule alone (best of 5 passes, ms per plan). Shows where the
 * throughput ratio of `npm run bench` goes, without the file system. Prints figures; asserts nothing.
 */
import builtin from '../rules/index.js';
import { presetSettings } from '../src/config/presets.js';
import { lintText } from '../src/core/lint.js';
import { planText } from './corpus.js';

const PLANS = 200;
const texts = Array.from({ length: PLANS }, (_, i) => planText(i, { plans: PLANS, problemsPerPlan: 60, findingRate: 0.03 }));
const settings = presetSettings(builtin.rules, 'recommended');
const floor = () => { for (const text of texts) JSON.parse(text); };
const run = (s: Record<string, any>) => { for (const text of texts) lintText(text, { registry: builtin.rules, settings: s, today: '2022-12-31' }); };
const best = (f: () => void) => { let min = Infinity; for (let i = 0; i < 5; i++) { const t = performance.now(); f(); min = Math.min(min, performance.now() - t); } return min / PLANS; };
const floorMs = best(floor);
const noneMs = best(() => run({}));
const allMs = best(() => run(settings));
console.log(`JSON.parse ${floorMs.toFixed(3)} ms/plan; no rule ${noneMs.toFixed(3)}; recommended ${allMs.toFixed(3)} (${(allMs / floorMs).toFixed(2)}× JSON.parse)`);
for (const id of Object.keys(settings).filter((id) => settings[id].severity !== 'off')) {
  console.log(`  ${id.padEnd(32)} +${(best(() => run({ [id]: settings[id] })) - noneMs).toFixed(3)}`);
}
