/**
 * Generates TypeScript types from the JSON Schemas in schemas/ with json-schema-to-typescript.
 * Chinese titles would become type names, so each title is folded into its description first;
 * vendor extensions (x-…) are left out of the types, and maps with known keys become plain maps.
 * `--check` writes nothing and exits 1 when a committed file is stale (used by the tests too).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

export const TARGETS = [
  { schema: 'schemas/plan.schema.json', out: 'src/types/plan.ts', name: 'Plan' },
  { schema: 'schemas/config.schema.json', out: 'src/types/config.ts', name: 'RectlintConfig' },
] as const;

function foldTitles(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(foldTitles);
  if (typeof node !== 'object' || node === null) return node;
  const source = node as Record<string, unknown>;
  // A $ref's sibling title would make a duplicate named type (Person1, Person2 …).
  if (typeof source.$ref === 'string') return { $ref: source.$ref };
  const out: Record<string, unknown> = {};
  // A map with known keys (rule ids) types as a plain map: TypeScript cannot mix optional keys with an index type.
  const isMap = typeof source.additionalProperties === 'object' && source.properties !== undefined;
  for (const [key, value] of Object.entries(source)) {
    if (isMap && key === 'properties') continue;
    if (key === 'title' && typeof value === 'string') continue;
    // Vendor extensions (x-…) stay valid JSON but out of the types, which then stay exact.
    if (key === 'patternProperties') continue;
    out[key] = key === 'properties' || key === '$defs'
      ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, foldTitles(v)]))
      : foldTitles(value);
  }
  if (typeof source.title === 'string') {
    out.description = source.description ? `${source.title}: ${source.description}` : source.title;
  }
  return out;
}

export async function generate(target: (typeof TARGETS)[number]): Promise<string> {
  const schema = JSON.parse(await readFile(target.schema, 'utf8')) as JSONSchema;
  const folded = { ...(foldTitles(schema) as object), title: target.name } as JSONSchema;
  return compile(folded, target.name, {
    bannerComment: `/* Generated from ${target.schema} by \`npm run gen:types\`; do not edit. */`,
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { singleQuote: true, printWidth: 120 },
  });
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  let stale = false;
  for (const target of TARGETS) {
    const code = await generate(target);
    const current = await readFile(target.out, 'utf8').catch(() => '');
    if (current === code) continue;
    stale = true;
    if (check) console.error(`stale: ${target.out} (run npm run gen:types)`);
    else await writeFile(target.out, code);
  }
  if (check && stale) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
