/**
 * The long-lived worker threads: runs with different options at the same time, each result as a run on this thread
 * would give it; a run that cannot go on fails alone. Uses the compiled threads (`npm test` builds first).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LintPool } from '../../dist/src/run/lint-pool.js';
import { lintFiles } from '../../src/api.js';
import type { FileRunOptions } from '../../src/run/lint-file.js';
import type { FileResult } from '../../src/run/file-result.js';
import { tempProject } from '../temp-project.js';

const EXAMPLES = resolve(import.meta.dirname, '../../examples');
const FILES = ['broken-plan.json', 'complete-plan.json', 'seed-b-jinpu-jiaotong.json', 'weak-plan.json'].map((name) => join(EXAMPLES, name));
const pool = new LintPool(2);
afterAll(() => pool.close());

function options(overrides: Partial<FileRunOptions>): FileRunOptions {
  return { cwd: EXAMPLES, today: '2024-01-15', locale: 'zh-CN', retainPlans: true, retainScoreDetail: true, cache: false, ...overrides };
}

async function run(files: readonly string[], runOptions: FileRunOptions): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  await pool.run(files.map((file, index) => ({ index, file })), runOptions, (index, outcome) => (results[index] = outcome.result));
  return results;
}

describe('LintPool', () => {
  it('runs with different options side by side, each giving what a run on this thread gives', async () => {
    const [chinese, english] = await Promise.all([run(FILES, options({ asOf: '2023-06-30' })), run(FILES, options({ locale: 'en', asOf: '2022-12-31' }))]);
    const expected = async (locale: 'zh-CN' | 'en', asOf: string) => (await lintFiles(FILES, { cwd: EXAMPLES, today: '2024-01-15', locale, asOf })).results;
    expect(chinese.map((r) => r.diagnostics)).toEqual((await expected('zh-CN', '2023-06-30')).map((r) => r.diagnostics));
    expect(english.map((r) => r.diagnostics)).toEqual((await expected('en', '2022-12-31')).map((r) => r.diagnostics));
    expect(english[0].plan).toEqual(chinese[0].plan);
  });

  it('a run whose config cannot be loaded fails alone; the threads go on serving', async () => {
    const root = tempProject({});
    writeFileSync(join(root, 'bad.json'), '{ "extends": "rectlint:nosuch" }');
    const [bad, good] = await Promise.allSettled([run(FILES, options({ configFile: join(root, 'bad.json') })), run(FILES.slice(0, 1), options({}))]);
    expect(bad.status).toBe('rejected');
    expect(good.status).toBe('fulfilled');
    expect((await run(FILES.slice(1, 2), options({})))[0].score.score).toBe(100);
  });

  it('refuses runs once closed', async () => {
    const closing = new LintPool(1);
    await closing.close();
    await expect(closing.run([{ index: 0, file: FILES[0] }], options({}), () => {})).rejects.toThrow(/closed/);
  });
});
