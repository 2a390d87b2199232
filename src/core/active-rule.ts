import type { DiagnosticSeverity, Rule } from '../rule-kit/types.js';

/** A rule switched on by the configuration, with its options complete. */
export interface ActiveRule {
  rule: Rule;
  severity: DiagnosticSeverity;
  options: Record<string, unknown>;
  weight: number;
}

/** The option defaults a rule declares in its options schema. */
export function defaultOptions(rule: Rule): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(rule.meta.options?.properties ?? {})) {
    if (schema.default !== undefined) defaults[name] = structuredClone(schema.default);
  }
  return defaults;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const resolved = new WeakMap<Rule, Map<Record<string, unknown> | undefined, Readonly<Record<string, unknown>>>>();

/**
 * A rule's options with its defaults filled in, worked out once per rule and setting (not once per file) and
 * frozen, since every file checked with that setting shares them.
 */
export function resolvedOptions(rule: Rule, options: Record<string, unknown> | undefined): Readonly<Record<string, unknown>> {
  let bySetting = resolved.get(rule);
  if (!bySetting) resolved.set(rule, (bySetting = new Map()));
  let merged = bySetting.get(options);
  if (!merged) {
    merged = deepFreeze({ ...defaultOptions(rule), ...structuredClone(options) });
    bySetting.set(options, merged);
  }
  return merged;
}
