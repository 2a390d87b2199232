import { mkdirSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/directory-files.js';
import { expandTargets } from '../../src/files.js';
import { tempProject } from '../temp-project.js';

const listed = async (root: string) => (await filesUnder(root)).map((file) => relative(root, file)).sort();

describe('filesUnder (a folder named on the command line)', () => {
  const root = tempProject({
    'plan.json': {},
    'a/b/c/deep.json': {},
    'a/notes.txt': 'x',
    'node_modules/pkg/plan.json': {},
    'a/node_modules/plan.json': {},
    '.git/config.json': {},
    '.hidden.json': {},
    'a/.cache/plan.json': {},
    '中文目录/整改方案.json': {},
  });
  mkdirSync(join(root, 'empty'));
  symlinkSync(join(root, 'a/b'), join(root, 'linked-folder'));
  symlinkSync(join(root, 'plan.json'), join(root, 'linked-plan.json'));
  symlinkSync(join(root, 'missing.json'), join(root, 'dangling.json'));
  // A link back to an ancestor would loop forever if it were entered again.
  symlinkSync(root, join(root, 'a/b/loop'));

  it('lists what fast-glob lists for **/* without dot entries or node_modules', async () => {
    const byFastGlob = (await fg('**/*', { cwd: root, dot: false, onlyFiles: true, ignore: ['**/node_modules/**', 'a/b/loop/**', 'linked-folder/loop/**'] })).sort();
    expect(await listed(root)).toEqual(byFastGlob);
    expect(await listed(root)).toEqual([
      'a/b/c/deep.json',
      'a/notes.txt',
      'linked-folder/c/deep.json',
      'linked-plan.json',
      'plan.json',
      '中文目录/整改方案.json',
    ]);
  });

  it('gives the same files, sorted, through expandTargets', async () => {
    const { targets, unmatched } = await expandTargets(['.'], root);
    expect(unmatched).toEqual([]);
    expect(targets.map((t) => relative(root, t.file))).toEqual(['a/b/c/deep.json', 'a/notes.txt', 'linked-folder/c/deep.json', 'linked-plan.json', 'plan.json', '中文目录/整改方案.json']);
    expect(targets.every((t) => !t.explicit && t.patterns[0] === '.')).toBe(true);
  });

  it('still expands glob patterns (fast-glob, loaded on demand)', async () => {
    // A folder without the link loop: fast-glob itself would walk it forever.
    const plain = tempProject({ 'a/b/c/deep.json': {}, 'a/notes.txt': 'x', 'plan.json': {} });
    const { targets, unmatched } = await expandTargets(['a/**/*.json', 'nothing/*.json'], plain);
    expect(targets.map((t) => relative(plain, t.file))).toEqual(['a/b/c/deep.json']);
    expect(unmatched).toEqual(['nothing/*.json']);
  });
});
