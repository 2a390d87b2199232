/**
 * Writes schemas/config.schema.json from the built-in rules' metadata (markdownlint's approach: the rules are
 * the single source of the config schema). `--check` exits 1 when the committed schema is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { buildConfigSchema } from '../src/config/config-schema.js';
import builtin from '../rules/index.js';

export const CONFIG_SCHEMA_FILE = 'schemas/config.schema.json';

export function renderConfigSchema(): string {
  return `${JSON.stringify(buildConfigSchema(builtin.rules), null, 2)}\n`;
}

async function main(): Promise<void> {
  const text = renderConfigSchema();
  const current = await readFile(CONFIG_SCHEMA_FILE, 'utf8').catch(() => '');
  if (current === text) return;
  if (process.argv.includes('--check')) {
    console.error(`stale: ${CONFIG_SCHEMA_FILE} (run npm run gen:types)`);
    process.exitCode = 1;
  } else await writeFile(CONFIG_SCHEMA_FILE, text);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
