import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileUri } from './lsp-client.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export const fixtureText = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** The core rules only, so other rules added to the presets later do not change these tests' findings. */
export const CORE_RULES_CONFIG = {
  extends: [],
  rules: {
    'require-cause-analysis': 'error',
    'require-responsible-leader': 'error',
    'require-deadline': 'error',
    'require-measures': 'error',
    'completed-requires-evidence': 'error',
  },
};

/** A throw-away workspace folder with the given files (objects are written as JSON). */
export class Workspace {
  readonly root = mkdtempSync(join(tmpdir(), 'rectlint-lsp-'));

  constructor(files: Record<string, string | object> = {}) {
    for (const [name, content] of Object.entries(files)) this.write(name, content);
  }

  path(name: string): string {
    return join(this.root, name);
  }

  uri(name: string): string {
    return fileUri(this.path(name));
  }

  write(name: string, content: string | object): void {
    mkdirSync(dirname(this.path(name)), { recursive: true });
    writeFileSync(this.path(name), typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
