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
