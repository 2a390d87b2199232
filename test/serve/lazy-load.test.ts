import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN } from '../cli/run-cli.js';
import { tempProject } from '../temp-project.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SERVE_ONLY = ['/dist/src/serve/', '/node_modules/hono/', '/node_modules/@hono/', '/node_modules/better-sqlite3/', '/node_modules/docx/', '/node_modules/exceljs/'];

/** Every module the built CLI loads for these arguments (a module hook logs them; needs `npm run build`). */
function loadedModules(args: string[]): { urls: string[]; status: number | null; stdout: string } {
  const dir = tempProject({});
  const log = join(dir, 'loaded.txt');
  writeFileSync(log, '');
  writeFileSync(join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }\n`);
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);
  const child = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'zh_CN.UTF-8' } });
  return { urls: readFileSync(log, 'utf8').split('\n').filter(Boolean), status: child.status, stdout: child.stdout };
}

describe('the workbench loads only for rectlint serve', () => {
  it('a JSON check loads none of its modules or libraries; serve --help loads its command only', () => {
    const check = loadedModules(['check', 'examples/complete-plan.json', '-f', 'json']);
    expect(check.status).toBe(0);
    expect(check.urls.some((url) => url.endsWith('/dist/src/cli/check.js'))).toBe(true);
    expect(check.urls.filter((url) => SERVE_ONLY.some((part) => url.includes(part)))).toEqual([]);

    const help = loadedModules(['serve', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('rectlint serve');
    expect(help.urls.some((url) => url.endsWith('/dist/src/serve/command.js'))).toBe(true);
    // The framework, the database and the document libraries wait for the server to start.
    expect(help.urls.filter((url) => SERVE_ONLY.slice(1).some((part) => url.includes(part)))).toEqual([]);
  });
});
