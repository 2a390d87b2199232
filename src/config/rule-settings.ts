import { createRequire } from 'node:module';
import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import type { RuleSetting } from '../core/lint.js';
import { closestWord } from '../core/text-distance.js';
import type { Rule, Severity } from '../rule-kit/types.js';

export type RawRuleSetting = Severity | { severity: Severity; options?: Record<string, unknown> };

/** Later settings win; a bare severity keeps the options an earlier preset or file gave. */
export function mergeSettings(base: Record<string, RuleSetting>, raw: Record<string, RawRuleSetting> | undefined): Record<string, RuleSetting> {
  const merged = { ...base };
  for (const [id, setting] of Object.entries(raw ?? {})) {
    merged[id] = typeof setting === 'string' ? { ...merged[id], severity: setting } : { severity: setting.severity, options: setting.options };
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
  const details = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}${e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : ''}`);
  return `规则 “${id}” 的选项无效 (invalid options for "${id}"): ${details.join('; ')}`;
}
