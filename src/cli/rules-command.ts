import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load-config.js';
import { presetSetting, PRESET_NAMES } from '../config/presets.js';
import { CATEGORY_LABELS } from '../core/score.js';
import { padEnd } from '../formatters/text-width.js';
import { EXIT } from './exit-codes.js';
import type { CliIo } from './io.js';
import { chooseLocale } from './locale.js';
import type { RuleScope } from '../rule-kit/types.js';

/** An option default in a line: word lists by their length (`-f json` gives them whole). */
function briefly(value: unknown, en: boolean): string {
  if (Array.isArray(value)) return en ? `[${value.length} entries]` : `[${value.length} 项]`;
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** What a rule sees, when it is more than one plan (see RuleScope). */
const SCOPE_LABELS: Record<Exclude<RuleScope, 'plan'>, { zh: string; en: string }> = {
  previous: { zh: '对照方案', en: 'against the plan' },
  batch: { zh: '跨方案', en: 'across plans' },
};

/** `rectlint rules`: every loaded rule with its category, weight, severity per preset and description. */
export async function runRules(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { locale: { type: 'string' }, config: { type: 'string', short: 'c' }, format: { type: 'string', short: 'f' } }, strict: true });
  const locale = chooseLocale(values.locale, io.env);
  const en = locale === 'en';
  const config = await loadConfig(values.config, io.cwd);
  const rules = [...config.registry.values()];
  const rows = rules.map((rule) => ({
    id: rule.meta.id,
    category: CATEGORY_LABELS[rule.meta.category]?.[en ? 'en' : 'zh'] ?? rule.meta.category,
    weight: rule.meta.weight,
    presets: Object.fromEntries(PRESET_NAMES.map((preset) => [preset, presetSetting(rule, preset).severity])),
    scope: rule.meta.scope ?? 'plan',
    description: rule.meta.docs.description[en ? 'en' : 'zh'],
    options: Object.fromEntries(Object.entries(rule.meta.options?.properties ?? {}).map(([name, schema]) => [name, schema.default])),
  }));
  if (values.format === 'json') {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT.ok;
  }
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  const header = en ? ['rule', 'category', 'weight', 'recommended/strict/publish', 'description'] : ['规则', '类别', '权重', 'recommended/strict/publish', '说明'];
  const lines = [`${padEnd(header[0], idWidth)}  ${padEnd(header[1], 14)}  ${padEnd(header[2], 6)}  ${padEnd(header[3], 26)}  ${header[4]}`];
  for (const r of rows) {
    const presets = PRESET_NAMES.map((p) => r.presets[p]).join('/');
    const options = Object.keys(r.options).length ? `  (${Object.entries(r.options).map(([name, value]) => `${name}=${briefly(value, en)}`).join(', ')})` : '';
    const scope = r.scope === 'plan' ? '' : `[${SCOPE_LABELS[r.scope][en ? 'en' : 'zh']}] `;
    lines.push(`${padEnd(r.id, idWidth)}  ${padEnd(r.category, 14)}  ${padEnd(String(r.weight), 6)}  ${padEnd(presets, 26)}  ${scope}${r.description}${options}`);
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
