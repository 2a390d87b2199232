import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN } from '../cli/run-cli.js';
import { tempProject } from '../temp-project.js';
import { reportFixture } from './fixture-plans.js';

/** Runs the built CLI with a module hook that logs every module it loads (needs `npm run build`). */
function loadedModules(args: string[], cwd: string): string[] {
  const dir = tempProject({});
  const log = join(dir, 'loaded.txt');
  writeFileSync(log, '');
  writeFileSync(join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }\n`);
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);
  const child = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'zh_CN.UTF-8' } });
  expect(child.status, child.stderr).toBe(1);
  return readFileSync(log, 'utf8').split('\n').filter((url) => url.includes('/dist/src/formatters/'));
}

describe('formats load on demand', () => {
  it('a stylish check loads none of the HTML report or CSV modules; an html check loads them', () => {
    const root = reportFixture();
    const stylish = loadedModules(['check', 'plans'], root);
    expect(stylish.some((url) => url.endsWith('/formatters/stylish.js'))).toBe(true);
    expect(stylish.filter((url) => url.includes('/formatters/html/') || url.endsWith('/csv.js'))).toEqual([]);
    const html = loadedModules(['check', 'plans', '-f', 'html', '-o', 'r.html'], root);
    expect(html.some((url) => url.endsWith('/formatters/html/charts/timeline.js'))).toBe(true);
    expect(html.some((url) => url.endsWith('/formatters/stylish.js'))).toBe(false);
  });
});
