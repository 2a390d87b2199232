import type { PresetName, Rule, Severity } from '../rule-kit/types.js';
import type { RuleSetting } from '../core/lint.js';
import { recordOf } from '../core/records.js';

export const PRESET_NAMES: readonly PresetName[] = ['recommended', 'strict', 'publish'];
export const PRESET_PREFIX = 'rectlint:';

const RANK: Record<Severity, number> = { off: 0, info: 1, warn: 2, error: 3 };

/** A rule's setting in a preset, from its own metadata (the registry is the single source). */
export function presetSetting(rule: Rule, preset: PresetName): RuleSetting {
  const recommended: RuleSetting = { severity: rule.meta.defaultSeverity };
  if (preset === 'recommended') return recommended;
  const declared = rule.meta.presets?.[preset];
  if (declared) return typeof declared === 'string' ? { severity: declared } : declared;
  if (preset === 'publish') return recommended;
  // strict: everything on, at least as a warning.
  return { severity: RANK[rule.meta.defaultSeverity] >= RANK.warn ? rule.meta.defaultSeverity : 'warn' };
}

export function presetSettings(rules: readonly Rule[], preset: PresetName): Record<string, RuleSetting> {
  const settings = recordOf<RuleSetting>();
  for (const rule of rules) settings[rule.meta.id] = presetSetting(rule, preset);
  return settings;
}

export function presetName(specifier: string): PresetName | undefined {
  if (!specifier.startsWith(PRESET_PREFIX)) return undefined;
  const name = specifier.slice(PRESET_PREFIX.length) as PresetName;
  return PRESET_NAMES.includes(name) ? name : undefined;
}
