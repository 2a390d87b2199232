/**
 * What each rule of rectlint:recommended costs, linting in process (no file system): with every rule, with none,
 * and with each rule alone. Prints ms per plan (median of the passes); asserts nothing.
 *   npm run bench:rules           the 1 MB plan the language-server benchmark edits (15 passes)
 *   npm run bench:corpus-rules    200 plans of the `npm run bench` corpus, 60 problems each (5 passes): where that
 *                                 benchmark's ratio to JSON.parse goes
 */
import builtin from '../rules/index.js';
import { presetSettings } from '../src/config/presets.js';
import { lintText, type RuleSetting } from '../src/core/lint.js';
import { planText } from './corpus.js';
import { largePlanText } from './large-plan.js';

const corpus = process.argv.includes('--corpus');
const PLANS = 200;
const texts = corpus ? Array.from({ length: PLANS }, (_, i) => planText(i, { plans: PLANS, problemsPerPlan: 60, findingRate: 0.03 })) : [largePlanText()];
const passes = corpus ? 5 : 15;
const recommended = presetSettings(builtin.rules, 'recommended');

function lintAll(settings: Record<string, RuleSetting>): number {
  let findings = 0;
  for (const text of texts) findings += lintText(text, { registry: builtin.rules, settings, today: '2022-12-31' }).diagnostics.length;
  return findings;
}

/** The median of the passes over the plans, in ms per plan, after three passes to warm up. */
function msPerPlan(pass: () => unknown): number {
  for (let i = 0; i < 3; i++) pass();
  const times = Array.from({ length: passes }, () => {
    const started = performance.now();
    pass();
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return times[passes >> 1] / texts.length;
}

const fmt = (ms: number) => ms.toFixed(corpus ? 3 : 1);
const parseMs = msPerPlan(() => texts.forEach((text) => JSON.parse(text)));
const noRuleMs = msPerPlan(() => lintAll({}));
const allMs = msPerPlan(() => lintAll(recommended));
console.log(corpus ? `${PLANS} plans of the bench corpus` : 'the 1 MB plan');
console.log(`JSON.parse ${fmt(parseMs)} ms/plan; no rule ${fmt(noRuleMs)}; recommended ${fmt(allMs)} (${(allMs / parseMs).toFixed(2)}× JSON.parse), ${lintAll(recommended)} findings`);
const quiet = { ...recommended, 'require-cause-analysis': { severity: 'off' as const } };
console.log(`recommended but require-cause-analysis ${fmt(msPerPlan(() => lintAll(quiet)))}, ${lintAll(quiet)} findings (placing findings costs too)`);
console.log('each rule alone, ms per plan:');
for (const [id, setting] of Object.entries(recommended)) {
  if (setting.severity !== 'off') console.log(`  ${id.padEnd(32)} ${fmt(msPerPlan(() => lintAll({ [id]: setting })))}`);
}
