import { createRequire } from 'node:module';
import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import type { RuleSetting } from '../core/lint.js';
import { recordOf } from '../core/records.js';
import { closestWord } from '../core/text-distance.js';
import type { Rule, Severity } from '../rule-kit/types.js';

/** ESLint's numbers for severities, accepted in a config (and --rule): 0 off, 1 warn, 2 error. */
export type NumericSeverity = 0 | 1 | 2;
const NUMERIC_SEVERITIES: Record<NumericSeverity, Severity> = { 0: 'off', 1: 'warn', 2: 'error' };

export type RawRuleSetting = Severity | NumericSeverity | { severity: Severity | NumericSeverity; options?: Record<string, unknown> };

/** A severity as written (a word, or ESLint's 0/1/2) as the word. */
export function severityOf(value: Severity | NumericSeverity): Severity {
  return typeof value === 'number' ? NUMERIC_SEVERITIES[value] : value;
}

/** Later settings win; a bare severity keeps the options an earlier preset or file gave. */
export function mergeSettings(base: Record<string, RuleSetting>, raw: Record<string, RawRuleSetting> | undefined): Record<string, RuleSetting> {
  const merged = recordOf(base);
  for (const [id, setting] of Object.entries(raw ?? {})) {
    merged[id] =
      typeof setting === 'object' ? { severity: severityOf(setting.severity), options: setting.options } : { ...merged[id], severity: severityOf(setting) };
  }
  return merged;
}

// ajv's compiler is loaded only when a config sets options (about 85 ms of start-up otherwise).
const require = createRequire(import.meta.url);
let ajv: Ajv2020 | undefined;
const optionValidators = new WeakMap<Rule, ValidateFunction>();

/** Why a rule setting cannot be used (unknown rule, bad options), or undefined when it is fine. */
export function checkRuleSetting(id: string, setting: RuleSetting, registry: ReadonlyMap<string, Rule>): string | undefined {
  const rule = registry.get(id);
  if (!rule) {
    const guess = closestWord(id, [...registry.keys()]);
    return `未知规则 “${id}”${guess ? `，是否应为 “${guess}”？` : ''} (unknown rule "${id}"${guess ? `; did you mean "${guess}"?` : ''})`;
  }
  if (!setting.options) return undefined;
  const schema = rule.meta.options ?? { type: 'object', properties: {}, additionalProperties: false };
  let validate = optionValidators.get(rule);
  if (!validate) {
    ajv ??= new (require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')).Ajv2020({ allErrors: true, strict: false });
    validate = ajv.compile(schema);
    optionValidators.set(rule, validate);
  }
  if (validate(setting.options)) return undefined;
  const known = Object.keys(schema.properties ?? {});
  const details = (validate.errors ?? []).map((e) => {
    if (e.keyword !== 'additionalProperties') return `${e.instancePath || '/'} ${e.message}`;
    const name = String(e.params.additionalProperty);
    const guess = closestWord(name, known);
    return `没有选项 “${name}”${guess ? `，是否应为 “${guess}”？` : ''} (no option "${name}"${guess ? `; did you mean "${guess}"?` : ''})`;
  });
  return `规则 “${id}” 的选项无效 (invalid options for "${id}"): ${details.join('; ')}`;
}
