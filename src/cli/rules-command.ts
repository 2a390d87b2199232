import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load-config.js';
import { presetSetting, PRESET_NAMES } from '../config/presets.js';
import { CATEGORY_LABELS } from '../core/score.js';
import { padEnd } from '../formatters/text-width.js';
import { EXIT, UsageError } from './exit-codes.js';
import type { CliIo } from './io.js';
import { chooseLocale } from './locale.js';
import type { Category, RuleScope } from '../rule-kit/types.js';

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

export const RULES_HELP = `rectlint rules [-f json] [-c 配置文件] [--locale zh-CN|en]

列出已加载的全部规则（内置规则和配置中插件的规则）：类别、权重、各预设中的级别、说明和选项默认值。
-f json 输出稳定的键：类别为英文标识（completeness、accountability…），说明同时给出中英文，与 --locale 无关。

Lists every loaded rule (built-in and the config's plugins) with its category, weight, severity in each preset,
description and option defaults. -f json gives stable keys whatever the locale: category ids, and the
description in both languages.
`;

/** `rectlint rules`: every loaded rule with its category, weight, severity per preset and description. */
export async function runRules(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { locale: { type: 'string' }, config: { type: 'string', short: 'c' }, format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } }, strict: true });
  if (values.help) {
    io.stdout.write(RULES_HELP);
    return EXIT.ok;
  }
  if (values.format !== undefined && values.format !== 'json') throw new UsageError(`-f 只接受 json (-f takes json), not "${values.format}"`);
  const locale = chooseLocale(values.locale, io.env);
  const en = locale === 'en';
  const config = await loadConfig(values.config, io.cwd);
  const rules = [...config.registry.values()];
  // Stable keys for machines: the category's id and the description in both languages, whatever the locale.
  const rows = rules.map((rule) => ({
    id: rule.meta.id,
    category: rule.meta.category,
    weight: rule.meta.weight,
    presets: Object.fromEntries(PRESET_NAMES.map((preset) => [preset, presetSetting(rule, preset).severity])),
    scope: rule.meta.scope ?? 'plan',
    description: { zh: rule.meta.docs.description.zh, en: rule.meta.docs.description.en },
    options: Object.fromEntries(Object.entries(rule.meta.options?.properties ?? {}).map(([name, schema]) => [name, schema.default])),
  }));
  if (values.format === 'json') {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT.ok;
  }
  const categoryLabel = (category: string) => CATEGORY_LABELS[category as Category]?.[en ? 'en' : 'zh'] ?? category;
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  const header = en ? ['rule', 'category', 'weight', 'recommended/strict/publish', 'description'] : ['规则', '类别', '权重', 'recommended/strict/publish', '说明'];
  const lines = [`${padEnd(header[0], idWidth)}  ${padEnd(header[1], 14)}  ${padEnd(header[2], 6)}  ${padEnd(header[3], 26)}  ${header[4]}`];
  for (const r of rows) {
    const presets = PRESET_NAMES.map((p) => r.presets[p]).join('/');
    const options = Object.keys(r.options).length ? `  (${Object.entries(r.options).map(([name, value]) => `${name}=${briefly(value, en)}`).join(', ')})` : '';
    const scope = r.scope === 'plan' ? '' : `[${SCOPE_LABELS[r.scope][en ? 'en' : 'zh']}] `;
    lines.push(`${padEnd(r.id, idWidth)}  ${padEnd(categoryLabel(r.category), 14)}  ${padEnd(String(r.weight), 6)}  ${padEnd(presets, 26)}  ${scope}${r.description[en ? 'en' : 'zh']}${options}`);
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
