import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import builtIn from '../../rules/index.js';
import pkg from '../../package.json' with { type: 'json' };

const ROOT = resolve(import.meta.dirname, '../..');
const basis = readFileSync(join(ROOT, 'docs/basis.md'), 'utf8');
const SOURCE_KEY = /\b(R20\d\d(?:-\d+)?|C-[a-z0-9]+|L-[a-z-]+[a-z]|K-[a-z]+|GB9704)\b/g;

describe('the basis of the rules travels with rectlint (docs/basis.md)', () => {
  it('lists every source key a rule’s basis names, with its address', () => {
    const keys = new Set(builtIn.rules.flatMap((rule) => [...(rule.meta.docs.basis ?? '').matchAll(SOURCE_KEY)].map((m) => m[1])));
    expect(keys.size).toBeGreaterThan(15);
    for (const key of keys) expect(basis, key).toMatch(new RegExp(`^\\| ${key} \\| .* \\| (https?://\\S+|—)`, 'm'));
  });

  it('has the passages pages cite as "practice B1", "practice D4", "practice §5"', () => {
    const pages = readdirSync(join(ROOT, 'docs/rules')).map((name) => readFileSync(join(ROOT, 'docs/rules', name), 'utf8'));
    const cited = new Set(pages.flatMap((page) => [...page.matchAll(/practice ([A-E]\d+|§\d)/g)].map((m) => m[1])));
    expect(cited.size).toBeGreaterThan(5);
    for (const id of cited) expect(basis, id).toMatch(id.startsWith('§') ? new RegExp(`^## ${id}\\. `, 'm') : new RegExp(`^\\*\\*${id} \\(`, 'm'));
  });

  it('no page, README or rule points users at a file outside the package (../shared)', () => {
    const files = ['README.md', ...readdirSync(join(ROOT, 'docs/rules')).map((n) => `docs/rules/${n}`), 'docs/basis.md', ...readdirSync(join(ROOT, 'rules')).filter((n) => n.endsWith('.ts')).map((n) => `rules/${n}`)];
    for (const file of files) expect(readFileSync(join(ROOT, file), 'utf8'), file).not.toMatch(/shared\/domain|practice\.md/);
    expect(pkg.files).toContain('docs');
  });
});
