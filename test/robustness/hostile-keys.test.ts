import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { ConfigError } from '../../src/config/config-error.js';
import { basePlan } from '../fixtures/base-plan.js';
import { tempProject } from '../temp-project.js';
import { lint, positionOf, toText } from '../helpers.js';
import { runCli } from '../cli/run-cli.js';

/** What Object.prototype holds before any test: a key from a file must never add to it. */
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

function configError(config: object): Promise<string> {
  const root = tempProject({ 'rectlint.config.json': config });
  return loadConfig(`${root}/rectlint.config.json`).then(
    () => 'accepted',
    (error: unknown) => (error instanceof ConfigError ? error.message : `other: ${String(error)}`),
  );
}

describe('keys from files are data, never an object’s prototype', () => {
  it('"__proto__" as a rule id is an unknown rule, in rules and in overrides, like any other unknown id', async () => {
    const rules = JSON.parse('{"__proto__": "off"}');
    expect(await configError({ rules })).toMatch(/未知规则 “__proto__”/);
    expect(await configError({ overrides: [{ files: ['*.json'], rules }] })).toMatch(/未知规则 “__proto__”/);
    expect(await configError({ rules: { constructor: 'off' } })).toMatch(/未知规则 “constructor”/);
    expect(await configError({ weights: JSON.parse('{"__proto__": 3}') })).toMatch(/未知规则 “__proto__”/);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  });

  it('a plan, config, baseline and cache full of __proto__ and constructor keys pollutes nothing', async () => {
    const plan: any = JSON.parse(JSON.stringify(basePlan()));
    Object.defineProperty(plan, '__proto__', { value: { polluted: true, toString: 1 }, enumerable: true });
    Object.defineProperty(plan.aspects[0], 'constructor', { value: { prototype: { polluted: true } }, enumerable: true });
    const root = tempProject({
      'plan.json': toText(plan),
      constructor: toText(basePlan()),
      'rectlint-baseline.json': '{"format": 1, "files": {"__proto__": [{"ruleId": "schema", "path": "", "count": 1}], "constructor": null, "toString": "x"}}',
      '.rectlintcache': '{"format": 1, "rectlint": "0", "entries": {"__proto__": {"polluted": true}}}',
    });
    const run = await runCli(['check', '.', 'constructor', '--baseline', '--cache', '-f', 'json'], root);
    expect(run.stderr).not.toMatch(/内部错误|internal error|TypeError/);
    expect(JSON.parse(run.stdout).map((r: any) => r.filePath.split('/').pop())).toEqual(['constructor', 'plan.json']);
    expect(({} as any).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  });
});

describe('a suppression matches a real path, never a string that joins like one', () => {
  it('x-rectlint under a made-up key "aspects\\u00000" silences nothing in aspects[0]', () => {
    const plan: any = basePlan();
    plan.aspects[0].problems[0].causes = [];
    plan['aspects\u00000'] = { 'x-rectlint': { disable: ['require-cause-analysis'], reason: '冒充 aspects[0] 的键' } };
    const text = toText(plan);
    const result = lint(text);
    const causes = result.diagnostics.filter((d) => d.ruleId === 'require-cause-analysis');
    expect(causes).toHaveLength(1);
    expect(result.suppressed ?? []).toEqual([]);
    // …and the annotation itself says it silences nothing, placed on its own key (not on aspects[0]'s place).
    const unused = result.diagnostics.find((d) => d.ruleId === 'suppression' && d.message.includes('没有对应的审核发现'))!;
    expect({ line: unused.range.start.line }).toEqual({ line: positionOf(text, '"require-cause-analysis"').line });
  });

});
