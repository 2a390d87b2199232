import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePlan } from '../fixtures/base-plan.js';
import { toText } from '../helpers.js';

const DIST = resolve(import.meta.dirname, '../../dist/src');

describe('--concurrency auto is never slower than one thread', () => {
  it('counts this thread among its threads, and adds a worker only for an idle core and enough work to pay for it', async () => {
    const { AUTO_WORK_PER_WORKER: MB48, workerCount, workOf } = await import('../../src/run/worker-pool.js');
    const big = { files: 800, work: 2 * MB48 };
    // Two cores, idle: this thread and one worker (not two workers and this thread waiting).
    expect(workerCount('auto', big, { cores: 2, load: 0.1 })).toBe(2);
    expect(workerCount('auto', { files: 800, work: 8 * MB48 }, { cores: 8, load: 0.5 })).toBe(8);
    // As many workers as the work pays for.
    expect(workerCount('auto', big, { cores: 8, load: 0 })).toBe(3);
    // Busy: the cores are taken, a worker would only compete with this thread.
    expect(workerCount('auto', big, { cores: 2, load: 1.5 })).toBe(1);
    expect(workerCount('auto', { files: 800, work: 8 * MB48 }, { cores: 8, load: 5.2 })).toBe(3);
    expect(workerCount('auto', big, { cores: 2, load: 13 })).toBe(1);
    // Too little work: 200 plans of 40 problems (21 MB) ran 1.15× slower with a worker than without.
    expect(workerCount('auto', { files: 200, work: 21e6 }, { cores: 8, load: 0 })).toBe(1);
    // Never more threads than files; a number is that many workers.
    expect(workerCount('auto', { files: 2, work: 8 * MB48 }, { cores: 8, load: 0 })).toBe(2);
    expect(workerCount(3, { files: 200 })).toBe(3);
    expect(workerCount(3, { files: 2 })).toBe(2);
    // A report's bytes weigh more than a plan's: importing them is most of the work.
    expect(workOf([{ bytes: 1000, report: false }, { bytes: 1000, report: true }])).toBe(21_000);
  });

  it('this thread and the workers take files from one queue; every result lands at its file’s place', async () => {
    // The compiled pool: workers run dist/ (a build precedes the tests).
    const { lintInWorkers } = await import(`${DIST}/run/worker-pool.js`);
    const { lintFile } = await import(`${DIST}/run/lint-file.js`);
    const { loadConfig } = await import(`${DIST}/config/load-config.js`);
    const { tempProject } = await import('../temp-project.js');
    const plans = Object.fromEntries(Array.from({ length: 40 }, (_, i) => {
      const plan: any = basePlan();
      if (i % 3 === 0) delete plan.aspects[0].problems[0].causes;
      return [`p${String(i).padStart(2, '0')}.json`, toText(plan)];
    }));
    const root = tempProject(plans);
    const config = await loadConfig(undefined, root);
    const options = { cwd: root, today: '2022-07-10', locale: 'zh-CN' };
    const jobs = Object.keys(plans).map((name, index) => ({ index, file: resolve(root, name) }));
    const byThread: string[] = new Array(jobs.length);
    const here: number[] = [];
    const local = async (job: { index: number; file: string }) => {
      here.push(job.index);
      return lintFile(job.file, config, options);
    };
    await lintInWorkers(jobs, options, 1, (index: number, outcome: any) => (byThread[index] = JSON.stringify(outcome.result.diagnostics.map((d: any) => [d.ruleId, d.range]))), { local });
    const alone = await Promise.all(jobs.map(async (job) => JSON.stringify((await lintFile(job.file, config, options)).result.diagnostics.map((d: any) => [d.ruleId, d.range]))));
    expect(byThread).toEqual(alone);
    // This thread linted files of its own, each once.
    expect(here.length).toBeGreaterThan(0);
    expect(new Set(here).size).toBe(here.length);
    expect(byThread.filter((d) => d.includes('require-cause-analysis'))).toHaveLength(14);
  });

  it('a worker still loading its code is given no files: a short run ends on this thread, without waiting for it', async () => {
    const { lintInWorkers } = await import(`${DIST}/run/worker-pool.js`);
    const { lintFile } = await import(`${DIST}/run/lint-file.js`);
    const { loadConfig } = await import(`${DIST}/config/load-config.js`);
    const { tempProject } = await import('../temp-project.js');
    const root = tempProject({ 'a.json': toText(basePlan()), 'b.json': toText(basePlan()) });
    const config = await loadConfig(undefined, root);
    const options = { cwd: root, today: '2022-07-10', locale: 'zh-CN' };
    const jobs = ['a.json', 'b.json'].map((name, index) => ({ index, file: resolve(root, name) }));
    const here: number[] = [];
    const local = async (job: { index: number; file: string }) => {
      here.push(job.index);
      return lintFile(job.file, config, options);
    };
    // Two small plans take this thread milliseconds; a worker takes far longer to load rectlint's code.
    await lintInWorkers(jobs, options, 1, () => {}, { local });
    expect(here).toEqual([0, 1]);
  });

  it('this thread reads a worker’s answers between its own files, so a worker that has loaded gets files', async () => {
    const { lintInWorkers } = await import(`${DIST}/run/worker-pool.js`);
    const { lintFile } = await import(`${DIST}/run/lint-file.js`);
    const { loadConfig } = await import(`${DIST}/config/load-config.js`);
    const { tempProject } = await import('../temp-project.js');
    const plans = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`p${String(i).padStart(3, '0')}.json`, toText(basePlan())]));
    const root = tempProject(plans);
    const config = await loadConfig(undefined, root);
    const options = { cwd: root, today: '2022-07-10', locale: 'zh-CN' };
    const jobs = Object.keys(plans).map((name, index) => ({ index, file: resolve(root, name) }));
    const here: number[] = [];
    const local = async (job: { index: number; file: string }) => {
      here.push(job.index);
      const outcome = await lintFile(job.file, config, options);
      // A file that keeps this thread busy 10 ms without yielding, as a large plan does: 1.5 s in all.
      for (const until = performance.now() + 10; performance.now() < until; );
      return outcome;
    };
    let done = 0;
    await lintInWorkers(jobs, options, 1, () => done++, { local });
    expect(done).toBe(150);
    // The worker loads in well under the 1.5 s this thread takes alone, and then takes its share.
    expect(here.length).toBeLessThan(150);
  });
});
