/**
 * Time of each hollow-rectification rule alone on synthetic plans of growing size, to show each stays linear
 * (duplicate-evidence above all: it compares texts across the plan). `npm run bench:hollow [-- maxMegabytes]`.
 * Two corpora: the realistic one (every problem worded differently) and a worst case for near-duplicate search
 * (every measure and progress text the same template with a few characters changed). Prints figures; asserts nothing.
 */
import { hollowRectificationRules } from '../rules/hollow-rectification.js';
import { defaultOptions } from '../src/core/active-rule.js';
import { runRules } from '../src/core/runner.js';
import type { Rule } from '../src/rule-kit/types.js';
import type { Plan } from '../src/types/plan.js';
import { largePlanText } from './large-plan.js';

const maxMegabytes = Number(process.argv[2] ?? 4);
const sizes = [0.25, 0.5, 1, 2, 4, 8].filter((mb) => mb <= maxMegabytes);

/** The realistic plan, with every measure and progress text rewritten from one template (near-duplicates everywhere). */
function templatedText(text: string): string {
  const plan = JSON.parse(text);
  let n = 0;
  for (const aspect of plan.aspects) {
    for (const problem of aspect.problems) {
      problem.progress = `经过集中整改，第${n % 10}批问题已全部整改到位，建立了长效机制，取得了明显成效。`;
      for (const measure of problem.measures ?? []) measure.text = `对第${n++ % 100}号事项逐宗核查，全部补录至政务服务平台，约谈相关责任人。`;
    }
  }
  return JSON.stringify(plan, null, 2);
}

/** Median of 7 timed walks of the parsed plan with this one rule (after 3 warm-up walks): the rule's own cost. */
function time(plan: Plan, rule: Rule): number {
  const active = [{ rule, severity: 'warn' as const, options: defaultOptions(rule), weight: rule.meta.weight }];
  const run = () => runRules(plan, active, '2022-12-31');
  for (let i = 0; i < 3; i++) run();
  const times = Array.from({ length: 7 }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[3];
}

for (const [name, make] of [['realistic', (t: string) => t], ['templated (near-duplicates everywhere)', templatedText]] as const) {
  const plans: Plan[] = sizes.map((mb) => JSON.parse(make(largePlanText(mb * 1_000_000))));
  const problems = plans.map((plan) => plan.aspects.reduce((n, a) => n + a.problems.length, 0));
  console.log(`\n${name}: median ms per walk of the plan with one rule; µs per problem in brackets`);
  console.log(`${'rule'.padEnd(32)}${problems.map((p) => `${p} problems`.padStart(20)).join('')}`);
  for (const rule of hollowRectificationRules) {
    const cells = plans.map((plan, i) => {
      const ms = time(plan, rule);
      return `${ms.toFixed(2)} (${((ms / problems[i]) * 1000).toFixed(1)})`.padStart(20);
    });
    console.log(`${rule.meta.id.padEnd(32)}${cells.join('')}`);
  }
}
