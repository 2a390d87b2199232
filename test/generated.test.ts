import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA_FILE, renderConfigSchema } from '../scripts/gen-config-schema.js';
import { generate, TARGETS } from '../scripts/gen-types.js';
import { renderValidator, VALIDATOR_TARGETS } from '../scripts/gen-validators.js';

const ROOT = resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(resolve(ROOT, file), 'utf8');

describe('generated files are committed fresh (run npm run gen:types)', () => {
  it('schemas/config.schema.json matches the rules’ metadata', () => {
    expect(read(CONFIG_SCHEMA_FILE)).toBe(renderConfigSchema());
  });

  it.each(TARGETS.map((target) => [target.out, target] as const))('%s matches its schema', async (_out, target) => {
    process.chdir(ROOT);
    expect(read(target.out)).toBe(await generate(target));
  });

  it.each(VALIDATOR_TARGETS.map((target) => [target.out, target] as const))('%s is its schema compiled', async (_out, target) => {
    process.chdir(ROOT);
    expect(read(target.out)).toBe(await renderValidator(target));
  });
});

describe('the plan schema', () => {
  it('gives every property a Chinese title and an English description', () => {
    const schema = JSON.parse(read('schemas/plan.schema.json'));
    const missing: string[] = [];
    const visit = (node: any, where: string) => {
      for (const [name, property] of Object.entries<any>(node.properties ?? {})) {
        const target = property.$ref ? { ...schema.$defs[property.$ref.split('/').pop()], ...property } : property;
        if (!/[\u4e00-\u9fff]/.test(target.title ?? '') || !target.description) missing.push(`${where}.${name}`);
        visit(property, `${where}.${name}`);
        if (property.items && !property.items.$ref) visit(property.items, `${where}.${name}[]`);
      }
    };
    visit(schema, '$');
    for (const [name, def] of Object.entries<any>(schema.$defs)) visit(def, `$defs.${name}`);
    expect(missing).toEqual([]);
  });
});
