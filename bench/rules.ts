/**
 * `npm run bench:rules`: the 1 MB plan the language-server benchmark edits, linted with rectlint:recommended,
 * with no rule, and with each rule alone (median of 15 runs, ms). Shows which rule a slow check comes from.
 * Prints figures; asserts nothing.
 */
import builtin from '../rules/index.js';
import { presetSettings } from '../src/config/presets.js';
import { lintText } from '../src/core/lint.js';
import { largePlanText } from './large-plan.js';
const text = largePlanText();
const settings = presetSettings(builtin.rules, 'recommended');
const run = (s: Record<string, any>) => lintText(text, { registry: builtin.rules, settings: s, today: '2022-12-31' });
const time = (s: Record<string, any>) => { for (let i = 0; i < 5; i++) run(s); const ts = Array.from({ length: 15 }, () => { const t = performance.now(); run(s); return performance.now() - t; }).sort((a, b) => a - b); return ts[7]; };
console.log('all recommended', time(settings).toFixed(1), 'findings', run(settings).diagnostics.length);
console.log('none', time({}).toFixed(1));
const quiet = { ...settings, 'require-cause-analysis': { severity: 'off' } };
console.log('all but cause-analysis (0 findings)', time(quiet).toFixed(1), run(quiet).diagnostics.length);
for (const id of Object.keys(settings).filter((id) => settings[id].severity !== 'off')) {
  const t = time({ [id]: settings[id] });
  console.log(id.padEnd(32), t.toFixed(1));
}
