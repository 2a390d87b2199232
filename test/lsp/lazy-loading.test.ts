import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './lsp-client.js';
import { fixtureText, Workspace } from './workspace.js';

const RECORDER = join(REPO_ROOT, 'test/lsp/fixtures/record-imports.mjs');
let workspace: Workspace | undefined;

afterEach(() => {
  workspace?.remove();
  workspace = undefined;
});

/** The modules `rectlint …args` resolves, as its URLs (a process of its own, with module hooks that log). */
function modulesLoadedBy(args: string[], input = ''): string[] {
  workspace ??= new Workspace({ 'plan.json': fixtureText('plan-with-gaps.json') });
  const log = workspace.path(`imports-${args[0]}.log`);
  const run = spawnSync(process.execPath, ['--import', RECORDER, join(REPO_ROOT, 'bin/rectlint.js'), ...args], {
    cwd: workspace.root,
    env: { ...process.env, RECTLINT_IMPORT_LOG: log },
    input,
    encoding: 'utf8',
  });
  expect(run.error).toBeUndefined();
  return readFileSync(log, 'utf8').trim().split('\n');
}

const isLanguageServerCode = (url: string) => /\/dist\/src\/lsp\/|\/dist\/src\/cli\/lsp\.js|vscode-languageserver|vscode-json-languageservice/.test(url);

describe('rectlint lsp is loaded lazily', () => {
  it('check loads none of the language server', () => {
    const loaded = modulesLoadedBy(['check', 'plan.json']);
    expect(loaded.some((url) => url.endsWith('/dist/src/cli/check.js'))).toBe(true);
    expect(loaded.filter(isLanguageServerCode)).toEqual([]);
  });

  it('lsp --stdio loads it (the recorder sees it when it is there)', () => {
    const loaded = modulesLoadedBy(['lsp', '--stdio']);
    expect(loaded.some((url) => url.endsWith('/dist/src/lsp/server.js'))).toBe(true);
    expect(loaded.some((url) => url.includes('vscode-languageserver'))).toBe(true);
  });
});
