import builtin from '../rules/index.js';
import { presetSettings } from '../src/config/presets.js';
import { lintText, type LintOptions, type LintResult } from '../src/core/lint.js';
import type { Diagnostic } from '../src/core/diagnostic.js';
import type { PresetName } from '../src/rule-kit/types.js';

export const BUILTIN_RULES = builtin.rules;

export const CORE_RULE_IDS = ['require-cause-analysis', 'require-responsible-leader', 'require-deadline', 'require-measures', 'completed-requires-evidence', 'meeting-frequency'];

/** The six core rules at error and nothing else, so figures do not move when rules join the presets. */
export function coreSettings() {
  return Object.fromEntries(CORE_RULE_IDS.map((id) => [id, { severity: 'error' as const }]));
}

export function settingsFor(preset: PresetName = 'recommended') {
  return presetSettings(BUILTIN_RULES, preset);
}

/** Serialises a plan the way people write them (two-space indent), so tests can find lines in it. */
export function toText(plan: unknown): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

export function lint(text: string, options: Partial<LintOptions> = {}): LintResult {
  return lintText(text, { registry: BUILTIN_RULES, settings: settingsFor(), today: '2026-11-24', locale: 'zh-CN', ...options });
}

/** Lints with only the named rule switched on (plus the core's parse/schema checks). */
export function lintWithRule(text: string, ruleId: string, options: Partial<LintOptions> & { ruleOptions?: Record<string, unknown> } = {}): LintResult {
  const { ruleOptions, ...rest } = options;
  return lint(text, { settings: { [ruleId]: { severity: 'error', options: ruleOptions } }, ...rest });
}

export function ruleDiagnostics(result: LintResult, ruleId: string): Diagnostic[] {
  return result.diagnostics.filter((d) => d.ruleId === ruleId);
}

/**
 * The 1-based line and column where `needle` starts, counted independently of the core's own locator,
 * the `occurrence`-th time it appears.
 */
export function positionOf(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence} times`);
  }
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

export function at(d: Diagnostic): { line: number; column: number } {
  return { line: d.range.start.line, column: d.range.start.column };
}
