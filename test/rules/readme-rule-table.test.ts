import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESET_NAMES, presetSetting } from '../../src/config/presets.js';
import { BUILTIN_RULES } from '../helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');

/** README's rule table rows by rule id: [category, recommended, strict, publish, basis]. */
const rows = new Map(
  [...readme.matchAll(/^\| \[`([a-z-]+)`\]\(docs\/rules\/[a-z-]+\.md\) \| (.+?) \| (.+?) \| (.+?) \| (.+?) \| (.+?) \|$/gmu)].map(
    ([, id, ...cells]) => [id, cells.map((cell) => cell.trim())],
  ),
);

describe('README’s rule table', () => {
  it.each(BUILTIN_RULES.map((rule) => [rule.meta.id, rule] as const))('lists %s with its category, its severity in each preset, a basis and a page', (id, rule) => {
    const row = rows.get(id);
    expect(row, `no README row for ${id}`).toBeDefined();
    const [category, ...rest] = row!;
    expect(category.split(' ')[0]).toBe(rule.meta.category);
    // A cell may add a remark after the severity ("error (+ must be named)").
    expect(PRESET_NAMES.map((_, i) => rest[i].split(' ')[0])).toEqual(PRESET_NAMES.map((preset) => presetSetting(rule, preset).severity));
    expect(rest[3].length).toBeGreaterThan(5);
    expect(readFileSync(resolve(ROOT, 'docs/rules', `${id}.md`), 'utf8')).toMatch(new RegExp(`^# ${id} — `));
  });
});

describe('the rule index (docs/rules/README.md)', () => {
  const index = readFileSync(resolve(ROOT, 'docs/rules/README.md'), 'utf8');
  it('links every built-in rule’s page', () => {
    const listed = new Set([...index.matchAll(/^\| \[`([a-z-]+)`\]\(([a-z-]+)\.md\)/gmu)].filter(([, id, page]) => id === page).map(([, id]) => id));
    expect(BUILTIN_RULES.map((rule) => rule.meta.id).filter((id) => !listed.has(id))).toEqual([]);
  });
});
