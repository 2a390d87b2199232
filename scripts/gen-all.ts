/** `npm run gen:types`: the config schema from the rules, then TypeScript types and standalone validators from both schemas. */
import { execFileSync } from 'node:child_process';

for (const script of ['scripts/gen-config-schema.ts', 'scripts/gen-types.ts', 'scripts/gen-validators.ts']) {
  try {
    execFileSync(process.execPath, ['--import', 'tsx', script, ...process.argv.slice(2)], { stdio: 'inherit' });
  } catch {
    process.exitCode = 1; // the script printed why
  }
}
